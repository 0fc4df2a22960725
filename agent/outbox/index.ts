/**
 * The store-and-forward outbox: encoded outpost.v1.Records in one SQLite file (WAL mode).
 *
 * Invariants (the tests in test/outbox/ check each one):
 *
 * What survives a crash (kill -9, power cut)
 * 1. `enqueue` resolves only after the transaction holding its records has committed with
 *    `synchronous = FULL` (the WAL is fsynced). Every record of a resolved enqueue survives.
 *    An enqueue that had not resolved may or may not have committed; if not, its seqs are
 *    given to later records (they were never handed out, so the centre never saw them).
 * 2. Seqs rise by one per committed record and are never reused: the next seq is saved in the
 *    same transaction as the records. A new store (new `store_id`) starts again at 1.
 * 3. Only committed records are handed out. Leases live in memory: after a restart every
 *    record not acked is offered again; the centre drops copies by (store_id, seq).
 * 4. Deletes (ack, expiry, compaction on release) commit with `synchronous = NORMAL`: a power
 *    cut may undo the last of them, so an acked record can be sent again (deduped) or an expired
 *    one expire again. The next enqueue's sync makes them durable.
 *
 * What is deleted when
 * 5. A record leaves the file only when acked; when older than its class TTL on the store
 *    clock (store-clock.ts: ages follow a monotonic clock, so wall-clock jumps neither expire
 *    everything nor nothing); when the store is over `max_bytes` or `max_records` (evicted:
 *    oldest bulk, then status, then alarms last); or, with `compact_status`, when a newer
 *    status record of the same key (reading: sensor; health) arrives. Records out on a lease
 *    are never expired, evicted or compacted under the uplink.
 * 6. Every expiry, eviction and compaction is summed per (reason, class) in the `drops` table in
 *    the transaction that deletes; at most once per `drop_report_interval` the sums become
 *    RECORDS_DROPPED Event records in the transaction that clears them. None is lost or
 *    reported twice, crash or not; a storm of evictions is a handful of events.
 *
 * What happens when full, or when the disk fails
 * 7. Full (over a bound) is not an error: the enqueue commits and evicts in one transaction.
 * 8. A failing write (SQLITE_FULL, SQLITE_IOERR...) rolls back. Its records wait in memory,
 *    their enqueues still pending, and are retried with backoff; health is `fault`. Beyond
 *    `memory_queue` records, whole enqueues are refused (rejected, retryable), those without
 *    alarms first, then the oldest: the newest alarms are kept longest. Each refused record is
 *    counted and reported as a REJECTED drop once the disk works again.
 * 9. A file that cannot be read at open (garbage, truncated, zero bytes, a newer schema) is
 *    moved aside as `<name>.corrupt-<timestamp>` with its -wal and -shm, and a fresh store
 *    starts whose first record is a STORE_RESET alarm event. Never a crash loop.
 */
import type Database from 'better-sqlite3';
import { v1 } from '../codec/index.js';
import { describeError } from '../errors.js';
import type { ComponentHealthReport } from '../runtime/component.js';
import { HealthState } from '../runtime/component.js';
import { Backoff } from '../runtime/backoff.js';
import type { outpost } from '../codec/index.js';
import { admit } from './admission.js';
import { DropLedger } from './drop-ledger.js';
import { DropTally, dropEvent } from './drops.js';
import { LeaseBook } from './leases.js';
import { closedError, rejectedError, storeResetEvent, writeFailureMessage } from './notices.js';
import { checkOptions, type OutboxOptions } from './options.js';
import { PendingQueue } from './pending-queue.js';
import { Change, DRAIN_ORDER, RecordStore } from './record-store.js';
import { StoreClock } from './store-clock.js';
import { openStoreFile, type StoreReset } from './store-file.js';
import type { BatchLimits, Lease, LeasedRecord, Outbox, OutboxStats, SeqRange } from './types.js';

export type { Outbox, OutboxStats, Lease, LeasedRecord, BatchLimits, SeqRange, ClassStats } from './types.js';
export { outboxOptionsFrom, type OutboxOptions, type OutboxRuntime } from './options.js';
export type { OutboxConfig } from './config.js';

