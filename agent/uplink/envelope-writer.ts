import { deflateRawSync } from 'node:zlib';
import type { LeasedRecord } from '../outbox/types.js';

/**
 * Builds an outpost.v1.Envelope from records exactly as the outbox stored them: the header
 * fields, then each record's bytes behind its field-3 tag and length (or those entries
 * deflated, in field 5), then the send time. Records are never decoded and re-encoded on the
 * post, and a record keeps its bytes byte for byte from enqueue to the centre.
 *
 * Field order follows the .proto numbering except `sent_unix_ms` (4), written last so the
 * header can be built before the time is known; protobuf readers accept any order.
 */
const TAG_POST_ID = (1 << 3) | 2;
const TAG_STORE_ID = (2 << 3) | 1;
const TAG_RECORD = (3 << 3) | 2;
const TAG_SENT_UNIX_MS = (4 << 3) | 0;
const TAG_DEFLATED_RECORDS = (5 << 3) | 2;

function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    length += 1;
  }
  return length;
}

function writeVarint(target: Uint8Array, offset: number, value: number): number {
  while (value >= 0x80) {
    target[offset++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  target[offset++] = value;
  return offset;
}

export interface EnvelopeHeader {
  postId: string;
  storeId: bigint;
}

export type Compression = 'none' | 'deflate';

/** Below this many record bytes DEFLATE rarely pays for itself. */
const DEFLATE_FROM_BYTES = 256;

/** The records as `repeated Record records = 3` entries: tag, length, bytes as stored. */
function recordEntries(records: readonly Pick<LeasedRecord, 'bytes'>[]): Uint8Array {
  let size = 0;
  for (const record of records) size += 1 + varintLength(record.bytes.length) + record.bytes.length;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const record of records) {
    out[offset++] = TAG_RECORD;
    offset = writeVarint(out, offset, record.bytes.length);
    out.set(record.bytes, offset);
    offset += record.bytes.length;
  }
  return out;
}

/**
 * The envelope bytes for these records; `sentUnixMs` must be a non-negative integer. With
 * `deflate`, the record entries travel compressed in `deflated_records` when that is smaller:
 * a batch of readings repeats its channel names and units, which DEFLATE all but removes.
 */
export function writeEnvelope(header: EnvelopeHeader, records: readonly Pick<LeasedRecord, 'bytes'>[], sentUnixMs: number, compression: Compression = 'none'): Uint8Array {
  const entries = recordEntries(records);
  let body = entries;
  let bodyTag = -1;
  if (compression === 'deflate' && entries.length >= DEFLATE_FROM_BYTES) {
    const deflated = deflateRawSync(entries);
    if (deflated.length + 1 + varintLength(deflated.length) < entries.length) {
      body = deflated;
      bodyTag = TAG_DEFLATED_RECORDS;
    }
  }
  const postId = Buffer.from(header.postId, 'utf8');
  const sent = Math.max(0, Math.trunc(sentUnixMs));
  let size = 1 + varintLength(postId.length) + postId.length + 1 + 8;
  size += bodyTag < 0 ? body.length : 1 + varintLength(body.length) + body.length;
  if (sent > 0) size += 1 + varintLength(sent);

  const out = new Uint8Array(size);
  let offset = 0;
  out[offset++] = TAG_POST_ID;
  offset = writeVarint(out, offset, postId.length);
  out.set(postId, offset);
  offset += postId.length;
  out[offset++] = TAG_STORE_ID;
  new DataView(out.buffer, out.byteOffset + offset, 8).setBigUint64(0, BigInt.asUintN(64, header.storeId), true);
  offset += 8;
  if (bodyTag >= 0) {
    out[offset++] = bodyTag;
    offset = writeVarint(out, offset, body.length);
  }
  out.set(body, offset);
  offset += body.length;
  if (sent > 0) {
    out[offset++] = TAG_SENT_UNIX_MS;
    offset = writeVarint(out, offset, sent);
  }
  return out;
}
