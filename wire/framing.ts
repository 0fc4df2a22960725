/**
 * Protobuf framing of outpost.v1 Envelope and Record, written by hand where the bytes must be
 * kept exactly as stored (the outbox stores each record encoded once; the uplink wraps those
 * bytes; the centre keeps them as received). The one place that knows field numbers, wire
 * types and our varint; the generated code in proto/gen stays the reference for everything else.
 */

/** Protobuf wire types. */
export const WireType = { varint: 0, fixed64: 1, lengthDelimited: 2, fixed32: 5 } as const;

/** outpost.v1.Envelope field numbers (proto/outpost/v1/envelope.proto). */
export const EnvelopeField = { postId: 1, storeId: 2, records: 3, sentUnixMs: 4, deflatedRecords: 5 } as const;

/** Each known envelope field's wire type, to refuse a field of the right number and wrong type. */
export const ENVELOPE_WIRE_TYPES: Readonly<Record<number, number>> = {
  [EnvelopeField.postId]: WireType.lengthDelimited,
  [EnvelopeField.storeId]: WireType.fixed64,
  [EnvelopeField.records]: WireType.lengthDelimited,
  [EnvelopeField.sentUnixMs]: WireType.varint,
  [EnvelopeField.deflatedRecords]: WireType.lengthDelimited,
};

/** outpost.v1.Record's seq, field 1. */
export const RECORD_SEQ_FIELD = 1;

export function tag(field: number, wireType: number): number {
  return (field << 3) | wireType;
}

/** Bytes the varint of a non-negative integer (up to 2^53) takes. */
export function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    length += 1;
  }
  return length;
}

/** Writes the varint of a non-negative integer (up to 2^53) at `offset`; returns the offset after it. */
export function writeVarint(target: Uint8Array, offset: number, value: number): number {
  while (value >= 0x80) {
    target[offset++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  target[offset++] = value;
  return offset;
}

/** Writes a length-delimited field: tag, length, bytes; returns the offset after it. */
export function writeBytesField(target: Uint8Array, offset: number, field: number, bytes: Uint8Array): number {
  target[offset++] = tag(field, WireType.lengthDelimited);
  offset = writeVarint(target, offset, bytes.length);
  target.set(bytes, offset);
  return offset + bytes.length;
}

/** Bytes a length-delimited field of `length` bytes takes (one-byte tag). */
export function bytesFieldLength(length: number): number {
  return 1 + varintLength(length) + length;
}

/** The encoded record with its seq field in front: the same bytes protobufjs gives for the record with that seq. */
export function withSeq(seq: number, body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(body.length + 11);
  return out.subarray(0, writeWithSeq(out, seq, body));
}

/** Writes what `withSeq` returns into `target` (at least body + 11 bytes); returns the length. */
export function writeWithSeq(target: Uint8Array, seq: number, body: Uint8Array): number {
  target[0] = tag(RECORD_SEQ_FIELD, WireType.varint);
  const at = writeVarint(target, 1, seq);
  target.set(body, at);
  return at + body.length;
}

/** Records as `repeated Record records = 3` entries: tag, length, bytes as stored. */
export function recordEntries(records: readonly { bytes: Uint8Array }[]): Uint8Array {
  let size = 0;
  for (const record of records) size += bytesFieldLength(record.bytes.length);
  const out = new Uint8Array(size);
  let offset = 0;
  for (const record of records) offset = writeBytesField(out, offset, EnvelopeField.records, record.bytes);
  return out;
}
