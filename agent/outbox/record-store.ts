import type Database from 'better-sqlite3';
import { toNumber, v1, type outpost } from '../codec/index.js';
import { DROP_REPORT_KEY, type Admitted } from './admission.js';
import { Change } from './change.js';
import type { DropSum } from './drops.js';
import type { StoreClock } from './store-clock.js';
import { withSeq } from './store-file.js';

const { Priority, DropReason } = v1;

/** Eviction order: bulk first, alarms only as a last resort. */
export const EVICTION_ORDER = [Priority.PRIORITY_BULK, Priority.PRIORITY_STATUS, Priority.PRIORITY_ALARM] as const;
/** Drain order: alarms first. */
export const DRAIN_ORDER = [Priority.PRIORITY_ALARM, Priority.PRIORITY_STATUS, Priority.PRIORITY_BULK] as const;

const SCAN_PAGE = 256;
const COMPACTABLE = `key IS NOT NULL AND key <> '${DROP_REPORT_KEY}'`;

export interface StoredRow {
  seq: number;
  size: number;
  body: Buffer;
}

interface OldRow {
  seq: number;
  priority: number;
  size: number;
  created_ms: number;
  key: string | null;
}

export interface Limits {
  maxBytes: number;
  maxRecords: number;
  compactStatus: boolean;
}

/**
 * The records table and its mirrors. Every method that deletes takes the Change of the
 * transaction it runs in; `isLeased` keeps records out with the uplink from being evicted,
 * expired or compacted under it.
 */
export { Change };

export class RecordStore {
  readonly records = [0, 0, 0, 0];
  readonly bytes = [0, 0, 0, 0];
  private readonly keys = new Map<string, number>();
  /** Drop-report records (seq to size): never evicted or expired, merged into each new report, outside the bounds. */
  private readonly reports = new Map<number, number>();
  private readonly sql;

  constructor(
    readonly db: Database.Database,
    private readonly limits: Limits,
    private readonly clock: StoreClock,
    private readonly isLeased: (seq: number) => boolean,
  ) {
    this.sql = {
      insert: db.prepare('INSERT INTO records (seq, priority, created_ms, size, key, body) VALUES (?, ?, ?, ?, ?, ?)'),
      remove: db.prepare('DELETE FROM records WHERE seq = ? RETURNING seq, priority, size, created_ms, key'),
      removeReport: db.prepare('DELETE FROM records WHERE seq = ? RETURNING priority, size, body'),
      reports: db.prepare(`SELECT seq, size FROM records WHERE key = '${DROP_REPORT_KEY}'`),
      removeRange: db.prepare('DELETE FROM records WHERE seq BETWEEN ? AND ? RETURNING seq, priority, size'),
      countRange: db.prepare('SELECT count(*) FROM records WHERE seq BETWEEN ? AND ?').pluck(),
      oldest: db.prepare('SELECT seq, priority, size, created_ms, key FROM records WHERE priority = ? AND seq > ? ORDER BY seq LIMIT ?'),
      page: db.prepare('SELECT seq, size, body FROM records WHERE priority = ? AND seq > ? ORDER BY seq LIMIT ?'),
      keyOf: db.prepare('SELECT key FROM records WHERE seq = ?').pluck(),
      oldestCreated: db.prepare('SELECT created_ms FROM records WHERE priority = ? ORDER BY seq LIMIT 1').pluck(),
      totals: db.prepare('SELECT priority, count(*) AS records, coalesce(sum(size), 0) AS bytes FROM records GROUP BY priority'),
      newestPerKey: db.prepare(`SELECT key, max(seq) AS seq FROM records WHERE ${COMPACTABLE} GROUP BY key`),
      superseded: db.prepare(`SELECT seq FROM records WHERE ${COMPACTABLE} AND seq NOT IN (SELECT max(seq) FROM records WHERE ${COMPACTABLE} GROUP BY key)`).pluck(),
    };
  }

  /** Fills the mirrors from the file (at open). */
  load(): void {
    for (const row of this.sql.totals.all() as { priority: number; records: number; bytes: number }[]) {
      if (row.priority >= 0 && row.priority < 4) {
        this.records[row.priority] = row.records;
        this.bytes[row.priority] = row.bytes;
      }
    }
    for (const row of this.sql.reports.all() as { seq: number; size: number }[]) this.reports.set(row.seq, row.size);
    if (!this.limits.compactStatus) return;
    for (const row of this.sql.newestPerKey.all() as { key: string; seq: number }[]) this.keys.set(row.key, row.seq);
  }

  /** Seqs of status records a newer record of the same key supersedes (left over from a crash or an older config). */
  superseded(): number[] {
    return this.limits.compactStatus ? (this.sql.superseded.all() as number[]) : [];
  }

