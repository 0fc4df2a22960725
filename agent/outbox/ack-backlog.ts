import type { Timers } from '../../kernel/timers.js';
import type { SeqRange } from './types.js';

/** Acks are written in one transaction once this many wait, or after WRITE_DELAY_MS (and RIDE_MS). */
const WRITE_BATCH = 1_000;
// 10 s, not 1 s: on a post polling at 1 Hz an ack write per second was a sixth of the outbox's
// bytes written (bench:agent); acks held longer only mean a few more copies after a power cut.
const WRITE_DELAY_MS = 10_000;
// Once due, acks wait up to this long for the next commit of records to carry them (index.ts,
// flush): one transaction instead of two, and on a post that polls every few seconds it is the
// commit that finds the class's newest segment settled and starts its next generation in place.
// Written apart, at whatever moment the delay ran out, they would often land while the
// newest tick's records were out to the centre: the segment then missed its restart and grew by
// appending (new pages and page 1 rewritten at every commit) until the next write, 10 s on
// (bench:agent: 3.9 bytes written per payload byte against 3.0 for the same ticks in bench:outbox-ticks).
const RIDE_MS = 5_000;

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
  private timer: unknown;

  /**
   * @param writeNow writes the acks alone (when enough records wait, or no commit carried them in time).
   * @param timers background timers (they must not keep the process alive).
   */
  constructor(
    private readonly writeNow: () => void,
    private readonly timers: Timers,
  ) {}

  /** After acks were added: writes them at once when enough wait; else after the delay they are due, and ride the next commit or are written alone RIDE_MS later. */
  schedule(): void {
    if (this.acked.size >= WRITE_BATCH) {
      this.owe();
      this.writeNow();
    } else if (this.acked.size > 0 && this.timer === undefined) {
      this.timer = this.timers.setTimeout(() => {
        this.due = true;
        this.timer = this.timers.setTimeout(() => {
          this.timer = undefined;
          this.writeNow();
        }, RIDE_MS);
      }, WRITE_DELAY_MS);
    }
  }

  /** The write is owed now (close, or the disk failed on it). */
  owe(): void {
    this.due = true;
    this.stop();
  }

  stop(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
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

  /** Their acks committed (alone, or carried by a commit of records). */
  written(): void {
    this.stop();
    this.acked.clear();
    this.records.fill(0);
    this.bytes.fill(0);
    this.due = false;
  }

  get size(): number {
    return this.acked.size;
  }
}
