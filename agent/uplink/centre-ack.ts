import { toBigInt, toNumber, v1, type outpost } from '../../wire/index.js';
import type { SeqRange } from '../outbox/types.js';

/** The centre's Ack as the uplink acts on it. */
export interface CentreAck {
  storeId: bigint;
  ranges: SeqRange[];
  rejected: SeqRange[];
  reason: string;
}

function toRanges(ranges: readonly outpost.v1.ISeqRange[] | null | undefined): SeqRange[] {
  return (ranges ?? []).map((range) => ({ first: toNumber(range.first), last: toNumber(range.last) })).filter((range) => range.first > 0 && range.last >= range.first);
}

/** Decodes an `…/ack` payload; throws on bytes that are not an Ack. Empty or inverted ranges are dropped. */
export function readCentreAck(payload: Uint8Array): CentreAck {
  const ack = v1.Ack.decode(payload);
  return { storeId: BigInt.asUintN(64, toBigInt(ack.storeId)), ranges: toRanges(ack.ranges), rejected: toRanges(ack.rejected), reason: ack.reason };
}

export function rangeSize(ranges: readonly SeqRange[]): number {
  return ranges.reduce((sum, range) => sum + (range.last - range.first + 1), 0);
}
