import { inflateRawSync } from 'node:zlib';
import { CodecError } from './codec.js';
import { v1, type outpost } from './messages.js';

/** A deflated block may not inflate past this: a small payload must not become gigabytes (a DEFLATE bomb). */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** The `records` entries (field 3, still encoded) a `deflated_records` block holds. */
export function inflateRecordEntries(block: Uint8Array): Buffer {
  try {
    return inflateRawSync(block, { maxOutputLength: MAX_INFLATED_BYTES });
  } catch (error) {
    throw new CodecError(`deflated_records (${block.length} bytes) does not inflate: ${error instanceof Error ? error.message : String(error)}`, 'codec.malformed', error);
  }
}

/**
 * An envelope with its `deflated_records` (raw deflate of `records` entries, envelope.proto)
 * inflated and appended to `records`, so that a person or a receiver sees every record. An
 * envelope without the field is returned as it is.
 */
export function withInflatedRecords(envelope: outpost.v1.Envelope): outpost.v1.Envelope {
  const block = envelope.deflatedRecords;
  if (block === undefined || block === null || block.length === 0) return envelope;
  const entries = inflateRecordEntries(block);
  let inflated: outpost.v1.Envelope;
  try {
    // The inflated bytes are field-3 entries, which is itself an envelope holding only records.
    inflated = v1.Envelope.decode(entries);
  } catch (error) {
    throw new CodecError(`deflated_records inflates to ${entries.length} bytes that are not records: ${error instanceof Error ? error.message : String(error)}`, 'codec.malformed', error);
  }
  const whole = v1.Envelope.create({ ...envelope, records: [...envelope.records, ...inflated.records] });
  whole.deflatedRecords = new Uint8Array(0);
  return whole;
}
