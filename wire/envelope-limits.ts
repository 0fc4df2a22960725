import protobuf from 'protobufjs/minimal.js';
import { CodecError } from './codec.js';
import { EnvelopeField, WireType } from './framing.js';

/**
 * The most bytes an envelope may take once decoded: its wire bytes, or what its
 * `deflated_records` inflates to. A post packs at most `uplink.batch.max_bytes` of records
 * (64 KiB by default; keep it below this) and sends a single larger record (a snapshot) alone,
 * so 8 MiB is 128 times what a post sends by default, while a small deflated payload can no
 * longer become gigabytes. Inflating 8 MiB takes tens of milliseconds: the event-loop budget.
 */
export const MAX_ENVELOPE_BYTES = 8 * 1024 * 1024;

/**
 * The most records an envelope may hold, in `records` and `deflated_records` together: 40 times
 * the post's default `uplink.batch.max_records` (500). Counted on the wire before any record is
 * decoded, so 8 million empty records cost a scan that stops at the limit, not 8 million objects.
 */
export const MAX_ENVELOPE_RECORDS = 20_000;

/**
 * Top-level fields other than records an envelope may carry: its four singular fields, and room
 * for fields a newer post adds. Walking millions of tiny unknown fields would hold a server up.
 */
const MAX_OTHER_FIELDS = 64;

const RECORDS_FIELD = EnvelopeField.records;
const DEFLATED_FIELD = EnvelopeField.deflatedRecords;
const LENGTH_DELIMITED = WireType.lengthDelimited;

/** What an envelope's top level holds, read without decoding a record. */
export interface EnvelopeShape {
  /** Entries in `records` (field 3). */
  records: number;
  /** The `deflated_records` block, when there is one. */
  deflated: Uint8Array | undefined;
}

function malformed(message: string, cause?: unknown): CodecError {
  return new CodecError(message, 'codec.malformed', cause);
}

/**
 * Walks an encoded outpost.v1.Envelope's top-level fields, counting records and finding the
 * `deflated_records` block, before anything is decoded. Refuses (CodecError) an envelope over
 * MAX_ENVELOPE_BYTES or MAX_ENVELOPE_RECORDS, and one with two `deflated_records` fields (proto3
 * would keep the last and silently lose the first; a post writes one).
 */
export function scanEnvelope(bytes: Uint8Array): EnvelopeShape {
  if (bytes.length > MAX_ENVELOPE_BYTES) {
    throw malformed(`${bytes.length} bytes is more than an envelope may hold (${MAX_ENVELOPE_BYTES} bytes); a post sends at most uplink.batch.max_bytes per envelope`);
  }
  const reader = protobuf.Reader.create(bytes);
  let records = 0;
  let fields = 0;
  let deflated: Uint8Array | undefined;
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (++fields > MAX_OTHER_FIELDS + records) throw malformed(`envelope has more than ${MAX_OTHER_FIELDS} fields besides its records; it is not one a post sends`);
      const field = tag >>> 3;
      const wireType = tag & 7;
      if (field === RECORDS_FIELD && wireType === LENGTH_DELIMITED) {
        records += 1;
        if (records > MAX_ENVELOPE_RECORDS) throw malformed(`envelope holds more than ${MAX_ENVELOPE_RECORDS} records (the most one may hold)`);
        reader.skipType(wireType);
      } else if (field === DEFLATED_FIELD && wireType === LENGTH_DELIMITED) {
        if (deflated !== undefined) throw malformed('envelope has two deflated_records fields; a post writes one, and a receiver would keep only the last');
        deflated = reader.bytes();
      } else reader.skipType(wireType);
    }
  } catch (error) {
    if (error instanceof CodecError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = /index out of range/i.test(reason);
    throw new CodecError(`${bytes.length} bytes are not a valid outpost.v1.Envelope: ${truncated ? 'the message is truncated' : reason}`, truncated ? 'codec.truncated' : 'codec.malformed', error);
  }
  return { records, deflated };
}

/**
 * Counts the `records` entries an inflated `deflated_records` block holds without decoding
 * them, refusing anything but field 3 entries and more than MAX_ENVELOPE_RECORDS in all
 * (`before`: the envelope's own `records` entries).
 */
export function countRecordEntries(entries: Uint8Array, before: number): number {
  const reader = protobuf.Reader.create(entries);
  let count = 0;
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag !== ((RECORDS_FIELD << 3) | LENGTH_DELIMITED)) {
        throw malformed(`deflated_records holds field ${tag >>> 3} (wire type ${tag & 7}); only records (field 3) belong there`);
      }
      count += 1;
      if (before + count > MAX_ENVELOPE_RECORDS) throw malformed(`envelope holds more than ${MAX_ENVELOPE_RECORDS} records (the most one may hold) once deflated_records is inflated`);
      reader.skipType(LENGTH_DELIMITED);
    }
  } catch (error) {
    if (error instanceof CodecError) throw error;
    throw malformed(`deflated_records is truncated or garbled after ${count} records`, error);
  }
  return count;
}
