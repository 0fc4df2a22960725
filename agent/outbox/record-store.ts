import type Database from 'better-sqlite3';
import { toNumber, v1, type outpost } from '../codec/index.js';
import type { AckedRecord } from './ack-backlog.js';
import { DROP_REPORT_KEY, type Admitted } from './admission.js';
import { Change } from './change.js';
import { CLASS_TABLES, classStatements, type ClassRow, type ClassStatements } from './class-tables.js';
import type { DropSum } from './drops.js';
import type { StoreClock } from './store-clock.js';
import type { BatchLimits, LeasedRecord } from './types.js';
import { writeWithSeq } from './store-file.js';

const { Priority, DropReason } = v1;

/** Eviction order: bulk first, alarms only as a last resort. */
export const EVICTION_ORDER = [Priority.PRIORITY_BULK, Priority.PRIORITY_STATUS, Priority.PRIORITY_ALARM] as const;
/** Drain order: alarms first. */
export const DRAIN_ORDER = [Priority.PRIORITY_ALARM, Priority.PRIORITY_STATUS, Priority.PRIORITY_BULK] as const;

const SCAN_PAGE = 256;

interface StoredRow {
  seq: number;
  size: number;
  body: Buffer;
}

export interface Limits {
  maxBytes: number;
  maxRecords: number;
  compactStatus: boolean;
}

export { Change };

/**
 * The class tables and their in-memory mirrors. Every method that deletes takes the Change
 * of the transaction it runs in; `isHeld` keeps records out with the uplink, or acked and
 * awaiting their delete, from being evicted, expired or compacted. Compaction keys and drop reports only occur in
 * status records.
 */
export class RecordStore {
  readonly records = [0, 0, 0, 0];
  readonly bytes = [0, 0, 0, 0];
  private readonly keys = new Map<string, number>();
  /** Drop-report records (seq to size): never evicted or expired, merged into each new report, outside the bounds. */
  private readonly reports = new Map<number, number>();
  private readonly tables: ClassStatements[] = [];
  private scratch = Buffer.allocUnsafe(64 * 1024);
  private readonly status: ClassStatements;

  constructor(
    db: Database.Database,
    private readonly limits: Limits,
    private readonly clock: StoreClock,
    private readonly isHeld: (seq: number) => boolean,
  ) {
    for (const { priority, table } of CLASS_TABLES) this.tables[priority] = classStatements(db, table);
    this.status = this.table(Priority.PRIORITY_STATUS);
  }

  /** Fills the mirrors from the file (at open). */
  load(): void {
    for (const { priority } of CLASS_TABLES) {
      const totals = this.table(priority).totals.get() as { records: number; bytes: number };
      this.records[priority] = totals.records;
      this.bytes[priority] = totals.bytes;
    }
    for (const row of this.status.reports.all() as { seq: number; size: number }[]) this.reports.set(row.seq, row.size);
    if (!this.limits.compactStatus) return;
    for (const row of this.status.newestPerKey.all() as { key: string; seq: number }[]) this.keys.set(row.key, row.seq);
  }

  /** Status records a newer record of the same key supersedes (left by a crash, or an older config). */
  superseded(): number[] {
    return this.limits.compactStatus ? (this.status.superseded.all() as number[]) : [];
  }

  insert(change: Change, seq: number, item: Admitted, createdMs: number): void {
    if (this.scratch.length < item.body.length + 11) this.scratch = Buffer.allocUnsafe(item.body.length * 2 + 11);
    const size = writeWithSeq(this.scratch, seq, item.body);
    // SQLite copies a bound blob, so one scratch buffer serves every insert.
    this.table(item.priority).insert.run(seq, createdMs, size, item.key, this.scratch.subarray(0, size));
    change.records[item.priority]! += 1;
    change.bytes[item.priority]! += size;
    if (item.key === null) return;
    if (item.key === DROP_REPORT_KEY) {
      change.reportsAdded.set(seq, size);
      return;
    }
    if (!this.limits.compactStatus) return;
    const previous = change.keys.get(item.key) ?? this.keys.get(item.key);
    change.keys.set(item.key, seq);
    if (previous !== undefined && !this.isHeld(previous)) this.drop(change, Priority.PRIORITY_STATUS, previous, DropReason.DROP_REASON_COMPACTED);
  }

