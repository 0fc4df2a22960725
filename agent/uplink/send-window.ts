import type { Lease, Outbox, SeqRange } from '../outbox/types.js';
import { rangeSize, toSeqRanges } from './centre-ack.js';

/** One envelope published and not yet acked by the centre. */
export interface InFlightEnvelope {
  readonly lease: Lease;
  readonly sentAt: number;
  readonly wireBytes: number;
  /** Seqs the centre has not acked (or rejected) yet. */
  readonly remaining: Set<number>;
  /** Some of its records went out before and timed out: its ack says nothing about the round trip (Karn's rule). */
  readonly resent: boolean;
  /** The connection's byte count once this envelope was written: it has left this machine when the socket flushed that far. */
  readonly streamEnd: number;
  /** Wire bytes published and unacked ahead of it when it was published. */
  readonly bytesAhead: number;
  /** Wire bytes acked before it was published, and when the latest of them was: its delivery-rate sample starts there. */
  readonly deliveredBefore: number;
  readonly deliveredAt: number;
  timer: NodeJS.Timeout | undefined;
}

/** What the uplink knows about an envelope as it publishes it. */
export type EnvelopeFacts = Pick<InFlightEnvelope, 'wireBytes' | 'bytesAhead' | 'resent' | 'streamEnd' | 'deliveredBefore' | 'deliveredAt'>;

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
 * The envelopes in flight, in the order they were published, with their wire bytes. When an
 * envelope's resend is due is the caller's decision (`resendDueIn`: ms from now, asked again
 * when that time comes, so the answer can follow the link's figures); once due, its lease goes
 * back to the outbox for a resend (the centre dedupes). A lost link releases everything.
 * Acks are matched by seq, not by envelope: after a resend the same records may travel in a
 * different envelope, and a late ack for the first copy still counts.
 */
export class SendWindow {
  private readonly entries = new Set<InFlightEnvelope>();
  private wire = 0;

  constructor(
    private readonly outbox: Outbox,
    private readonly resendDueIn: (entry: InFlightEnvelope) => number,
    private readonly onTimeout: (entry: InFlightEnvelope) => void,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Wire bytes published and not acked. */
  get bytes(): number {
    return this.wire;
  }

  /** In-flight records of `priority` the centre has not acked yet. */
  recordsOf(priority: number): number {
    let count = 0;
    for (const entry of this.entries) for (const record of entry.lease.records) if (record.priority === priority && entry.remaining.has(record.seq)) count++;
    return count;
  }

  add(lease: Lease, facts: EnvelopeFacts): InFlightEnvelope {
    const entry: InFlightEnvelope = { lease, sentAt: this.now(), remaining: new Set(lease.records.map((record) => record.seq)), timer: undefined, ...facts };
    this.entries.add(entry);
    this.wire += entry.wireBytes;
    this.arm(entry, this.resendDueIn(entry));
    return entry;
  }

  private arm(entry: InFlightEnvelope, ms: number): void {
    entry.timer = setTimeout(() => {
      if (!this.entries.has(entry)) return;
      const due = this.resendDueIn(entry);
      if (due > 0) {
        this.arm(entry, due);
        return;
      }
      this.remove(entry);
      this.outbox.release(entry.lease);
      this.onTimeout(entry);
    }, Math.max(1, ms));
  }

  private remove(entry: InFlightEnvelope): void {
    clearTimeout(entry.timer);
    if (this.entries.delete(entry)) this.wire -= entry.wireBytes;
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
        this.remove(entry);
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
    this.wire = 0;
    return count;
  }
}
