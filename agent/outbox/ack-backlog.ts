import type { SeqRange } from './types.js';

export interface AckedRecord {
  seq: number;
  priority: number;
  size: number;
}

/**
 * Acked records whose delete has not committed yet. Deleting a few thousand neighbours in one
 * transaction rewrites a handful of pages, where one transaction per envelope would rewrite
 * the boundary pages every time: fewer bytes written to the SD card. They are never offered
 * again; a crash before the delete commits means the centre gets them again and drops the copies.
 */
export class AckBacklog {
  private readonly acked = new Map<number, AckedRecord>();
  readonly records = [0, 0, 0, 0];
  readonly bytes = [0, 0, 0, 0];

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

  clear(): void {
    this.acked.clear();
    this.records.fill(0);
    this.bytes.fill(0);
  }

  get size(): number {
    return this.acked.size;
  }
}