  insert(change: Change, seq: number, item: Admitted, createdMs: number): void {
    const bytes = withSeq(seq, item.body);
    this.sql.insert.run(seq, item.priority, createdMs, bytes.length, item.key, bytes);
    change.records[item.priority]! += 1;
    change.bytes[item.priority]! += bytes.length;
    if (item.key === DROP_REPORT_KEY) change.reportsAdded.set(seq, bytes.length);
    if (item.key === null || item.key === DROP_REPORT_KEY || !this.limits.compactStatus) return;
    const previous = change.keys.get(item.key) ?? this.keys.get(item.key);
    change.keys.set(item.key, seq);
    if (previous !== undefined && !this.isLeased(previous)) this.drop(change, previous, DropReason.DROP_REASON_COMPACTED);
  }

  /** Deletes a record that a newer one of its key supersedes, unless it is the newest (used when a lease ends). */
  compactIfSuperseded(change: Change, seq: number): void {
    if (!this.limits.compactStatus) return;
    const key = this.sql.keyOf.get(seq) as string | null | undefined;
    if (key === null || key === undefined) return;
    const newest = change.keys.get(key) ?? this.keys.get(key);
    if (newest !== undefined && newest > seq) this.drop(change, seq, DropReason.DROP_REASON_COMPACTED);
  }

  /** Deletes one record and counts it as dropped for `reason`; a record already gone counts nothing. */
  drop(change: Change, seq: number, reason: outpost.v1.DropReason): boolean {
    const row = this.sql.remove.get(seq) as OldRow | undefined;
    if (row === undefined) return false;
    change.records[row.priority]! -= 1;
    change.bytes[row.priority]! -= row.size;
    change.drops.add(reason, row.priority, row.seq, row.size, this.clock.toWall(row.created_ms));
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
        const rows = this.sql.oldest.all(priority, after, SCAN_PAGE) as OldRow[];
        if (rows.length === 0) break;
        for (const row of rows) {
          after = row.seq;
          if (this.isLeased(row.seq) || row.key === DROP_REPORT_KEY) continue;
          this.drop(change, row.seq, DropReason.DROP_REASON_EVICTED);
          if (!this.over(change)) return;
        }
      }
    }
  }

  /** Deletes unleased records older than their class's TTL on the store clock. Records arrive in seq order, so each class stops at its first young record. */
  expire(change: Change, ttlMs: (priority: outpost.v1.Priority) => number): void {
    const now = this.clock.now();
    for (const priority of DRAIN_ORDER) {
      const cutoff = now - ttlMs(priority);
      let after = 0;
      let young = false;
      while (!young) {
        const rows = this.sql.oldest.all(priority, after, SCAN_PAGE) as OldRow[];
        if (rows.length === 0) break;
        for (const row of rows) {
          if (row.created_ms >= cutoff) {
            young = true;
            break;
          }
          after = row.seq;
          if (!this.isLeased(row.seq) && row.key !== DROP_REPORT_KEY) this.drop(change, row.seq, DropReason.DROP_REASON_EXPIRED);
        }
      }
    }
  }

  /** Deletes acked records; returns the seqs deleted. */
  removeAcked(change: Change, first: number, last: number): number[] {
    const rows = this.sql.removeRange.all(first, last) as { seq: number; priority: number; size: number }[];
    for (const row of rows) {
      change.records[row.priority]! -= 1;
      change.bytes[row.priority]! -= row.size;
      if (this.reports.has(row.seq) || change.reportsAdded.has(row.seq)) change.reportsRemoved.add(row.seq);
    }
    return rows.map((row) => row.seq);
  }

  /** Deletes the drop reports not out on a lease and returns their sums, to be merged into the next report. */
  takeReports(change: Change): DropSum[] {
    const sums: DropSum[] = [];
    for (const seq of [...this.reports.keys(), ...change.reportsAdded.keys()]) {
      if (this.isLeased(seq) || change.reportsRemoved.has(seq)) continue;
      const row = this.sql.removeReport.get(seq) as { priority: number; size: number; body: Buffer } | undefined;
      if (row === undefined) continue;
      change.records[row.priority]! -= 1;
      change.bytes[row.priority]! -= row.size;
      change.reportsRemoved.add(seq);
      const dropped = v1.Record.decode(row.body).event?.dropped;
      if (dropped) sums.push(sumOf(dropped));
    }
    return sums;
  }

  countRange(first: number, last: number): number {
    return this.sql.countRange.get(first, last) as number;
  }

  page(priority: outpost.v1.Priority, after: number, limit: number): StoredRow[] {
    return this.sql.page.all(priority, after, limit) as StoredRow[];
  }

  oldestCreated(priority: outpost.v1.Priority): number | undefined {
    return this.sql.oldestCreated.get(priority) as number | undefined;
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