  /** Deletes a status record that a newer one of its key supersedes (used when its lease ends). */
  compactIfSuperseded(change: Change, priority: outpost.v1.Priority, seq: number): void {
    if (!this.limits.compactStatus || priority !== Priority.PRIORITY_STATUS) return;
    const key = this.status.keyOf.get(seq) as string | null | undefined;
    if (key === null || key === undefined || key === DROP_REPORT_KEY) return;
    const newest = change.keys.get(key) ?? this.keys.get(key);
    if (newest !== undefined && newest > seq) this.drop(change, priority, seq, DropReason.DROP_REASON_COMPACTED);
  }

  /** Deletes one record and counts it as dropped for `reason`; a record already gone counts nothing. */
  drop(change: Change, priority: outpost.v1.Priority, seq: number, reason: outpost.v1.DropReason): boolean {
    const row = this.table(priority).remove.get(seq) as ClassRow | undefined;
    if (row === undefined) return false;
    change.records[priority]! -= 1;
    change.bytes[priority]! -= row.size;
    change.deleted = true;
    change.drops.add(reason, priority, row.seq, row.size, this.clock.toWall(row.created_ms));
    if (reason === DropReason.DROP_REASON_EVICTED) change.dropped.evicted += 1;
    else if (reason === DropReason.DROP_REASON_EXPIRED) change.dropped.expired += 1;
    else change.dropped.compacted += 1;
    return true;
  }

  /** Evicts the oldest unleased records, bulk first, until the store is within its bounds again. */
  evictOverflow(change: Change): void {
    for (const priority of EVICTION_ORDER) {
      let after = 0;
      while (this.over(change)) {
        const rows = this.table(priority).oldest.all(after, SCAN_PAGE) as ClassRow[];
        if (rows.length === 0) break;
        for (const row of rows) {
          after = row.seq;
          if (this.isHeld(row.seq) || row.key === DROP_REPORT_KEY) continue;
          this.drop(change, priority, row.seq, DropReason.DROP_REASON_EVICTED);
          if (!this.over(change)) return;
        }
      }
    }
  }

  /** Deletes unleased records older than their class's TTL on the store clock. Store-clock times rise with seq, so each class stops at its first young record. */
  expire(change: Change, ttlMs: (priority: outpost.v1.Priority) => number): void {
    const now = this.clock.now();
    for (const priority of DRAIN_ORDER) {
      const cutoff = now - ttlMs(priority);
      let after = 0;
      for (let young = false; !young; ) {
        const rows = this.table(priority).oldest.all(after, SCAN_PAGE) as ClassRow[];
        if (rows.length === 0) break;
        for (const row of rows) {
          young = row.created_ms >= cutoff;
          if (young) break;
          after = row.seq;
          if (!this.isHeld(row.seq) && row.key !== DROP_REPORT_KEY) this.drop(change, priority, row.seq, DropReason.DROP_REASON_EXPIRED);
        }
      }
    }
  }

  /** Deletes acked records. */
  removeAcked(change: Change, first: number, last: number): void {
    for (const { priority } of CLASS_TABLES) {
      for (const row of this.table(priority).removeRange.all(first, last) as { seq: number; size: number }[]) {
        change.records[priority]! -= 1;
        change.bytes[priority]! -= row.size;
        change.deleted = true;
        if (this.reports.has(row.seq) || change.reportsAdded.has(row.seq)) change.reportsRemoved.add(row.seq);
      }
    }
  }

