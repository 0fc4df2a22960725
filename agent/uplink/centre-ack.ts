import { toBigInt, toNumber, v1, type outpost } from '../../wire/index.js';
import type { SeqRange } from '../outbox/types.js';

/** The centre's Ack as the uplink acts on it. */
export interface CentreAck {
  storeId: bigint;
  ranges: SeqRange[];
  rejected: SeqRange[];
  reason: string;
  /** How many of the acked records the centre already held (copies of resent records). */
  duplicates: number;
}

/** What one encoded SeqRange can take on the wire: tag and length, two 64-bit varints with their tags. */
const BYTES_PER_RANGE = 24;
/** The store id, the field tags and a generous `reason` text. */
const ACK_OVERHEAD_BYTES = 4 * 1024 + 64;

/**
 * The largest Ack that can make sense: one range per record that can be in flight, acked or
 * rejected. Anything longer is refused before it is decoded, so a hostile or broken peer
 * cannot make the post allocate for millions of ranges.
 */
export function ackLimits(inFlight: number, maxRecords: number): { maxBytes: number; maxRanges: number } {
  const maxRanges = inFlight * maxRecords;
  return { maxRanges, maxBytes: ACK_OVERHEAD_BYTES + BYTES_PER_RANGE * maxRanges };
}

function toRanges(ranges: readonly outpost.v1.ISeqRange[] | null | undefined): SeqRange[] {
  return (ranges ?? []).map((range) => ({ first: toNumber(range.first), last: toNumber(range.last) })).filter((range) => range.first > 0 && range.last >= range.first);
}

/** An Ack the uplink will not act on: too large, too many ranges, or not an Ack at all. */
export class UnusableAck extends Error {}

/**
 * Decodes an `…/ack` payload; throws UnusableAck on bytes that are not an Ack or exceed `limits`.
 * Empty or inverted ranges are dropped.
 */
export function readCentreAck(payload: Uint8Array, limits: { maxBytes: number; maxRanges: number }): CentreAck {
  if (payload.length > limits.maxBytes) throw new UnusableAck(`${payload.length} bytes, more than the ${limits.maxBytes} an ack for what can be in flight takes`);
  let ack: outpost.v1.Ack;
  try {
    ack = v1.Ack.decode(payload);
  } catch (error) {
    throw new UnusableAck(`not an Ack: ${error instanceof Error ? error.message : String(error)}`);
  }
  const count = ack.ranges.length + ack.rejected.length;
  if (count > limits.maxRanges) throw new UnusableAck(`${count} ranges, more than the ${limits.maxRanges} records that can be in flight`);
  return { storeId: BigInt.asUintN(64, toBigInt(ack.storeId)), ranges: toRanges(ack.ranges), rejected: toRanges(ack.rejected), reason: ack.reason, duplicates: toNumber(ack.duplicates) };
}

export function rangeSize(ranges: readonly SeqRange[]): number {
  return ranges.reduce((sum, range) => sum + (range.last - range.first + 1), 0);
}

/** Sorted seqs as the fewest inclusive ranges. */
export function toSeqRanges(seqs: readonly number[]): SeqRange[] {
  const ranges: SeqRange[] = [];
  for (const seq of seqs) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && seq === last.last + 1) last.last = seq;
    else ranges.push({ first: seq, last: seq });
  }
  return ranges;
}
