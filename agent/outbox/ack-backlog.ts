import type { SeqRange } from './types.js';

/** Acks are written in one transaction once this many wait, or after WRITE_DELAY_MS. */
const WRITE_BATCH = 1_000;
// 10 s, not 1 s: on a post polling at 1 Hz an ack write per second was a sixth of the outbox's
// bytes written (bench:agent); acks held longer only mean a few more copies after a power cut.
const WRITE_DELAY_MS = 10_000;

export interface AckedRecord {
  seq: number;
  priority: number;
  size: number;
}

/**
 * Acked records whose ack has not been written yet. Writing a few thousand as a few seq ranges
 * in one transaction rewrites a page or two, where one transaction per envelope would rewrite
 * them every time: fewer bytes written to the SD card. They are never offered again; a crash
 * before the ack commits means the centre gets them again and drops the copies.
 */
export class AckBacklog {
  private readonly acked = new Map<number, AckedRecord>();
  readonly records = [0, 0, 0, 0];
  readonly bytes = [0, 0, 0, 0];
  /** The write is owed now: enough acks wait, their delay ran out, or the store is closing. */
  due = false;
  private timer: NodeJS.Timeout | undefined;

  /** @param writeNow writes the acks (on the timer, or when enough records wait). */
  constructor(private readonly writeNow: () => void) {}

  /** After acks were added: writes them at once when enough wait, else within the delay. */
  schedule(): void {
    if (this.acked.size >= WRITE_BATCH) {
      this.owe();
      this.writeNow();
    } else if (this.acked.size > 0 && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.due = true;
        this.writeNow();
      }, WRITE_DELAY_MS);
      this.timer.unref();
    }
  }

  /** The write is owed now (close, or the disk failed on it). */
  owe(): void {
    this.due = true;
    this.stop();
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  has(seq: number): boolean {
    return this.acked.has(seq);
  }

  add(record: AckedRecord): void {
    if (this.acked.has(record.seq)) return;
    this.acked.set(record.seq, record);
    this.records[record.priority]! += 1;
    this.bytes[record.priority]! += record.size;
  }

  /** The acked seqs as few inclusive ranges, ascending. */
  ranges(): SeqRange[] {
    const seqs = [...this.acked.keys()].sort((a, b) => a - b);
    const ranges: SeqRange[] = [];
    for (const seq of seqs) {
      const last = ranges.at(-1);
      if (last !== undefined && seq === last.last + 1) last.last = seq;
      else ranges.push({ first: seq, last: seq });
    }
    return ranges;
  }

  /** Their acks committed. */
  written(): void {
    this.acked.clear();
    this.records.fill(0);
    this.bytes.fill(0);
    this.due = false;
  }

  get size(): number {
    return this.acked.size;
  }
}