  /** Deletes the drop reports not out on a lease and returns their sums, to be merged into the next report. */
  takeReports(change: Change): DropSum[] {
    const sums: DropSum[] = [];
    for (const seq of [...this.reports.keys(), ...change.reportsAdded.keys()]) {
      if (this.isHeld(seq) || change.reportsRemoved.has(seq)) continue;
      const row = this.status.removeWithBody.get(seq) as { size: number; body: Buffer } | undefined;
      if (row === undefined) continue;
      change.records[Priority.PRIORITY_STATUS]! -= 1;
      change.bytes[Priority.PRIORITY_STATUS]! -= row.size;
      change.reportsRemoved.add(seq);
      change.deleted = true;
      const dropped = v1.Record.decode(row.body).event?.dropped;
      if (dropped) sums.push(sumOf(dropped));
    }
    return sums;
  }

  /** The records with seqs in [first, last], every class. */
  inRange(first: number, last: number): AckedRecord[] {
    return CLASS_TABLES.flatMap(({ priority }) =>
      (this.table(priority).inRange.all(first, last) as { seq: number; size: number }[]).map((row) => ({ seq: row.seq, priority, size: row.size })),
    );
  }

  /** The next batch: alarms, then status, then bulk, oldest first, skipping `skip` records, within the limits. */
  collect(limits: BatchLimits, skip: (seq: number) => boolean): { records: LeasedRecord[]; bytes: number } {
    const maxRecords = Math.max(1, Math.floor(limits.maxRecords));
    const records: LeasedRecord[] = [];
    let bytes = 0;
    for (const priority of DRAIN_ORDER) {
      for (let after = 0; ; ) {
        const rows = this.table(priority).page.all(after, maxRecords + 16) as StoredRow[];
        if (rows.length === 0) break;
        for (const row of rows) {
          after = row.seq;
          if (skip(row.seq)) continue;
          // A record larger than maxBytes goes alone rather than never.
          if (records.length >= maxRecords || (records.length > 0 && bytes + row.size > limits.maxBytes)) return { records, bytes };
          records.push({ seq: row.seq, priority, bytes: row.body });
          bytes += row.size;
        }
      }
    }
    return { records, bytes };
  }

  oldestCreated(priority: outpost.v1.Priority): number | undefined {
    return this.table(priority).oldestCreated.get() as number | undefined;
  }

  apply(change: Change): void {
    for (let p = 0; p < 4; p++) {
      this.records[p]! += change.records[p]!;
      this.bytes[p]! += change.bytes[p]!;
    }
    for (const [key, seq] of change.keys) this.keys.set(key, seq);
    for (const [seq, size] of change.reportsAdded) this.reports.set(seq, size);
    for (const seq of change.reportsRemoved) this.reports.delete(seq);
  }

  totalRecords(change?: Change): number {
    return sum(this.records) + (change === undefined ? 0 : sum(change.records));
  }

  totalBytes(change?: Change): number {
    return sum(this.bytes) + (change === undefined ? 0 : sum(change.bytes));
  }

  private table(priority: outpost.v1.Priority): ClassStatements {
    const table = this.tables[priority];
    if (table === undefined) throw new RangeError(`no outbox class for priority ${priority}`);
    return table;
  }

  /** Drop reports do not count: at most one per reason and class waits, and evicting alarms to make room for them would defeat them. */
  private over(change: Change): boolean {
    let reportRecords = 0;
    let reportBytes = 0;
    for (const [seq, size] of [...this.reports, ...change.reportsAdded]) {
      if (change.reportsRemoved.has(seq)) continue;
      reportRecords += 1;
      reportBytes += size;
    }
    return this.totalRecords(change) - reportRecords > this.limits.maxRecords || this.totalBytes(change) - reportBytes > this.limits.maxBytes;
  }
}

function sumOf(report: outpost.v1.IDroppedRecords): DropSum {
  return {
    reason: report.reason ?? DropReason.DROP_REASON_UNSPECIFIED,
    priority: report.priority ?? Priority.PRIORITY_UNSPECIFIED,
    count: toNumber(report.count),
    bytes: toNumber(report.bytes),
    firstSeq: toNumber(report.firstSeq),
    lastSeq: toNumber(report.lastSeq),
    oldestMs: toNumber(report.oldestUnixMs),
    newestMs: toNumber(report.newestUnixMs),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
