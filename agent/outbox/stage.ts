import { writeWithSeq } from '../../wire/framing.js';
import type { StagedRecord } from './staging-journal.js';

/** A staged record as the handout sends it: its stored bytes, seq included. */
export interface StagedEntry extends StagedRecord {
  size: number;
  stored: Buffer;
}

/**
 * The records in the staging journal's newest generation that are neither acked nor written
 * into the database yet, in seq order (staging-journal.ts). Every seq here is above every seq
 * in the database: any database transaction first writes the whole stage into it (store-writer.ts).
 */
export class Stage {
  /** Waiting records and their bytes, per class (only status records are staged). */
  readonly records = [0, 0, 0, 0];
  readonly bytes = [0, 0, 0, 0];
  private entries: StagedEntry[] = [];
  private readonly bySeq = new Map<number, StagedEntry>();
  /** The newest staged seq per compaction key. */
  private readonly keys = new Map<string, number>();

  get size(): number {
    return this.bySeq.size;
  }

  get totalBytes(): number {
    return this.bytes.reduce((a, b) => a + b, 0);
  }

  has(seq: number): boolean {
    return this.bySeq.has(seq);
  }

  /** The newest staged seq of a compaction key, if it still waits. */
  keySeq(key: string): number | undefined {
    const seq = this.keys.get(key);
    return seq !== undefined && this.bySeq.has(seq) ? seq : undefined;
  }

  /** Records whose entry is in the journal (synced), seqs above every staged one. */
  add(records: readonly StagedRecord[]): void {
    for (const record of records) {
      const scratch = Buffer.allocUnsafe(record.item.body.length + 11);
      const size = writeWithSeq(scratch, record.seq, record.item.body);
      const entry: StagedEntry = { ...record, size, stored: scratch.subarray(0, size) };
      this.entries.push(entry);
      this.bySeq.set(record.seq, entry);
      this.records[record.item.priority]! += 1;
      this.bytes[record.item.priority]! += size;
      if (record.item.key !== null) this.keys.set(record.item.key, record.seq);
    }
  }

  /** Takes an acked record out; returns it, or undefined when it was not staged. */
  ack(seq: number): StagedEntry | undefined {
    const entry = this.bySeq.get(seq);
    if (entry === undefined) return undefined;
    this.bySeq.delete(seq);
    this.records[entry.item.priority]! -= 1;
    this.bytes[entry.item.priority]! -= entry.size;
    if (entry.item.key !== null && this.keys.get(entry.item.key) === seq) this.keys.delete(entry.item.key);
    // Acks come in seq order: the front is dropped; a straggler inside waits for the next sweep.
    let head = 0;
    while (head < this.entries.length && !this.bySeq.has(this.entries[head]!.seq)) head++;
    if (head > 0) this.entries = this.entries.slice(head);
    return entry;
  }

  /** The waiting records, oldest first. */
  waiting(): StagedEntry[] {
    if (this.entries.length !== this.bySeq.size) this.entries = this.entries.filter((entry) => this.bySeq.has(entry.seq));
    return this.entries;
  }

  /** The waiting records with seqs in [first, last]. */
  inRange(first: number, last: number): StagedEntry[] {
    return this.waiting().filter((entry) => entry.seq >= first && entry.seq <= last);
  }

  oldestCreated(): number | undefined {
    return this.waiting()[0]?.createdMs;
  }

  /** Everything was written into the database (or the store starts again). */
  clear(): void {
    this.entries = [];
    this.bySeq.clear();
    this.keys.clear();
    this.records.fill(0);
    this.bytes.fill(0);
  }
}
