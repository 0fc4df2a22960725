import { v1 } from '../../wire/index.js';
import type { Admitted } from './admission.js';

/** One enqueue call waiting for its transaction: its records and its promise. */
export interface PendingEnqueue {
  items: Admitted[];
  resolve(seqs: number[]): void;
  reject(error: unknown): void;
}

/**
 * Enqueues waiting for the next group commit, and, while the disk fails, for the retry. While
 * the disk fails it is bounded (`memory_queue` records): whole enqueue calls give way, those
 * without alarms first, then the oldest, so the newest alarms stay longest.
 */
export class PendingQueue {
  private entries: PendingEnqueue[] = [];
  private count = 0;

  push(entry: PendingEnqueue): void {
    this.entries.push(entry);
    this.count += entry.items.length;
  }

  /** Everything queued, oldest first; the queue is then empty. */
  takeAll(): PendingEnqueue[] {
    const taken = this.entries;
    this.entries = [];
    this.count = 0;
    return taken;
  }

  /** Puts a failed batch back in front of what arrived meanwhile. */
  putBack(entries: PendingEnqueue[]): void {
    this.entries = [...entries, ...this.entries];
    this.count = this.entries.reduce((total, entry) => total + entry.items.length, 0);
  }

  /**
   * Removes and returns the entries that do not fit in `limit` records, but never the last one:
   * an enqueue larger than the limit (a pipeline offering back everything it held) still waits
   * for the retry, which would otherwise find nothing to write and never see the disk recover.
   */
  shed(limit: number): PendingEnqueue[] {
    const shed: PendingEnqueue[] = [];
    while (this.count > limit && this.entries.length > 1) {
      const noAlarm = this.entries.findIndex((entry) => !entry.items.some((item) => item.priority === v1.Priority.PRIORITY_ALARM));
      const [victim] = this.entries.splice(noAlarm >= 0 ? noAlarm : 0, 1);
      if (victim === undefined) break;
      this.count -= victim.items.length;
      shed.push(victim);
    }
    return shed;
  }

  get records(): number {
    return this.count;
  }

  get empty(): boolean {
    return this.entries.length === 0;
  }
}
