import { deflateRawSync } from 'node:zlib';
import { EnvelopeField, WireType, bytesFieldLength, recordEntries, tag, varintLength, writeBytesField, writeVarint } from './framing.js';

/**
 * Builds an outpost.v1.Envelope from records exactly as the outbox stored them: the header
 * fields, then each record's bytes behind its field-3 tag and length (or those entries
 * deflated, in field 5), then the send time. Records are never decoded and re-encoded on the
 * post, and a record keeps its bytes byte for byte from enqueue to the centre.
 *
 * Field order follows the .proto numbering except `sent_unix_ms` (4), written last so the
 * header can be built before the time is known; protobuf readers accept any order.
 */
export interface EnvelopeHeader {
  postId: string;
  storeId: bigint;
}

export type Compression = 'none' | 'deflate';

/** Below this many record bytes DEFLATE rarely pays for itself. */
const DEFLATE_FROM_BYTES = 256;

/**
 * zlib's defaults (a 32 KiB window, memLevel 8) allocate ~256 KiB per call, which glibc maps
 * fresh and the kernel zeroes page by page: for an envelope of a few KB that was most of the
 * cost of compressing it (issue 13). A window as large as the input finds the same matches;
 * any inflater (windowBits 15) reads the result.
 */
function smallDeflate(inputBytes: number): { windowBits: number; memLevel: number } {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(inputBytes))));
  return { windowBits, memLevel: Math.min(8, windowBits - 6) };
}

/**
 * The envelope bytes for these records; `sentUnixMs` must be a non-negative integer. With
 * `deflate`, the record entries travel compressed in `deflated_records` when that is smaller:
 * a batch of readings repeats its channel names and units, which DEFLATE all but removes.
 */
export function writeEnvelope(header: EnvelopeHeader, records: readonly { bytes: Uint8Array }[], sentUnixMs: number, compression: Compression = 'none'): Uint8Array {
  const entries = recordEntries(records);
  let deflated: Uint8Array | undefined;
  if (compression === 'deflate' && entries.length >= DEFLATE_FROM_BYTES) {
    const candidate = deflateRawSync(entries, smallDeflate(entries.length));
    if (bytesFieldLength(candidate.length) < entries.length) deflated = candidate;
  }
  const postId = Buffer.from(header.postId, 'utf8');
  const sent = Math.max(0, Math.trunc(sentUnixMs));
  let size = bytesFieldLength(postId.length) + 1 + 8;
  size += deflated === undefined ? entries.length : bytesFieldLength(deflated.length);
  if (sent > 0) size += 1 + varintLength(sent);

  const out = new Uint8Array(size);
  let offset = writeBytesField(out, 0, EnvelopeField.postId, postId);
  out[offset++] = tag(EnvelopeField.storeId, WireType.fixed64);
  new DataView(out.buffer, out.byteOffset + offset, 8).setBigUint64(0, BigInt.asUintN(64, header.storeId), true);
  offset += 8;
  if (deflated === undefined) {
    out.set(entries, offset);
    offset += entries.length;
  } else {
    offset = writeBytesField(out, offset, EnvelopeField.deflatedRecords, deflated);
  }
  if (sent > 0) {
    out[offset++] = tag(EnvelopeField.sentUnixMs, WireType.varint);
    offset = writeVarint(out, offset, sent);
  }
  return out;
}