const { Priority, DropReason } = v1;
/** A burst this large commits at once instead of waiting out the group-commit window. */
const GROUP_LIMIT = 10_000;
const MAINTENANCE_MS = 5_000;
const EXPIRY_EVERY_MS = 1_000;
const CLOCK_SAVE_EVERY_MS = 60_000;
/** Lease ids are unique in the process, so a lease from a closed store never releases one of a new store. */
let leaseIds = 0;

export class SqliteOutbox implements Outbox {
  readonly storeId: bigint;
  private readonly clock: StoreClock;
  private readonly store: RecordStore;
  private readonly ledger: DropLedger;
  private readonly leases = new LeaseBook(() => ++leaseIds);
  private readonly queue = new PendingQueue();
  private readonly state: HealthState;
  private readonly retry = new Backoff(100, 30_000);
  private readonly saveStore: Database.Statement;
  private readonly rejected = new DropTally();
  private readonly counts = { enqueued: 0, acked: 0, evicted: 0, expired: 0, compacted: 0, rejected: 0, commits: 0, leaseTimeouts: 0 };
  private nextSeq: number;
  private pendingAcks: SeqRange[] = [];
  private failure: unknown;
  private dropsPending: boolean;
  private reportRequested = false;
  private lastReport: number;
  private lastExpiry: number;
  private lastClockSave: number;
  private cancelFlush: (() => void) | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private reportTimer: NodeJS.Timeout | undefined;
  private readonly maintenanceTimer: NodeJS.Timeout;
  private closing = false;
  private closed = false;

