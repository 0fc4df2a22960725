/**
 * The store-and-forward outbox: encoded outpost.v1.Records in one SQLite file (WAL mode).
 *
 * Invariants (the tests in test/outbox/ check each one):
 *
 * What survives a crash (kill -9, power cut)
 * 1. `enqueue` resolves only after the transaction holding its records has committed with
 *    `synchronous = FULL` (the WAL is fsynced). Every record of a resolved enqueue survives.
 *    With `readings_sync: normal`, a transaction holding only readings commits with NORMAL:
 *    they survive a crash (kill -9), not a power cut, which the high-water mark then reports.
 *    With `readings_sync: full`, a commit of status records alone that deletes nothing goes to
 *    the staging journal instead, one entry fdatasynced before it resolves (staging-journal.ts);
 *    every transaction of the file first writes the staged records into it, and at open the
 *    journal's newest generation above the file's seqs is written into it before anything else.
 *    An enqueue that had not resolved may or may not have committed; if not, its seqs are
 *    given to later records (they were never handed out, so the centre never saw them).
 * 2. Seqs rise by one per committed record and are never reused: the next seq is saved in the
 *    same transaction as the records. A new store (new `store_id`) starts again at 1.
 * 3. Only committed records are handed out. Leases live in memory: after a restart every
 *    record whose ack was not written is offered again; the centre drops copies by (store_id, seq).
 * 4. Acks (written in batches as seq ranges) and deletes (expiry, compaction on release) commit
 *    with `synchronous = NORMAL`: a power cut may undo the last of them, so an acked record can
 *    be sent again (deduped) or an expired one expire again. The next enqueue's sync makes
 *    them durable.
 *
 * What is deleted when
 * 5. A record stops counting (stats, bounds) and is never offered again once acked: acks are
 *    kept as seq ranges per segment in the `acked` table. It is deleted on its own only when
 *    older than its class TTL on the store clock (store-clock.ts: ages follow a monotonic
 *    clock, so wall-clock jumps neither expire everything nor nothing); when the store is over
 *    `max_bytes` or `max_records` (evicted: oldest bulk, then status, then alarms last); or,
 *    with `compact_status`, when a newer status record of the same key (reading: sensor;
 *    health) arrives. Records out on a lease, or acked, are never expired, evicted or compacted.
 *    Each class's records sit in segments (class-tables.ts, segments.ts); the transaction that
 *    settles (acks or deletes) the last live record of a segment drops the segment whole, its
 *    acked records and ranges with it. Until then acked records take disk, not bounds.
 * 6. Every expiry, eviction and compaction is summed per (reason, class) in the `drops` table in
 *    the transaction that deletes; at most once per `drop_report_interval` the sums become
 *    RECORDS_DROPPED Event records in the transaction that clears them. None is lost or
 *    reported twice, crash or not; a storm of evictions is a handful of events. Acked records
 *    are never counted as dropped, nor are segment drops.
 *
 * What happens when full, or when the disk fails
 * 7. Full (over a bound) is not an error: the enqueue commits and evicts in one transaction.
 * 8. A failing write (SQLITE_FULL, SQLITE_IOERR...) rolls back. Its records wait in memory,
 *    their enqueues still pending, and are retried with backoff; health is `fault`. Beyond
 *    `memory_queue` records, whole enqueues are refused (rejected, retryable), those without
 *    alarms first, then the oldest: the newest alarms are kept longest. A refusal is counted
 *    (`rejected`) but is not a drop: the caller holds the records and offers them again (the
 *    pipeline does), so the centre is told of a loss only by whoever finally drops a record.
 * 9. A file that cannot be read at open (garbage, truncated, zero bytes, a newer schema) is
 *    moved aside as `<name>.corrupt-<timestamp>` with its -wal and -shm, and a fresh store
 *    starts whose first record is a STORE_RESET alarm event. Never a crash loop. A file of
 *    schema 1 (one table per class) is upgraded in place, its records kept (store-file.ts).
 *
 * What happens when the file goes backwards
 * 10. The highest committed seq is also kept in `<path>.high-water`, apart from the database
 *    and its WAL, overwritten after commits that handed out seqs, off the event loop (so it never
 *    claims an uncommitted seq, and may lag the last commits at a power cut); synced at once after
 *    a commit that did not sync its WAL, within 10 s after one that did (high-water.ts). A file that opens with its highest seq below the mark of the
 *    same store id lost commits (a deleted WAL, a card that lied about fsync): it takes a new
 *    store id before anything is sent, so invariant 2 holds per (store_id, seq), and queues a
 *    STORE_RESET alarm event naming the old id and the lost seqs (high-water.ts, rewind.ts).
 *    Store files are 0600 whatever the umask.
 * 11. A file damaged while open (SQLITE_CORRUPT, SQLITE_NOTADB, a short read, or the file probe
 *    before each flush, batch and expiry transaction (at most once a second), compaction and health check finding
 *    it replaced, shorter or with a foreign header) makes health `fault` at once and is never written again; the owner
 *    (DeferredOutbox) closes the store, and the next open moves the file aside as in 9 with a
 *    STORE_RESET event counting the records and bytes it held (damage.ts).
 */
