import protobuf from 'protobufjs/minimal.js';
import { bodyKindOf, inflateRecordEntries, priorityOf, toNumber, toUnsignedString, v1, type BodyKind, type outpost } from '../wire/index.js';
import { OutpostError } from '../kernel/errors.js';

/** One record of an envelope: its bytes exactly as the post sent them, and what it says. */
export interface EnvelopeRecord {
  bytes: Uint8Array;
  record: outpost.v1.Record;
  seq: number;
}

export interface ReadEnvelope {
  postId: string;
  /** Unsigned decimal. */
  storeId: string;
  sentUnixMs: number;
  records: EnvelopeRecord[];
}

/** A record the centre refuses for good: the post drops it (Ack.rejected). */
export interface RecordProblem {
  seq: number;
  problem: string;
}

// Field number -> the wire type outpost.v1.Envelope declares for it.
const ENVELOPE_WIRE_TYPES: Record<number, number> = { 1: 2, 2: 1, 3: 2, 4: 0, 5: 2 };

export class MalformedEnvelope extends OutpostError {
  constructor(message: string, cause?: unknown) {
    super(message, { code: 'centre.malformed', subject: 'centre', cause });
    this.name = 'MalformedEnvelope';
  }
}

/**
 * Reads an outpost.v1.Envelope field by field, keeping each record's bytes as received (the
 * store keeps them verbatim, unknown fields from newer posts included). Wire types are checked
 * against the schema, so another message type published on `up` is refused, not misread.
 * Throws MalformedEnvelope for garbage, truncation, a wrong type, or a missing post/store id.
 */
export function readEnvelope(payload: Uint8Array): ReadEnvelope {
  const reader = protobuf.Reader.create(payload);
  let postId = '';
  let storeId = 0n;
  let sentUnixMs = 0;
  const records: EnvelopeRecord[] = [];
  const deflated: Uint8Array[] = [];
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
        case 1:
          postId = reader.string();
          break;
        case 2: {
          const low = reader.fixed32();
          const high = reader.fixed32();
          storeId = (BigInt(high) << 32n) | BigInt(low);
          break;
        }
        case 3: {
          const length = reader.uint32();
          const start = reader.pos;
          if (start + length > reader.len) throw new MalformedEnvelope(`${payload.length} bytes are not an outpost.v1.Envelope: record ${records.length + 1} is truncated`);
          reader.pos = start + length;
          records.push(readRecord(payload.subarray(start, start + length)));
          break;
        }
        case 5:
          deflated.push(reader.bytes());
          break;
        case 4:
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
  for (const block of deflated) records.push(...inflatedRecords(block, payload.length));
  if (postId === '') throw new MalformedEnvelope(`${payload.length} bytes decode as an envelope without a post_id`);
  if (storeId === 0n) throw new MalformedEnvelope(`envelope from post "${postId}" has no store_id`);
  return { postId, storeId: toUnsignedString(storeId), sentUnixMs, records };
}

function readRecord(bytes: Uint8Array): EnvelopeRecord {
  const record = v1.Record.decode(bytes);
  return { bytes, record, seq: toNumber(record.seq) };
}

/** The records in a `deflated_records` block: inflated, then read as field 3 entries only. */
function inflatedRecords(block: Uint8Array, payloadBytes: number): EnvelopeRecord[] {
  let entries: Buffer;
  try {
    entries = inflateRecordEntries(block);
  } catch (error) {
    // The codec's error wraps zlib's; the centre names the payload and zlib's reason.
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    throw new MalformedEnvelope(`${payloadBytes} bytes: deflated_records does not inflate (${cause instanceof Error ? cause.message : String(cause)})`, cause);
  }
  const reader = protobuf.Reader.create(entries);
  const records: EnvelopeRecord[] = [];
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag !== ((3 << 3) | 2)) throw new MalformedEnvelope(`${payloadBytes} bytes: deflated_records holds field ${tag >>> 3} (wire type ${tag & 7}); only records (field 3) belong there`);
      records.push(readRecord(reader.bytes()));
    }
  } catch (error) {
    if (error instanceof MalformedEnvelope) throw error;
    throw new MalformedEnvelope(`${payloadBytes} bytes: deflated_records is truncated or garbled after ${records.length} records`, error);
  }
  return records;
}

/** Why a record cannot be stored, or undefined when it can. */
export function recordProblem(entry: EnvelopeRecord): string | undefined {
  if (entry.seq <= 0) return 'seq must be positive';
  const kind: BodyKind | undefined = bodyKindOf(entry.record);
  if (kind === undefined) return 'no body this centre knows (detection, incident, reading, health, event, snapshot)';
  if (entry.record.priority !== priorityOf(kind)) return `priority ${String(entry.record.priority)} does not match a ${kind} body`;
  return undefined;
}
