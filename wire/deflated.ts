import { inflateRaw, inflateRawSync } from 'node:zlib';
import { CodecError, decodeMessage } from './codec.js';
import { MAX_ENVELOPE_BYTES, countRecordEntries, scanEnvelope } from './envelope-limits.js';
import { v1, type outpost } from './messages.js';

/**
 * The `records` entries (field 3, still encoded) a `deflated_records` block holds. Inflating
 * stops at MAX_ENVELOPE_BYTES: a small payload must not become gigabytes (a DEFLATE bomb), and
 * zlib gives up within milliseconds of the limit rather than after inflating everything.
 */
export function inflateRecordEntries(block: Uint8Array): Buffer {
  try {
    return inflateRawSync(block, { maxOutputLength: MAX_ENVELOPE_BYTES });
  } catch (error) {
    throw inflateError(block, error);
  }
}

/** As inflateRecordEntries, on libuv's thread pool: a server's event loop goes on meanwhile. */
export function inflateRecordEntriesAsync(block: Uint8Array): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    inflateRaw(block, { maxOutputLength: MAX_ENVELOPE_BYTES }, (error, entries) => (error === null ? resolve(entries) : reject(inflateError(block, error))));
  });
}

function inflateError(block: Uint8Array, error: unknown): CodecError {
  const tooLarge = error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
  const reason = tooLarge ? `it inflates past ${MAX_ENVELOPE_BYTES} bytes, the most an envelope may hold` : error instanceof Error ? error.message : String(error);
  return new CodecError(`deflated_records (${block.length} bytes) does not inflate: ${reason}`, 'codec.malformed', error);
}

/**
 * Decodes an encoded envelope with its `deflated_records` (raw deflate of `records` entries,
 * envelope.proto) inflated and appended to `records`, so that a person or a receiver sees every
 * record. The limits of envelope-limits.ts are checked on the wire first: an envelope over them,
 * or with two `deflated_records` fields, is a CodecError before any record is decoded.
 */
export function decodeWholeEnvelope(bytes: Uint8Array): outpost.v1.Envelope {
  const shape = scanEnvelope(bytes);
  const envelope = decodeMessage('outpost.v1.Envelope', bytes) as outpost.v1.Envelope;
  if (shape.deflated === undefined || shape.deflated.length === 0) return envelope;
  const entries = inflateRecordEntries(shape.deflated);
  countRecordEntries(entries, shape.records);
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
