import type Database from 'better-sqlite3';
import { toNumber, v1, type outpost } from '../../wire/index.js';
import type { AckedRecord } from './ack-backlog.js';
import { DROP_REPORT_KEY, type Admitted } from './admission.js';
import { Change, ClassDrops } from './change.js';
import { BodyCache } from './body-cache.js';
import { COMPACTABLE, pageRows, type ClassRow } from './class-tables.js';
import type { DropSum } from './drops.js';
import { Segments, type SegmentLimits } from './segments.js';
import { Stage } from './stage.js';
import type { StoreClock } from './store-clock.js';
import type { BatchLimits, LeasedRecord } from './types.js';
import { writeWithSeq } from '../../wire/framing.js';

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
  segment: SegmentLimits;
  /** Bytes of just-committed bodies kept to serve the next batch from memory (body-cache.ts); 0: off. */
  bodyCacheBytes: number;
}

export { Change };

/**
 * The class segments and their in-memory mirrors. Every method that deletes or acks takes the
 * Change of the transaction it runs in; `isHeld` keeps records out with the uplink, or acked and
 * awaiting the write of their ack, from being evicted, expired or compacted. Acked records stay
 * in their segment until it is dropped whole, and count nowhere: never offered, evicted,
 * expired, compacted or reported. Compaction keys and drop reports only occur in status records.
 */
export class RecordStore {
  /** Live records (not acked) per class, and their bytes. */
  readonly records = [0, 0, 0, 0];
  readonly bytes = [0, 0, 0, 0];
  /** Records dropped since the store was opened, per reason and class. */
  readonly dropped = new ClassDrops();
  readonly segments: Segments;
  /** Status records in the staging journal, not in the database yet (stage.ts). */
  readonly stage = new Stage();
  private readonly keys = new Map<string, number>();
  /** Drop-report records (seq to size): never evicted or expired, merged into each new report, outside the bounds. */
  private readonly reports = new Map<number, number>();
  private scratch = Buffer.allocUnsafe(64 * 1024);
  /**
   * Per class, a store-clock time no unacked record of the class is older than: the oldest
   * created time last read. It stays true, as records only leave and new ones are created later
   * (the store clock never goes back while open), so the expiry pass reads the file only when it
   * could find something to expire.
   */
  private readonly oldestAtLeast: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  private readonly live;
  private readonly cache: BodyCache;

  constructor(
    db: Database.Database,
    private readonly limits: Limits,
    private readonly clock: StoreClock,
    private readonly isHeld: (seq: number) => boolean,
  ) {
    this.segments = new Segments(db, limits.segment);
    this.cache = new BodyCache(limits.bodyCacheBytes);
    // Over the `records` view, which leaves acked records out; only read at open.
    this.live = {
      totals: db.prepare('SELECT priority, count(*) AS records, coalesce(sum(size), 0) AS bytes FROM records GROUP BY priority'),
      reports: db.prepare(`SELECT seq, size FROM records WHERE priority = ${Priority.PRIORITY_STATUS} AND key = '${DROP_REPORT_KEY}'`),
      newestPerKey: db.prepare(`SELECT key, max(seq) AS seq FROM records WHERE priority = ${Priority.PRIORITY_STATUS} AND ${COMPACTABLE} GROUP BY key`),
      superseded: db
        .prepare(
          `SELECT seq FROM records WHERE priority = ${Priority.PRIORITY_STATUS} AND ${COMPACTABLE} AND seq NOT IN ` +
            `(SELECT max(seq) FROM records WHERE priority = ${Priority.PRIORITY_STATUS} AND ${COMPACTABLE} GROUP BY key)`,
        )
        .pluck(),
    };
  }

  /** Fills the mirrors from the file (at open). */
  load(): void {
    this.segments.load();
    for (const row of this.live.totals.all() as { priority: number; records: number; bytes: number }[]) {
      this.records[row.priority] = row.records;
      this.bytes[row.priority] = row.bytes;
    }
    for (const row of this.live.reports.all() as { seq: number; size: number }[]) this.reports.set(row.seq, row.size);
    if (!this.limits.compactStatus) return;
    for (const row of this.live.newestPerKey.all() as { key: string; seq: number }[]) this.keys.set(row.key, row.seq);
  }