  /** Opens (or creates) the store at `path`; an unreadable file is moved aside, never a reason to fail (invariant 9). */
  static open(path: string, options: OutboxOptions): SqliteOutbox {
    checkOptions(options);
    const seed = (reset: StoreReset) => ({ priority: Priority.PRIORITY_STATUS, body: admit([storeResetEvent(reset, options.now())])[0]!.body });
    const opened = openStoreFile(path, options.now, seed);
    try {
      return new SqliteOutbox(path, opened.db, opened.reset, options);
    } catch (error) {
      opened.db.close();
      throw error;
    }
  }

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    reset: StoreReset | undefined,
    private readonly options: OutboxOptions,
  ) {
    const row = db.prepare('SELECT store_id, next_seq, clock_ms, wall_ms FROM store WHERE id = 1').get() as {
      store_id: string;
      next_seq: number;
      clock_ms: number;
      wall_ms: number;
    };
    this.storeId = BigInt(row.store_id);
    this.nextSeq = row.next_seq;
    const { ttlMs } = options;
    this.clock = new StoreClock({ clockMs: row.clock_ms, wallMs: row.wall_ms }, options.now, options.monotonic, Math.max(ttlMs.alarm, ttlMs.status, ttlMs.bulk));
    this.store = new RecordStore(db, options, this.clock, (seq) => this.leases.has(seq));
    this.store.load();
    this.ledger = new DropLedger(db);
    this.saveStore = db.prepare('UPDATE store SET next_seq = ?, clock_ms = ?, wall_ms = ? WHERE id = 1');
    this.state = new HealthState(options.now);
    this.state.set('ok');
    this.lastReport = this.lastClockSave = this.clock.now();
    // The first batch after open sweeps: records may have expired while the post was off.
    this.lastExpiry = Number.NEGATIVE_INFINITY;
    const superseded = this.store.superseded();
    if (superseded.length > 0) this.transact(false, (change) => superseded.forEach((seq) => this.store.drop(change, seq, DropReason.DROP_REASON_COMPACTED)));
    this.dropsPending = this.ledger.pending;
    if (this.dropsPending) this.armReport();
    this.maintenanceTimer = setInterval(() => this.maintain(), MAINTENANCE_MS).unref();
    const log = options.log;
    log.info({ path, storeId: this.storeId.toString(), records: this.store.totalRecords(), bytes: this.store.totalBytes(), nextSeq: this.nextSeq }, 'outbox open');
    if (reset !== undefined) log.error({ path, movedTo: reset.movedTo, reason: reset.reason }, 'outbox file unreadable; moved aside and started a fresh store');
    if (this.clock.opened.jumped) {
      log.warn({ wallGapMs: this.clock.opened.wallGapMs }, 'the wall clock moved backwards or by more than any TTL since the store was last open; that downtime is not counted towards TTLs');
    }
    options.onDatabase?.(db);
  }

  enqueue(records: readonly outpost.v1.IRecord[]): Promise<number[]> {
    if (this.closing) return Promise.reject(closedError(records.length));
    let items;
    try {
      items = admit(records);
    } catch (error) {
      return Promise.reject(error);
    }
    if (items.length === 0) return Promise.resolve([]);
    return new Promise<number[]>((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      if (this.failure !== undefined) this.shed();
      else if (this.queue.records >= GROUP_LIMIT) this.flush();
      else this.scheduleFlush();
    });
  }

  nextBatch(limits: BatchLimits): Lease | undefined {
    if (this.closing) return undefined;
    this.maintain();
    const maxRecords = Math.max(1, Math.floor(limits.maxRecords));
    const records: LeasedRecord[] = [];
    let bytes = 0;
    drain: for (const priority of DRAIN_ORDER) {
      for (let after = 0; ; ) {
        const rows = this.store.page(priority, after, maxRecords + 16);
        if (rows.length === 0) break;
        for (const row of rows) {
          after = row.seq;
          if (this.leases.has(row.seq) || this.awaitingDelete(row.seq)) continue;
          // A record larger than maxBytes goes alone rather than never.
          if (records.length >= maxRecords || (records.length > 0 && bytes + row.size > limits.maxBytes)) break drain;
          records.push({ seq: row.seq, priority, bytes: row.body });
          bytes += row.size;
        }
      }
    }
    if (records.length === 0) return undefined;
    const id = this.leases.grant(
      records.map((record) => record.seq),
      this.clock.now() + this.options.leaseMs,
    );
    return { id, records, bytes };
  }

  ack(ranges: readonly SeqRange[]): number {
    if (this.closed) return 0;
    const valid = ranges.filter((range) => range.first <= range.last);
    let removed: number[] = [];
    try {
      this.transact(false, (change) => {
        removed = valid.flatMap((range) => this.store.removeAcked(change, range.first, range.last));
      });
    } catch (error) {
      // Applied with the next write that works; until then these records are not offered again.
      this.pendingAcks.push(...valid);
      this.writeFailed(error);
      return valid.reduce((total, range) => total + this.store.countRange(range.first, range.last), 0);
    }
    for (const seq of removed) this.leases.forget(seq);
    this.counts.acked += removed.length;
    return removed.length;
  }

  release(lease: Lease): void {
    if (this.closed) return;
    this.compactFreed(this.leases.release(lease.id));
  }

  stats(): OutboxStats {
    const now = this.clock.now();
    const classes = DRAIN_ORDER.map((priority) => {
      const oldest = this.closed ? undefined : this.store.oldestCreated(priority);
      return {
        priority,
        records: this.store.records[priority] ?? 0,
        bytes: this.store.bytes[priority] ?? 0,
        oldestAgeS: oldest === undefined ? 0 : Math.max(0, Math.floor((now - oldest) / 1000)),
      };
    });
    const { enqueued, acked, evicted, expired, compacted } = this.counts;
    return {
      storeId: this.storeId,
      classes,
      records: this.store.totalRecords(),
      bytes: this.store.totalBytes(),
      enqueued,
      acked,
      evicted,
      expired,
      compacted,
      pendingInMemory: this.failure === undefined ? 0 : this.queue.records,
    };
  }

  health(): ComponentHealthReport {
    if (this.closed) this.state.set('stopped');
    else if (this.failure !== undefined) this.state.set('fault', writeFailureMessage(this.path, this.failure, this.queue.records, this.options.memoryQueue));
    else {
      const fill = Math.max(this.store.totalBytes() / this.options.maxBytes, this.store.totalRecords() / this.options.maxRecords);
      if (fill >= 0.9) {
        this.state.set('degraded', `the outbox is ${Math.round(fill * 100)}% full (max_bytes, max_records); the oldest bulk, then status, then alarm records are evicted`);
      } else this.state.set('ok');
    }
    return this.state.snapshot({
      records: this.store.totalRecords(),
      bytes: this.store.totalBytes(),
      alarm_records: this.store.records[Priority.PRIORITY_ALARM] ?? 0,
      status_records: this.store.records[Priority.PRIORITY_STATUS] ?? 0,
      bulk_records: this.store.records[Priority.PRIORITY_BULK] ?? 0,
      leased: this.leases.size,
      pending_in_memory: this.failure === undefined ? 0 : this.queue.records,
      enqueued: this.counts.enqueued,
      acked: this.counts.acked,
      evicted: this.counts.evicted,
      expired: this.counts.expired,
      compacted: this.counts.compacted,
      rejected: this.counts.rejected,
      commits: this.counts.commits,
      lease_timeouts: this.counts.leaseTimeouts,
    });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.reportRequested = true;
    this.flush();
    this.stopTimers();
    const left = this.queue.takeAll();
    const lost = left.reduce((total, entry) => total + entry.items.length, 0);
    if (lost > 0) this.options.log.error({ records: lost, err: describeError(this.failure) }, 'outbox closing with records it could not write');
    for (const entry of left) entry.reject(closedError(entry.items.length));
    try {
      this.transact(false, () => this.saveClock());
    } catch (error) {
      this.options.log.warn({ err: describeError(error) }, 'could not save the store clock at close');
    }
    this.closed = true;
    this.db.close();
  }

  private scheduleFlush(): void {
    if (this.cancelFlush !== undefined || this.failure !== undefined || this.closing) return;
    if (this.options.groupCommitMs > 0) {
      const timer = setTimeout(() => this.flush(), this.options.groupCommitMs);
      this.cancelFlush = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(() => this.flush());
      this.cancelFlush = () => clearImmediate(immediate);
    }
  }

  /** One transaction for everything queued: the records, acks the disk refused before, the drop report when due; then evictions. */
  private flush(): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    if (this.closed) return;
    const batch = this.queue.takeAll();
    const report = this.reportDue();
    if (batch.length === 0 && !report && this.pendingAcks.length === 0) return;
    const assigned: number[][] = [];
    let seq = this.nextSeq;
    let acked: number[] = [];
    try {
      this.transact(true, (change) => {
        const created = this.clock.now();
        acked = this.pendingAcks.flatMap((range) => this.store.removeAcked(change, range.first, range.last));
        for (const entry of batch) assigned.push(entry.items.map((item) => (this.store.insert(change, seq, item, created), seq++)));
        if (report) seq = this.writeReport(change, seq, created);
        this.store.evictOverflow(change);
        this.saveStore.run(seq, created, this.options.now());
      });
    } catch (error) {
      this.queue.putBack(batch);
      this.writeFailed(error);
      return;
    }
    this.nextSeq = seq;
    this.lastClockSave = this.clock.now();
    this.pendingAcks = [];
    for (const done of acked) this.leases.forget(done);
    this.counts.acked += acked.length;
    batch.forEach((entry, index) => {
      this.counts.enqueued += entry.items.length;
      entry.resolve(assigned[index] ?? []);
    });
    if (this.failure !== undefined) {
      this.options.log.info({ path: this.path }, 'outbox store writable again');
      this.failure = undefined;
      this.retry.reset();
      if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
    }
  }

  /** Turns every drop sum (file, this transaction, refusals in memory) into Event records; returns the next seq. */
  private writeReport(change: Change, firstSeq: number, created: number): number {
    const sums = new DropTally();
    for (const sum of [...this.ledger.take(), ...change.drops.list(), ...this.rejected.list(), ...this.store.takeReports(change)]) sums.merge(sum);
    change.drops.clear();
    change.reported = true;
    let seq = firstSeq;
    const wall = this.options.now();
    for (const item of admit(sums.list().map((sum) => dropEvent(sum, wall)))) this.store.insert(change, seq++, item, created);
    return seq;
  }

  /**
   * Runs `work` in one transaction and applies its Change once committed. `durable` commits
   * with the FULL sync; deletes use NORMAL (invariant 4).
   */
  private transact(durable: boolean, work: (change: Change) => void): void {
    const change = new Change();
    if (!durable) this.db.pragma('synchronous = NORMAL');
    try {
      this.db.transaction(() => {
        work(change);
        if (!change.drops.empty) this.ledger.add(change.drops.list());
      })();
    } finally {
      if (!durable) this.db.pragma('synchronous = FULL');
    }
    this.store.apply(change);
    this.counts.evicted += change.dropped.evicted;
    this.counts.expired += change.dropped.expired;
    this.counts.compacted += change.dropped.compacted;
    if (durable) this.counts.commits += 1;
    if (change.reported) {
      this.rejected.clear();
      this.reportRequested = false;
      this.lastReport = this.clock.now();
      this.dropsPending = false;
    }
    if (!change.drops.empty) {
      this.dropsPending = true;
      this.armReport();
    }
  }

  private reportDue(): boolean {
    if (!this.dropsPending && this.rejected.empty) return false;
    return this.reportRequested || this.clock.now() - this.lastReport >= this.options.dropReportIntervalMs;
  }

  private armReport(): void {
    if (this.reportTimer !== undefined || this.closing) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      this.reportRequested = true;
      this.scheduleFlush();
    }, this.options.dropReportIntervalMs);
    this.reportTimer.unref();
  }

  private writeFailed(error: unknown): void {
    const first = this.failure === undefined;
    this.failure = error;
    this.shed();
    const delay = this.retry.next();
    const fields = { path: this.path, err: describeError(error), held: this.queue.records, retryInMs: delay };
    if (first) this.options.log.error(fields, 'outbox cannot write its store; holding records in memory');
    else this.options.log.warn(fields, 'outbox store still failing');
    if (this.retryTimer !== undefined || this.closing) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.flush();
    }, delay);
  }

  /** While the disk fails: refuses whole enqueues beyond `memory_queue` (invariant 8). */
  private shed(): void {
    const wall = this.options.now();
    for (const entry of this.queue.shed(this.options.memoryQueue)) {
      for (const item of entry.items) this.rejected.add(DropReason.DROP_REASON_REJECTED, item.priority, 0, item.body.length, wall);
      this.counts.rejected += entry.items.length;
      entry.reject(rejectedError(entry.items.length, this.options.memoryQueue, this.failure));
    }
  }

  /** Lease timeouts, TTL expiry and saving the store clock; runs on a timer and before each batch. */
  private maintain(): void {
    if (this.closing) return;
    const now = this.clock.now();
    const freed = this.leases.expire(now);
    this.counts.leaseTimeouts += freed.length;
    this.compactFreed(freed);
    const expire = now - this.lastExpiry >= EXPIRY_EVERY_MS;
    const save = now - this.lastClockSave >= CLOCK_SAVE_EVERY_MS;
    if (!expire && !save) return;
    try {
      this.transact(false, (change) => {
        if (expire) this.store.expire(change, (priority) => this.ttlOf(priority));
        if (save) this.saveClock();
      });
      if (expire) this.lastExpiry = now;
      if (save) this.lastClockSave = now;
    } catch (error) {
      this.options.log.warn({ err: describeError(error) }, 'outbox maintenance (expiry) failed; trying again later');
    }
  }

  private compactFreed(seqs: readonly number[]): void {
    if (!this.options.compactStatus || seqs.length === 0) return;
    try {
      this.transact(false, (change) => seqs.forEach((seq) => this.store.compactIfSuperseded(change, seq)));
    } catch (error) {
      this.options.log.warn({ err: describeError(error) }, 'outbox compaction failed; trying again later');
    }
  }

  private saveClock(): void {
    const reading = this.clock.reading();
    this.saveStore.run(this.nextSeq, reading.clockMs, reading.wallMs);
  }

  private ttlOf(priority: outpost.v1.Priority): number {
    const { ttlMs } = this.options;
    if (priority === Priority.PRIORITY_ALARM) return ttlMs.alarm;
    if (priority === Priority.PRIORITY_BULK) return ttlMs.bulk;
    return ttlMs.status;
  }

  private awaitingDelete(seq: number): boolean {
    return this.pendingAcks.some((range) => seq >= range.first && seq <= range.last);
  }

  private stopTimers(): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    clearInterval(this.maintenanceTimer);
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    if (this.reportTimer !== undefined) clearTimeout(this.reportTimer);
    this.retryTimer = this.reportTimer = undefined;
  }
}
