import type { Lease, Outbox, SeqRange } from '../outbox/types.js';

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
}

function covers(ranges: readonly SeqRange[], seq: number): boolean {
  return ranges.some((range) => seq >= range.first && seq <= range.last);
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

  /** Deletes the acked and rejected seqs from the outbox and settles the envelopes they complete. */
  applyAck(acked: readonly SeqRange[], rejected: readonly SeqRange[]): AckOutcome {
    const settled = [...acked, ...rejected];
    const deleted = settled.length === 0 ? 0 : this.outbox.ack(settled);
    const completed: InFlightEnvelope[] = [];
    for (const entry of this.entries) {
      for (const seq of entry.remaining) if (covers(settled, seq)) entry.remaining.delete(seq);
      if (entry.remaining.size === 0) {
        clearTimeout(entry.timer);
        this.entries.delete(entry);
        completed.push(entry);
      }
    }
    return { completed, deleted };
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