  /** Status records a newer record of the same key supersedes (left by a crash, or an older config). */
  superseded(): number[] {
    return this.limits.compactStatus ? (this.live.superseded.all() as number[]) : [];
  }

  /**
   * Writes every staged record into the database, in seq order and as if it had been inserted
   * when staged (compaction included); first step of every transaction, so the database never
   * holds a record newer than a staged one. The stage empties once the transaction commits (apply).
   */
  materialize(change: Change): void {
    const staged = this.stage.waiting();
    if (staged.length === 0) return;
    for (const { seq, item, createdMs } of staged) this.insert(change, seq, item, createdMs);
    change.materialized = true;
  }

  /**
   * Whether these records can be staged (commit to the journal) rather than inserted: status
   * records only (no drop report), none superseding a waiting record of its key that compaction
   * would delete, and room for them within the bounds, so nothing needs deleting.
   */
  stageable(items: readonly Admitted[]): boolean {
    let bytes = 0;
    const keys = new Set<string>();
    for (const item of items) {
      if (item.priority !== Priority.PRIORITY_STATUS || item.key === DROP_REPORT_KEY) return false;
      bytes += item.body.length + 11;
      if (!this.limits.compactStatus || item.key === null) continue;
      if (keys.has(item.key) || this.compacts(item.key)) return false;
      keys.add(item.key);
    }
    return this.totalRecords() + items.length <= this.limits.maxRecords && this.totalBytes() + bytes <= this.limits.maxBytes;
  }

  /** Whether a new record of `key` would make compaction delete a waiting record (staged or in the file). */
  private compacts(key: string): boolean {
    const staged = this.stage.keySeq(key);
    if (staged !== undefined) return !this.isHeld(staged);
    const stored = this.keys.get(key);
    if (stored === undefined || this.isHeld(stored)) return false;
    const segment = this.segments.holding(Priority.PRIORITY_STATUS, stored);
    return segment !== undefined && segment.ackedRangeOf(stored) === undefined;
  }

  insert(change: Change, seq: number, item: Admitted, createdMs: number): void {
    if (this.scratch.length < item.body.length + 11) this.scratch = Buffer.allocUnsafe(item.body.length * 2 + 11);
    const size = writeWithSeq(this.scratch, seq, item.body);
    const segment = this.segments.forInsert(item.priority, seq);
    // SQLite copies a bound blob, so one scratch buffer serves every insert.
    segment.insert(seq, createdMs, size, item.key, this.scratch.subarray(0, size));
    this.segments.inserted(segment, seq, size);
    if (this.limits.bodyCacheBytes > 0) change.inserted.push({ seq, size, body: this.cache.keeps(size) ? Buffer.from(this.scratch.subarray(0, size)) : undefined, priority: item.priority });
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
    const key = this.segments.holding(priority, seq)?.keyOf(seq);
    if (key === null || key === undefined || key === DROP_REPORT_KEY) return;
    const newest = change.keys.get(key) ?? this.keys.get(key);
    if (newest !== undefined && newest > seq) this.drop(change, priority, seq, DropReason.DROP_REASON_COMPACTED);
  }

  /** Deletes one record and counts it as dropped for `reason`; a record already gone, or acked, counts nothing. */
  drop(change: Change, priority: outpost.v1.Priority, seq: number, reason: outpost.v1.DropReason): boolean {
    const segment = this.segments.holding(priority, seq);
    if (segment === undefined || segment.ackedRangeOf(seq) !== undefined) return false;
    const row = segment.remove<ClassRow>(seq, false);
    if (row === undefined) return false;
    this.segments.removed(segment, row.size);
    change.records[priority]! -= 1;
    change.bytes[priority]! -= row.size;
    change.deleted = true;
    change.drops.add(reason, priority, row.seq, row.size, this.clock.toWall(row.created_ms));
    change.countDrop(reason, priority);
    return true;
  }

  /** Evicts the oldest unleased records, bulk first, until the store is within its bounds again. */
  evictOverflow(change: Change): void {
    for (const priority of EVICTION_ORDER) {
      if (!this.over(change)) return;
      for (const row of this.unacked<ClassRow>(priority, 'oldest')) {
        if (this.isHeld(row.seq) || row.key === DROP_REPORT_KEY) continue;
        this.drop(change, priority, row.seq, DropReason.DROP_REASON_EVICTED);
        if (!this.over(change)) return;
      }
    }
  }

