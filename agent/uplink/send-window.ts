import type { Lease, Outbox, SeqRange } from '../outbox/types.js';
import { rangeSize, toSeqRanges } from './centre-ack.js';

/** One envelope published and not yet acked by the centre. */
export interface InFlightEnvelope {
  readonly lease: Lease;
  readonly sentAt: number;
  readonly wireBytes: number;
  /** Seqs the centre has not acked (or rejected) yet. */
  readonly remaining: Set<number>;
  timer: NodeJS.Timeout | undefined;
}

export interface AckOutcome {
  /** Envelopes whose every record is now acked or rejected. */
  completed: InFlightEnvelope[];
  /** Records the outbox deleted. */
  deleted: number;
  /** In-flight records the centre refused for good. */
  rejected: number;
  /** Seqs the ack named that were not in flight: never sent, already settled, or given back after a timeout. */
  ignored: number;
}

/** The ranges sorted by first seq with overlaps merged, so a binary search finds any seq. */
function sorted(ranges: readonly SeqRange[]): SeqRange[] {
  const merged: SeqRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.first - b.first)) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.first <= last.last + 1) last.last = Math.max(last.last, range.last);
    else merged.push({ ...range });
  }
  return merged;
}

function covers(ranges: readonly SeqRange[], seq: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as SeqRange;
    if (seq < range.first) high = middle - 1;
    else if (seq > range.last) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * The envelopes in flight: at most `limit` at a time, each released back to the outbox when no
 * ack comes within `ackTimeoutMs` (the centre dedupes the resend) or when the link drops.
 * Acks are matched by seq, not by envelope: after a timeout the same records may travel in a
 * different envelope, and a late ack for the first copy still counts.
 */
export class SendWindow {
  private readonly entries = new Set<InFlightEnvelope>();

  constructor(
    private readonly outbox: Outbox,
    private readonly limit: number,
    private readonly ackTimeoutMs: number,
    private readonly onTimeout: (entry: InFlightEnvelope) => void,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get hasRoom(): boolean {
    return this.entries.size < this.limit;
  }

  add(lease: Lease, wireBytes: number): InFlightEnvelope {
    const entry: InFlightEnvelope = { lease, sentAt: this.now(), wireBytes, remaining: new Set(lease.records.map((record) => record.seq)), timer: undefined };
    entry.timer = setTimeout(() => {
      if (!this.entries.delete(entry)) return;
      this.outbox.release(entry.lease);
      this.onTimeout(entry);
    }, this.ackTimeoutMs);
    this.entries.add(entry);
    return entry;
  }

  /**
   * Settles the acked and rejected seqs that are in flight: deletes them from the outbox and
   * completes the envelopes they finish. Seqs the ack names that are not in flight are never
   * passed on (an Ack for 1..2^53 must not delete records that were never sent); they are
   * counted as `ignored`, and those records go out (again) in their turn.
   */
  applyAck(acked: readonly SeqRange[], rejected: readonly SeqRange[]): AckOutcome {
    const ackedRanges = sorted(acked);
    const rejectedRanges = sorted(rejected);
    const settled = new Set<number>();
    let rejectedCount = 0;
    for (const entry of this.entries) {
      for (const seq of entry.remaining) {
        if (settled.has(seq)) continue;
        const isRejected = covers(rejectedRanges, seq);
        if (!isRejected && !covers(ackedRanges, seq)) continue;
        settled.add(seq);
        if (isRejected) rejectedCount++;
      }
    }
    const deleted = settled.size === 0 ? 0 : this.outbox.ack(toSeqRanges([...settled].sort((a, b) => a - b)));
    const completed: InFlightEnvelope[] = [];
    for (const entry of this.entries) {
      for (const seq of entry.remaining) if (settled.has(seq)) entry.remaining.delete(seq);
      if (entry.remaining.size === 0) {
        clearTimeout(entry.timer);
        this.entries.delete(entry);
        completed.push(entry);
      }
    }
    const named = rangeSize(ackedRanges) + rangeSize(rejectedRanges);
    return { completed, deleted, rejected: rejectedCount, ignored: Math.max(0, named - settled.size) };
  }

  /** Gives every lease back to the outbox (link lost, stopping); returns how many envelopes were in flight. */
  releaseAll(): number {
    const count = this.entries.size;
    for (const entry of this.entries) {
      clearTimeout(entry.timer);
      this.outbox.release(entry.lease);
    }
    this.entries.clear();
    return count;
  }
}