import type Database from 'better-sqlite3';
import { v1, type outpost } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import { HealthState, type ComponentHealthReport, type HealthStatus } from '../../kernel/component.js';
import { everyOnGrid } from '../../kernel/grid-timer.js';
import type { Timers } from '../../kernel/timers.js';
import { admit } from './admission.js';
import { newestInFile } from './class-tables.js';
import { DropLedger } from './drop-ledger.js';
import { DropReporting } from './drop-reporting.js';
import { GroupCommit } from './group-commit.js';
import { Handout } from './handout.js';
import { FailingDisk } from './failing-disk.js';
import { DamageWatch } from './damage.js';
import { HighWater, highWaterPath } from './high-water.js';
import { announceRewind, checkRewind, type Rewind } from './rewind.js';
import { closedError, storeResetEvent } from './notices.js';
import type { OutboxOptions } from './options.js';
import { outboxHealth, outboxStats, outboxStatus, type OutboxState } from './outbox-report.js';
import { PendingQueue } from './pending-queue.js';
import { RecordStore } from './record-store.js';
import { StoreClock } from './store-clock.js';
import { STORE_FILE_MODE, openStoreFile, type StoreReset } from './store-file.js';
import { StagingJournal, stagingPath, type JournalFound } from './staging-journal.js';
import { StoreWriter } from './store-writer.js';
import type { BatchLimits, Lease, Outbox, OutboxStats, SeqRange } from './types.js';

export type { Outbox, OutboxStats, Lease, LeasedRecord, BatchLimits, SeqRange, ClassStats } from './types.js';
export { outboxOptionsFrom, type OutboxOptions, type OutboxRuntime } from './options.js';
export type { OutboxConfig } from './config.js';

const { Priority } = v1;
/** Timers that do not keep the process alive on their own. */
const backgroundTimers: Timers = { setTimeout: (callback, ms) => setTimeout(callback, ms).unref(), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };
const MAINTENANCE_MS = 5_000;
const EXPIRY_EVERY_MS = 1_000;
const CLOCK_SAVE_EVERY_MS = 60_000;

type OpenedJournal = { journal: StagingJournal; found: JournalFound };

/** The store's staging journal and what it holds for the store; undefined (logged) when it cannot be opened: every commit is then a transaction. */
function openJournal(path: string, db: Database.Database, log: OutboxOptions['log']): OpenedJournal | undefined {
  const storeId = db.prepare('SELECT store_id FROM store WHERE id = 1').pluck().get() as string;
  try {
    return StagingJournal.open(stagingPath(path), BigInt(storeId), STORE_FILE_MODE);
  } catch (error) {
    log.warn({ err: describeError(error), path: stagingPath(path) }, 'outbox cannot open its staging journal; records go into the store file');
    return undefined;
  }
}