  /** Deletes unleased records older than their class's TTL on the store clock. Store-clock times rise with seq, so each class stops at its first young record. */
  expire(change: Change, ttlMs: (priority: outpost.v1.Priority) => number): void {
    const now = this.clock.now();
    for (const priority of DRAIN_ORDER) {
      const cutoff = now - ttlMs(priority);
      for (const row of this.unacked<ClassRow>(priority, 'oldest')) {
        if (row.created_ms >= cutoff) break;
        if (!this.isHeld(row.seq) && row.key !== DROP_REPORT_KEY) this.drop(change, priority, row.seq, DropReason.DROP_REASON_EXPIRED);
      }
    }
  }

  /** Marks the records with seqs in [first, last] acked (every one of them must be unacked); they leave the counts now and the file with their segment. */
  markAcked(change: Change, first: number, last: number): void {
    change.ackedRanges.push({ first, last });
    for (const segment of this.segments.overlapping(first, last)) {
      const priority = segment.name.priority;
      const rows = segment.inRange(first, last);
      for (const row of rows) {
        change.records[priority]! -= 1;
        change.bytes[priority]! -= row.size;
        if (this.reports.has(row.seq) || change.reportsAdded.has(row.seq)) change.reportsRemoved.add(row.seq);
      }
      this.segments.acked(segment, rows);
    }
  }

  /** Deletes the drop reports not out on a lease and returns their sums, to be merged into the next report. */
  takeReports(change: Change): DropSum[] {
    const sums: DropSum[] = [];
    for (const seq of [...this.reports.keys(), ...change.reportsAdded.keys()]) {
      if (this.isHeld(seq) || change.reportsRemoved.has(seq)) continue;
      const segment = this.segments.holding(Priority.PRIORITY_STATUS, seq);
      const row = segment?.remove<{ size: number; body: Buffer }>(seq, true);
      if (segment === undefined || row === undefined) continue;
      this.segments.removed(segment, row.size);
      change.records[Priority.PRIORITY_STATUS]! -= 1;
      change.bytes[Priority.PRIORITY_STATUS]! -= row.size;
      change.reportsRemoved.add(seq);
      change.deleted = true;
      const dropped = v1.Record.decode(row.body).event?.dropped;
      if (dropped) sums.push(sumOf(dropped));
    }
    return sums;
  }

  /** The unacked records with seqs in [first, last], every class. */
  inRange(first: number, last: number): AckedRecord[] {
    const stored = this.segments.overlapping(first, last).flatMap((segment) =>
      segment
        .inRange(first, last)
        .filter((row) => segment.ackedRangeOf(row.seq) === undefined)
        .map((row) => ({ seq: row.seq, priority: segment.name.priority, size: row.size })),
    );
    if (this.stage.size === 0) return stored;
    return [...stored, ...this.stage.inRange(first, last).map((entry) => ({ seq: entry.seq, priority: entry.item.priority, size: entry.size }))];
  }

  /**
   * The next batch: alarms, then status, then bulk, oldest first, skipping `skip` records, within
   * the limits; a class is read from after `resumeAfter(priority)`, below which none waits.
   * `more` is false when the batch took every record not skipped.
   */
  collect(limits: BatchLimits, skip: (seq: number) => boolean, resumeAfter: (priority: outpost.v1.Priority) => number): { records: LeasedRecord[]; bytes: number; more: boolean } {
    const maxRecords = Math.max(1, Math.floor(limits.maxRecords));
    const records: LeasedRecord[] = [];
    let bytes = 0;
    for (const priority of DRAIN_ORDER) {
      // Counts are applied after each commit and collect runs outside transactions: an empty class has nothing to read.
      if (this.records[priority] === 0 && this.stage.records[priority] === 0) continue;
      const from = resumeAfter(priority);
      for (const row of this.waitingAfter(priority, from, maxRecords)) {
        if (skip(row.seq)) continue;
        // A record larger than maxBytes goes alone rather than never.
        if (records.length >= maxRecords || (records.length > 0 && bytes + row.size > limits.maxBytes)) return { records, bytes, more: true };
        records.push({ seq: row.seq, priority, bytes: row.body });
        bytes += row.size;
      }
    }
    // Every class read to its end: nothing else waits.
    return { records, bytes, more: false };
  }

