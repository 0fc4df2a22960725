import { inflateRawSync } from 'node:zlib';
import protobuf from 'protobufjs/minimal.js';
import { CodecError, bodyKinds, countRecordEntries, inflateRecordEntries, inflateRecordEntriesAsync, priorityOf, scanEnvelope, toUnsignedString, v1, type BodyKind, type RecordClass, type outpost } from '../wire/index.js';
import { scanRecord, type RecordScan } from './record-scan.js';
import { OutpostError } from '../kernel/errors.js';
import { ENVELOPE_WIRE_TYPES, EnvelopeField } from '../wire/framing.js';

/**
 * One record of an envelope: its bytes exactly as the post sent them, and what the centre reads
 * of them (record-scan.ts: no decode). The decoded record is made on first use, once: the scan
 * has checked every field as `v1.Record.decode` reads it, so that decode does not throw.
 */
export class EnvelopeRecord {
  /** The seq as the store keeps it; exact whenever checkRecord accepts the record. */
  readonly seq: number;
  private decoded: outpost.v1.Record | undefined;

  constructor(
    readonly bytes: Uint8Array,
    readonly scan: RecordScan,
  ) {
    this.seq = Number(scan.wireSeq);
  }

  /** The seq as sent, exact to 64 bits. */
  get wireSeq(): bigint {
    return this.scan.wireSeq;
  }

  /** The record decoded (on first use). */
  get record(): outpost.v1.Record {
    this.decoded ??= v1.Record.decode(this.bytes);
    return this.decoded;
  }
}

export interface ReadEnvelope {
  postId: string;
  /** Unsigned decimal. */
  storeId: string;
  sentUnixMs: number;
  records: EnvelopeRecord[];
}

// Field number -> the wire type outpost.v1.Envelope declares for it.

export class MalformedEnvelope extends OutpostError {
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'centre.malformed', subject: 'centre', cause });
    this.name = 'MalformedEnvelope';
  }
}

/** The codec's refusal (limits, two deflated_records, zlib) as the centre words it. */
function asMalformed(payloadBytes: number, error: unknown): unknown {
  return error instanceof CodecError ? new MalformedEnvelope(`${payloadBytes} bytes: ${error.message}`, error) : error;
}

/**
 * Reads an outpost.v1.Envelope field by field, keeping each record's bytes as received (the
 * store keeps them verbatim, unknown fields from newer posts included). Wire types are checked
 * against the schema, so another message type published on `up` is refused, not misread.
 * The codec's envelope limits (MAX_ENVELOPE_BYTES, MAX_ENVELOPE_RECORDS, one deflated_records)
 * are checked on the wire before any record is decoded, and `deflated_records` is inflated on
 * the thread pool when it is large, so a DEFLATE bomb never holds up the event loop for more
 * than INLINE_INFLATE_BYTES of zlib.
 * Throws MalformedEnvelope for garbage, truncation, a wrong type, a limit passed, or a missing
 * post/store id.
 */
export async function readEnvelopeAsync(payload: Uint8Array): Promise<ReadEnvelope> {
  let inflated: Buffer | undefined;
  try {
    const shape = scanEnvelope(payload);
    // Inflated here when small, else off the event loop; then counted on the wire before a record is decoded.
    inflated = shape.deflated === undefined ? undefined : (inflateInline(shape.deflated) ?? (await inflateRecordEntriesAsync(shape.deflated)));
    if (inflated !== undefined) countRecordEntries(inflated, shape.records);
  } catch (error) {
    throw asMalformed(payload.length, error);
  }
  return readFields(payload, inflated);
}

/**
 * Inflating on the event loop stops at this many bytes (about a millisecond of zlib). A post's
 * envelope (64 KiB at most by default) inflates to far less; the thread pool costs some 400 µs
 * of hand-over per envelope (measured on the build machine), against 10 µs to inflate a
 * hundred records here. A DEFLATE bomb costs at most this much here, then goes to the pool.
 */
export const INLINE_INFLATE_BYTES = 1 << 20;

/** The inflated block when it fits INLINE_INFLATE_BYTES; undefined for the thread pool to inflate (and word any error). */
function inflateInline(block: Uint8Array): Buffer | undefined {
  try {
    return inflateRawSync(block, { maxOutputLength: INLINE_INFLATE_BYTES });
  } catch {
    return undefined;
  }
}

/** As readEnvelopeAsync, inflating on this thread: for tools and tests, not for a server's event loop. */
export function readEnvelope(payload: Uint8Array): ReadEnvelope {
  let inflated: Buffer | undefined;
  try {
    const shape = scanEnvelope(payload);
    inflated = shape.deflated === undefined ? undefined : inflateRecordEntries(shape.deflated);
    if (inflated !== undefined) countRecordEntries(inflated, shape.records);
  } catch (error) {
    throw asMalformed(payload.length, error);
  }
  return readFields(payload, inflated);
}