export class SqliteOutbox implements Outbox {
  readonly storeId: bigint;
  /** Set when the file reopened below its high-water mark and took a new store id (invariant 10). */
  readonly rewind: Rewind | undefined;
  private readonly highWater: HighWater;
  private readonly clock: StoreClock;
  private readonly store: RecordStore;
  private readonly reporting: DropReporting;
  private readonly writer: StoreWriter;
  private readonly queue = new PendingQueue();
  private readonly state: HealthState;
  private readonly disk: FailingDisk;
  /** Finds the file damaged while open; the store then only waits to be replaced (invariant 11). */
  private readonly damage: DamageWatch;
  /** Leases out with the uplink, acks waiting to be written. */
  private readonly handout: Handout;
  private lastExpiry = Number.NEGATIVE_INFINITY;
  private readonly group: GroupCommit;
  private readonly stopMaintenance: () => void;
  private closing = false;
  private closed = false;

  /** Opens (or creates) the store at `path`; an unreadable file is moved aside, never a reason to fail (invariant 9). */
  static open(path: string, options: OutboxOptions): SqliteOutbox {
    const seed = (reset: StoreReset) => ({ priority: Priority.PRIORITY_STATUS, body: admit([storeResetEvent(reset, options.now(), options.damaged)])[0]!.body });
    const opened = openStoreFile(path, options.now, seed, options.damaged?.reason);
    let staging: OpenedJournal | undefined;
    let outbox: SqliteOutbox;
    try {
      staging = openJournal(path, opened.db, options.log);
      outbox = new SqliteOutbox(path, opened.db, opened.reset, staging, options);
    } catch (error) {
      opened.db.close();
      staging?.journal.close();
      throw error;
    }
    if (outbox.rewind !== undefined) announceRewind(outbox.rewind, path, outbox, options);
    return outbox;
  }

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    reset: StoreReset | undefined,
    staging: OpenedJournal | undefined,
    private readonly options: OutboxOptions,
  ) {
    const saved = db.prepare('SELECT store_id, next_seq, clock_ms, wall_ms FROM store WHERE id = 1').get() as { store_id: string; next_seq: number; clock_ms: number; wall_ms: number };
    const newest = newestInFile(db);
    // The seq after everything in the file; the staging journal may hold newer ones (staging-journal.ts).
    const storedNext = Math.max(saved.next_seq, newest.seq + 1);
    const nextSeq = Math.max(storedNext, (staging?.found.maxSeq ?? 0) + 1);
    this.rewind = checkRewind(db, highWaterPath(path), saved.store_id, nextSeq - 1);
    this.storeId = this.rewind?.newStoreId ?? BigInt(saved.store_id);
    this.damage = new DamageWatch(path, options.log, () => ({ records: this.store.totalRecords(), bytes: this.store.totalBytes() }), () => this.closed, options.onDamaged, options.monotonic);
    this.highWater = new HighWater(highWaterPath(path), this.storeId, options.log);
    // What the file holds at open may include readings never synced (a kill -9 with readings_sync: normal): synced at once.
    this.highWater.save(nextSeq - 1, false);
    const { ttlMs, log } = options;
    const longestTtl = Math.max(ttlMs.alarm, ttlMs.status, ttlMs.bulk);
    this.clock = new StoreClock({ clockMs: saved.clock_ms, wallMs: saved.wall_ms }, options.now, options.monotonic, longestTtl, Math.max(newest.createdMs, staging?.found.maxCreatedMs ?? 0));
    this.store = new RecordStore(db, options, this.clock, (seq) => this.handout.held(seq));
    this.store.load();
    const ledger = new DropLedger(db);
    this.state = new HealthState(options.now);
    this.state.set('ok');
    this.reporting = new DropReporting(options.dropReportIntervalMs, () => this.clock.now(), () => this.scheduleFlush(), ledger.pending);
    // With readings_sync: normal, nothing is staged: a journal left by a run with `full` is only read back.
    const journal = options.readingsSync === 'full' && options.stagingJournal ? staging?.journal : undefined;
    if (journal === undefined) staging?.journal.close();
    const journalFailed = (error: unknown) => log.warn({ err: describeError(error) }, 'outbox cannot write its staging journal; records go into the store file from now on');
    this.writer = new StoreWriter(db, this.store, ledger, this.reporting, this.clock, options.now, nextSeq, options.readingsSync, journal, () => this.storeId, journalFailed);
    this.disk = new FailingDisk(path, options.memoryQueue, this.queue, log, () => this.flush());
    this.group = new GroupCommit(options.groupCommitMs, () => this.flush());
    const { store, writer, damage, disk } = this;
    this.handout = new Handout({ store, writer, damage, disk, log, leaseMs: options.leaseMs, compactStatus: options.compactStatus, timers: options.timers ?? backgroundTimers, now: () => this.clock.now(), closing: () => this.closing, closed: () => this.closed });
    // The journal's newest generation may hold records the file does not (committed since its last transaction).
    const waiting = staging?.found.newest.filter((record) => record.seq >= storedNext) ?? [];
    if (waiting.length > 0) {
      this.writer.restage(waiting);
      try {
        this.writer.materializeStage();
        log.info({ records: waiting.length, first_seq: waiting[0]?.seq, last_seq: waiting.at(-1)?.seq }, 'outbox wrote the records its staging journal held into the store');
      } catch (error) {
        log.warn({ err: describeError(error), records: waiting.length }, 'outbox could not write its staging journal into the store at open; the records wait staged');
      }
    }
    try {
      this.writer.compactSuperseded(this.store.superseded());
    } catch (error) {
      log.warn({ err: describeError(error) }, 'outbox could not compact at open; the superseded readings wait for their turn');
    }
    // On the wall clock's 5 s grid, as the health watch (agent/runtime/health-reporter.ts): an idle post wakes once for both (issue 13).
    this.stopMaintenance = everyOnGrid(MAINTENANCE_MS, () => this.maintain(true), Date.now, backgroundTimers);
    log.info({ path, store_id: this.storeId.toString(), records: this.store.totalRecords(), bytes: this.store.totalBytes(), next_seq: this.writer.nextSeq }, 'outbox open');
    if (reset !== undefined) log.error({ path, moved_to: reset.movedTo, reason: reset.reason }, 'outbox file unreadable; moved aside and started a fresh store');
    if (this.clock.opened.jumped) {
      log.warn({ wall_gap_ms: this.clock.opened.wallGapMs }, 'the wall clock moved backwards, or further than any TTL, since the store was last open; that downtime does not count towards TTLs');
    }
    options.onDatabase?.(db);
  }

  enqueue(records: readonly outpost.v1.IRecord[]): Promise<number[]> {
    if (this.closing) return Promise.reject(closedError(records.length, this.damage.error !== undefined));
    let items;
    try {
      items = admit(records);
    } catch (error) {
      return Promise.reject(error);
    }
    if (items.length === 0) return Promise.resolve([]);
    return new Promise<number[]>((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      if (this.disk.failing) this.disk.shed();
      else this.scheduleFlush();
    });
  }

  nextBatch(limits: BatchLimits): Lease | undefined {
    if (this.closing) return undefined;
    this.maintain();
    return this.handout.next(limits);
  }

  ack(ranges: readonly SeqRange[]): number {
    return this.closed ? 0 : this.handout.ack(ranges);
  }

  release(lease: Lease): void {
    if (!this.closed) this.handout.release(lease.id);
  }

  stats(): OutboxStats {
    return outboxStats(this.snapshotState());
  }

  health(): ComponentHealthReport {
    this.damage.check();
    return outboxHealth(this.snapshotState(), this.state);
  }

  /** health() without the counters (the health watch's look every 5 s): the file is probed all the same. */
  healthStatus(): HealthStatus {
    this.damage.check();
    outboxStatus(this.snapshotState(), this.state);
    return this.state.current;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.reporting.requestNow();
    this.handout.backlog.owe();
    this.flush();
    this.stopTimers();
    const left = this.queue.takeAll();
    const lost = left.reduce((total, entry) => total + entry.items.length, 0);
    const damaged = this.damage.error !== undefined;
    if (lost > 0 && damaged) this.options.log.warn({ records: lost }, 'outbox closing to replace its damaged file; its pending records go back to the pipeline');
    else if (lost > 0) this.options.log.error({ records: lost, err: describeError(this.disk.error) }, 'outbox closing with records it could not write');
    for (const entry of left) entry.reject(closedError(entry.items.length, damaged));
    try {
      this.writer.saveClockNow();
    } catch (error) {
      this.options.log.warn({ err: describeError(error) }, 'could not save the store clock at close');
    }
    this.closed = true;
    this.db.close();
    this.writer.closeJournal();
    this.damage.close();
    await this.highWater.close();
  }

  private scheduleFlush(): void {
    if (!this.disk.failing && !this.closing) this.group.schedule(this.queue.records);
  }

  /** One durable transaction for everything queued: acks not yet written, the records, the drop report when due; then evictions. */
  private flush(): void {
    this.group.clear();
    if (this.closed) return;
    if (this.damage.check()) return;
    const batch = this.queue.takeAll();
    const report = this.reporting.due;
    // Near the bounds, acks go first so that room is never made by evicting waiting records while acked ones still count.
    const { backlog } = this.handout;
    const acks = backlog.size > 0 && (backlog.due || this.nearlyFull());
    if (batch.length === 0 && !report && !acks) return;
    try {
      const assigned = this.writer.commit(batch, acks ? backlog.ranges() : [], report);
      batch.forEach((entry, index) => entry.resolve(assigned[index] ?? []));
    } catch (error) {
      this.queue.putBack(batch);
      // A damaged file is not retried: its enqueues stay pending until the owner replaces the store (close rejects them, retryable).
      if (!this.damage.caught(error)) this.disk.failed(error, this.closing);
      return;
    }
    if (acks) backlog.written();
    this.highWater.save(this.writer.nextSeq - 1, this.writer.walSynced);
    this.disk.recovered();
  }

  /** Lease timeouts, TTL expiry and saving the store clock; runs on a timer and before each batch. */
  private maintain(onTimer = false): void {
    // Not probed on every batch: reading from the page cache of a replaced file hands out records that were stored.
    if (this.closing || this.damage.error !== undefined) return;
    const now = this.clock.now();
    this.handout.expireLeases(now);
    if (now - this.lastExpiry < EXPIRY_EVERY_MS) return;
    try {
      const ttlOf = (priority: outpost.v1.Priority) => this.ttlOf(priority);
      const saveClock = now - this.writer.lastClockSave >= CLOCK_SAVE_EVERY_MS;
      // Before a batch, the file is probed at most once a second, and not when a commit's probe
      // found it sound within that second (on a busy post the batch follows it by a millisecond).
      // Right before an expiry transaction, always; on the timer, only then: an idle post with
      // nothing to expire does not open the file every 5 s (issue 13); the health watch still probes it.
      if (!onTimer && this.damage.checkUnlessSoundWithin(EXPIRY_EVERY_MS)) return;
      const due = this.writer.expiryDue(ttlOf, saveClock);
      if (due && this.damage.check()) return;
      if (due) this.writer.expire(ttlOf, saveClock);
      this.lastExpiry = now;
    } catch (error) {
      if (!this.damage.caught(error)) this.options.log.warn({ err: describeError(error) }, 'outbox maintenance (expiry) failed; trying again later');
    }
  }

  private ttlOf(priority: outpost.v1.Priority): number {
    const { ttlMs } = this.options;
    if (priority === Priority.PRIORITY_ALARM) return ttlMs.alarm;
    if (priority === Priority.PRIORITY_BULK) return ttlMs.bulk;
    return ttlMs.status;
  }

  private nearlyFull(): boolean {
    return this.store.totalBytes() >= 0.9 * this.options.maxBytes || this.store.totalRecords() >= 0.9 * this.options.maxRecords;
  }

  private snapshotState(): OutboxState {
    const { maxBytes, maxRecords, memoryQueue } = this.options;
    return {
      path: this.path,
      storeId: this.storeId,
      store: this.store,
      counts: { ...this.writer.counts, acked: this.handout.acked, rejected: this.disk.rejected, leaseTimeouts: this.handout.leaseTimeouts },
      backlog: this.handout.backlog,
      clockNow: this.clock.now(),
      closed: this.closed,
      failure: this.disk.error,
      damage: this.damage.error,
      held: this.queue.records,
      leased: this.handout.leases.size,
      maxBytes,
      maxRecords,
      memoryQueue,
    };
  }

  private stopTimers(): void {
    this.group.clear();
    this.stopMaintenance();
    this.disk.stop();
    this.reporting.stop();
    this.handout.backlog.stop();
  }
}