  /**
   * The class's waiting records after seq `from`, oldest first: those in the file (the records
   * just committed from memory when it holds every one the page query would read), then the
   * staged ones, whose seqs are all higher.
   */
  private *waitingAfter(priority: outpost.v1.Priority, from: number, maxRecords: number): Generator<StoredRow> {
    if (this.records[priority]! > 0) yield* this.cache.after(priority, from) ?? this.unacked<StoredRow>(priority, 'page', maxRecords + 16, from);
    if (this.stage.records[priority] === 0) return;
    for (const entry of this.stage.waiting()) if (entry.seq > from) yield { seq: entry.seq, size: entry.size, body: entry.stored };
  }

  /** Store-clock time of the class's oldest unacked record (not within a transaction: an empty class is not read). */
  oldestCreated(priority: outpost.v1.Priority): number | undefined {
    if (this.records[priority] === 0) return this.stage.records[priority]! > 0 ? this.stage.oldestCreated() : undefined;
    for (const row of this.unacked<ClassRow>(priority, 'oldest', 1)) {
      this.oldestAtLeast[priority] = row.created_ms;
      return row.created_ms;
    }
    return undefined;
  }

  /** Whether the class holds an unacked record created before `cutoff` (store clock); reads the file only when it may. */
  hasCreatedBefore(priority: outpost.v1.Priority, cutoff: number): boolean {
    const staged = this.stage.records[priority]! > 0 ? this.stage.oldestCreated() : undefined;
    if (staged !== undefined && staged < cutoff) return true;
    const atLeast = this.oldestAtLeast[priority];
    if (this.records[priority] === 0 || (atLeast !== undefined && atLeast >= cutoff)) return false;
    return (this.oldestCreated(priority) ?? cutoff) < cutoff;
  }

  apply(change: Change): void {
    for (let p = 0; p < 4; p++) {
      this.records[p]! += change.records[p]!;
      this.bytes[p]! += change.bytes[p]!;
    }
    for (const [key, seq] of change.keys) this.keys.set(key, seq);
    for (const [seq, size] of change.reportsAdded) this.reports.set(seq, size);
    for (const seq of change.reportsRemoved) this.reports.delete(seq);
    this.dropped.add(change.droppedPerClass);
    this.cache.applied({ inserted: change.inserted, acked: change.ackedRanges, deleted: change.deleted });
    if (change.materialized) this.stage.clear();
  }

  /** Records (or bytes) of a class in the file or staged, acked ones left out. */
  waiting(what: 'records' | 'bytes', priority: number): number {
    return (this[what][priority] ?? 0) + (this.stage[what][priority] ?? 0);
  }

  /** Records waiting, staged ones included (within a transaction, its changes too: the stage is written into the file by then). */
  totalRecords(change?: Change): number {
    if (change?.materialized === true) return sum(this.records) + sum(change.records);
    return sum(this.records) + this.stage.size + (change === undefined ? 0 : sum(change.records));
  }

  totalBytes(change?: Change): number {
    if (change?.materialized === true) return sum(this.bytes) + sum(change.bytes);
    return sum(this.bytes) + this.stage.totalBytes + (change === undefined ? 0 : sum(change.bytes));
  }

  /**
   * The class's unacked records, oldest first, a page at a time (callers may stop early); an
   * acked range is stepped over in one query, so a mostly drained segment costs little to pass.
   */
  private *unacked<T extends { seq: number }>(priority: outpost.v1.Priority, columns: 'oldest' | 'page', wanted = SCAN_PAGE, from = 0): Generator<T> {
    const pageSize = pageRows(wanted);
    for (const segment of [...this.segments.of(priority)]) {
      // No row past `from` (lastSeq is at least the newest row's seq): no query that finds nothing,
      // as the uplink's once-a-second look on a drained outbox made (issue 13).
      if (segment.state.rows === 0 || segment.state.lastSeq <= from) continue;
      for (let after = from, done = false; !done; ) {
        const rows = segment.rowsAfter<T>(columns, after, pageSize);
        // A short page is the segment's end, unless an acked range cut it short: no second query
        // that finds nothing after each batch (issue 13).
        done = rows.length < pageSize;
        for (const row of rows) {
          after = row.seq;
          const acked = segment.ackedRangeOf(row.seq);
          if (acked !== undefined) {
            after = acked.last;
            done = false;
            break;
          }
          yield row;
        }
      }
    }
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