/** The envelope's fields, with the records of its (already inflated and counted) `deflated_records` appended. */
function readFields(payload: Uint8Array, inflated: Buffer | undefined): ReadEnvelope {
  const reader = protobuf.Reader.create(payload);
  let postId = '';
  let storeId = 0n;
  let sentUnixMs = 0;
  const records: EnvelopeRecord[] = [];
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      const field = tag >>> 3;
      const wireType = tag & 7;
      const expected = ENVELOPE_WIRE_TYPES[field];
      if (field === 0) throw new MalformedEnvelope(`${payload.length} bytes are not an outpost.v1.Envelope: field number 0 at byte ${reader.pos}`);
      if (expected !== undefined && expected !== wireType) {
        throw new MalformedEnvelope(`${payload.length} bytes are not an outpost.v1.Envelope: field ${field} has wire type ${wireType}, the schema says ${expected}`);
      }
      switch (field) {
        case EnvelopeField.postId:
          postId = reader.string();
          break;
        case EnvelopeField.storeId: {
          const low = reader.fixed32();
          const high = reader.fixed32();
          storeId = (BigInt(high) << 32n) | BigInt(low);
          break;
        }
        case EnvelopeField.records: {
          const length = reader.uint32();
          const start = reader.pos;
          if (start + length > reader.len) throw new MalformedEnvelope(`${payload.length} bytes are not an outpost.v1.Envelope: record ${records.length + 1} is truncated`);
          reader.pos = start + length;
          records.push(readRecord(payload.subarray(start, start + length)));
          break;
        }
        case EnvelopeField.deflatedRecords:
          reader.skipType(wireType); // read by scanEnvelope
          break;
        case EnvelopeField.sentUnixMs:
          sentUnixMs = Number(reader.int64().toString());
          break;
        default:
          reader.skipType(wireType);
      }
    }
  } catch (error) {
    if (error instanceof MalformedEnvelope) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = /index out of range/i.test(reason);
    throw new MalformedEnvelope(`${payload.length} bytes are not an outpost.v1.Envelope: ${truncated ? 'the message is truncated' : reason}`, error);
  }
  if (inflated !== undefined) records.push(...inflatedRecords(inflated, payload.length));
  if (postId === '') throw new MalformedEnvelope(`${payload.length} bytes decode as an envelope without a post_id`);
  if (storeId === 0n) throw new MalformedEnvelope(`envelope from post "${postId}" has no store_id`);
  return { postId, storeId: toUnsignedString(storeId), sentUnixMs, records };
}

function readRecord(bytes: Uint8Array): EnvelopeRecord {
  return new EnvelopeRecord(bytes, scanRecord(bytes));
}

/** The records of inflated `deflated_records` entries (checked by countRecordEntries: field 3 only). */
function inflatedRecords(entries: Buffer, payloadBytes: number): EnvelopeRecord[] {
  const reader = protobuf.Reader.create(entries);
  const records: EnvelopeRecord[] = [];
  try {
    while (reader.pos < reader.len) {
      reader.uint32();
      records.push(readRecord(reader.bytes()));
    }
  } catch (error) {
    throw new MalformedEnvelope(`${payloadBytes} bytes: deflated_records holds a record that does not decode (record ${records.length + 1})`, error);
  }
  return records;
}

/**
 * Seqs above this would lose their last bits as JS numbers (2^53+1 would read as 2^53, a false
 * duplicate), so they are refused by name. A post's outbox counts from 1 and never gets near it.
 */
export const MAX_EXACT_SEQ = BigInt(Number.MAX_SAFE_INTEGER);

/** classify()'s answer per body kind, made once. */
const CLASSES = Object.fromEntries(bodyKinds.map((kind) => [kind, { kind, priority: priorityOf(kind) }])) as Record<BodyKind, RecordClass>;

/** Why a record cannot be stored, or its class (kind and priority) when it can: the centre's one decision per record. */
export function checkRecord(entry: EnvelopeRecord): { problem: string } | RecordClass {
  if (entry.wireSeq === 0n) return { problem: 'seq 0 is not a record number (a post numbers its records from 1)' };
  if (entry.wireSeq > MAX_EXACT_SEQ) return { problem: `seq ${entry.wireSeq} is above ${MAX_EXACT_SEQ} (2^53-1), the highest seq this centre keeps exactly` };
  const kind = entry.scan.kind;
  if (kind === undefined) return { problem: `no body this centre knows (${bodyKinds.join(', ')})` };
  const recordClass = CLASSES[kind];
  if (entry.scan.priority !== recordClass.priority) return { problem: `priority ${String(entry.scan.priority)} does not match a ${kind} body` };
  return recordClass;
}
