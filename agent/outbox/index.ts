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
 *    and its WAL, overwritten and synced after commits that handed out seqs, off the event loop
 *    (so it never claims an uncommitted seq, and may lag the last commits at a crash). A file that opens with its highest seq below the mark of the
 *    same store id lost commits (a deleted WAL, a card that lied about fsync): it takes a new
 *    store id before anything is sent, so invariant 2 holds per (store_id, seq), and queues a
 *    STORE_RESET alarm event naming the old id and the lost seqs (high-water.ts, rewind.ts).
 *    Store files are 0600 whatever the umask.
 * 11. A file damaged while open (SQLITE_CORRUPT, SQLITE_NOTADB, a short read, or the file probe
 *    before each batch, flush and health check finding it replaced, shorter or with a foreign
 *    header) makes health `fault` at once and is never written again; the owner
 *    (DeferredOutbox) closes the store, and the next open moves the file aside as in 9 with a
 *    STORE_RESET event counting the records and bytes it held (damage.ts).
 */
import type Database from 'better-sqlite3';
import { v1, type outpost } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import { HealthState, type ComponentHealthReport } from '../../kernel/component.js';
import { AckBacklog } from './ack-backlog.js';
import { admit } from './admission.js';
import { newestInFile } from './class-tables.js';
import { DropLedger } from './drop-ledger.js';
import { DropReporting } from './drop-reporting.js';
import { LeaseBook, type LeasedSeq } from './leases.js';
import { FailingDisk } from './failing-disk.js';
import { DamageWatch } from './damage.js';
import { HighWater, highWaterPath } from './high-water.js';
import { announceRewind, checkRewind, type Rewind } from './rewind.js';
import { closedError, storeResetEvent } from './notices.js';
import type { OutboxOptions } from './options.js';
import { outboxHealth, outboxStats, type OutboxState } from './outbox-report.js';
import { PendingQueue } from './pending-queue.js';
import { RecordStore } from './record-store.js';
import { StoreClock } from './store-clock.js';
import { openStoreFile, type StoreReset } from './store-file.js';
import { StoreWriter } from './store-writer.js';
import type { BatchLimits, Lease, LeasedRecord, Outbox, OutboxStats, SeqRange } from './types.js';

export type { Outbox, OutboxStats, Lease, LeasedRecord, BatchLimits, SeqRange, ClassStats } from './types.js';
export { outboxOptionsFrom, type OutboxOptions, type OutboxRuntime } from './options.js';
export type { OutboxConfig } from './config.js';

const { Priority } = v1;
/**
 * A burst this large already spreads its sync over enough records: it commits at the end of
 * the current turn of the event loop instead of waiting out the rest of the group-commit window.
 */
const FULL_GROUP = 256;
const MAINTENANCE_MS = 5_000;
const EXPIRY_EVERY_MS = 1_000;
const CLOCK_SAVE_EVERY_MS = 60_000;
/** Lease ids are unique in the process, so a lease from a closed store never releases one of a new store. */
let leaseIds = 0;

export class SqliteOutbox implements Outbox {
  readonly storeId: bigint;
  /** Set when the file reopened below its high-water mark and took a new store id (invariant 10). */
  readonly rewind: Rewind | undefined;
  private readonly highWater: HighWater;
  private readonly clock: StoreClock;
  private readonly store: RecordStore;
  private readonly reporting: DropReporting;
  private readonly writer: StoreWriter;
  private readonly leases = new LeaseBook(() => ++leaseIds);
  private readonly queue = new PendingQueue();
  private readonly state: HealthState;
  private readonly disk: FailingDisk;
  private leaseTimeouts = 0;
  /** Finds the file damaged while open; the store then only waits to be replaced (invariant 11). */
  private readonly damage: DamageWatch;
  private readonly backlog = new AckBacklog(() => this.writeAcks());
  private acked = 0;
  private lastExpiry = Number.NEGATIVE_INFINITY;
  private cancelFlush: (() => void) | undefined;
  private waitingOnTimer = false;
  private readonly maintenanceTimer: NodeJS.Timeout;
  private closing = false;
  private closed = false;

  /** Opens (or creates) the store at `path`; an unreadable file is moved aside, never a reason to fail (invariant 9). */
  static open(path: string, options: OutboxOptions): SqliteOutbox {
    const seed = (reset: StoreReset) => ({ priority: Priority.PRIORITY_STATUS, body: admit([storeResetEvent(reset, options.now(), options.damaged)])[0]!.body });
    const opened = openStoreFile(path, options.now, seed, options.damaged?.reason);
    let outbox: SqliteOutbox;
    try {
      outbox = new SqliteOutbox(path, opened.db, opened.reset, options);
    } catch (error) {
      opened.db.close();
      throw error;
    }
    if (outbox.rewind !== undefined) announceRewind(outbox.rewind, path, outbox, options);
    return outbox;
  }

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    reset: StoreReset | undefined,
    private readonly options: OutboxOptions,
  ) {
    const saved = db.prepare('SELECT store_id, next_seq, clock_ms, wall_ms FROM store WHERE id = 1').get() as { store_id: string; next_seq: number; clock_ms: number; wall_ms: number };
    const newest = newestInFile(db);
    const nextSeq = Math.max(saved.next_seq, newest.seq + 1);
    this.rewind = checkRewind(db, highWaterPath(path), saved.store_id, nextSeq - 1);
    this.storeId = this.rewind?.newStoreId ?? BigInt(saved.store_id);
    this.damage = new DamageWatch(path, options.log, () => ({ records: this.store.totalRecords(), bytes: this.store.totalBytes() }), () => this.closed, options.onDamaged);
    this.highWater = new HighWater(highWaterPath(path), this.storeId, options.log);
    this.highWater.save(nextSeq - 1);
    const { ttlMs, log } = options;
    const longestTtl = Math.max(ttlMs.alarm, ttlMs.status, ttlMs.bulk);
    this.clock = new StoreClock({ clockMs: saved.clock_ms, wallMs: saved.wall_ms }, options.now, options.monotonic, longestTtl, newest.createdMs);
    this.store = new RecordStore(db, options, this.clock, (seq) => this.leases.has(seq) || this.backlog.has(seq));
    this.store.load();
    const ledger = new DropLedger(db);
    this.state = new HealthState(options.now);
    this.state.set('ok');
    this.reporting = new DropReporting(options.dropReportIntervalMs, () => this.clock.now(), () => this.scheduleFlush(), ledger.pending);
    this.writer = new StoreWriter(db, this.store, ledger, this.reporting, this.clock, options.now, nextSeq, options.readingsSync);
    this.disk = new FailingDisk(path, options.memoryQueue, this.queue, log, () => this.flush());
    try {
      this.writer.compactSuperseded(this.store.superseded());
    } catch (error) {
      log.warn({ err: describeError(error) }, 'outbox could not compact at open; the superseded readings wait for their turn');
    }
    this.maintenanceTimer = setInterval(() => this.maintain(), MAINTENANCE_MS).unref();
    log.info({ path, store_id: this.storeId.toString(), records: this.store.totalRecords(), bytes: this.store.totalBytes(), next_seq: this.writer.nextSeq }, 'outbox open');
    if (reset !== undefined) log.error({ path, moved_to: reset.movedTo, reason: reset.reason }, 'outbox file unreadable; moved aside and started a fresh store');
    if (this.clock.opened.jumped) {
      log.warn({ wall_gap_ms: this.clock.opened.wallGapMs }, 'the wall clock moved backwards, or further than any TTL, since the store was last open; that downtime does not count towards TTLs');
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
      if (this.disk.failing) this.disk.shed();
      else this.scheduleFlush();
    });
  }

  nextBatch(limits: BatchLimits): Lease | undefined {
    if (this.closing) return undefined;
    this.maintain();
    let batch: { records: LeasedRecord[]; bytes: number };
    try {
      batch = this.store.collect(limits, (seq) => this.leases.has(seq) || this.backlog.has(seq));
    } catch (error) {
      if (!this.damage.caught(error)) this.options.log.warn({ err: describeError(error) }, 'outbox could not read the next batch; the uplink will ask again');
      return undefined;
    }
    if (batch.records.length === 0) return undefined;
    return { id: this.leases.grant(batch.records, this.clock.now() + this.options.leaseMs), ...batch };
  }

  ack(ranges: readonly SeqRange[]): number {
    if (this.closed) return 0;
    let newly = 0;
    try {
      for (const range of ranges) {
        if (!(range.first <= range.last)) continue;
        for (const record of this.store.inRange(range.first, range.last)) {
          if (this.backlog.has(record.seq)) continue;
          this.backlog.add(record);
          this.leases.forget(record.seq);
          newly++;
        }
      }
    } catch (error) {
      // Unacked records are sent again and the centre drops the copies: a failed read costs bandwidth, not records.
      if (!this.damage.caught(error)) this.options.log.warn({ err: describeError(error) }, 'outbox could not read the acked records; they will be sent again');
    }
    this.acked += newly;
    this.backlog.schedule();
    return newly;
  }

  release(lease: Lease): void {
    if (this.closed) return;
    this.compactFreed(this.leases.release(lease.id));
  }

  stats(): OutboxStats {
    return outboxStats(this.snapshotState());
  }

  health(): ComponentHealthReport {
    this.damage.check();
    return outboxHealth(this.snapshotState(), this.state);
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.reporting.requestNow();
    this.backlog.owe();
    this.flush();
    this.stopTimers();
    const left = this.queue.takeAll();
    const lost = left.reduce((total, entry) => total + entry.items.length, 0);
    if (lost > 0) this.options.log.error({ records: lost, err: describeError(this.disk.error) }, 'outbox closing with records it could not write');
    for (const entry of left) entry.reject(closedError(entry.items.length));
    try {
      this.writer.saveClockNow();
    } catch (error) {
      this.options.log.warn({ err: describeError(error) }, 'could not save the store clock at close');
    }
    this.closed = true;
    this.db.close();
    await this.highWater.close();
  }

  private scheduleFlush(): void {
    if (this.disk.failing || this.closing) return;
    const full = this.queue.records >= FULL_GROUP;
    if (this.cancelFlush !== undefined && !(full && this.waitingOnTimer)) return;
    this.cancelFlush?.();
    this.waitingOnTimer = this.options.groupCommitMs > 0 && !full;
    if (this.waitingOnTimer) {
      const timer = setTimeout(() => this.flush(), this.options.groupCommitMs);
      this.cancelFlush = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(() => this.flush());
      this.cancelFlush = () => clearImmediate(immediate);
    }
  }

  /** One durable transaction for everything queued: acks not yet written, the records, the drop report when due; then evictions. */
  private flush(): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    if (this.closed) return;
    if (this.damage.check()) return;
    const batch = this.queue.takeAll();
    const report = this.reporting.due;
    // Near the bounds, acks go first so that room is never made by evicting waiting records while acked ones still count.
    const acks = this.backlog.size > 0 && (this.backlog.due || this.nearlyFull());
    if (batch.length === 0 && !report && !acks) return;
    try {
      const assigned = this.writer.commit(batch, acks ? this.backlog.ranges() : [], report);
      batch.forEach((entry, index) => entry.resolve(assigned[index] ?? []));
    } catch (error) {
      this.queue.putBack(batch);
      // A damaged file is not retried: its enqueues stay pending until the owner replaces the store (close rejects them, retryable).
      if (!this.damage.caught(error)) this.disk.failed(error, this.closing);
      return;
    }
    if (acks) this.backlog.written();
    this.highWater.save(this.writer.nextSeq - 1);
    this.disk.recovered();
  }

  /** Lease timeouts, TTL expiry and saving the store clock; runs on a timer and before each batch. */
  private maintain(): void {
    if (this.closing || this.damage.check()) return;
    const now = this.clock.now();
    const freed = this.leases.expire(now);
    this.leaseTimeouts += freed.length;
    this.compactFreed(freed);
    if (now - this.lastExpiry < EXPIRY_EVERY_MS) return;
    try {
      this.writer.expire((priority) => this.ttlOf(priority), now - this.writer.lastClockSave >= CLOCK_SAVE_EVERY_MS);
      this.lastExpiry = now;
    } catch (error) {
      if (!this.damage.caught(error)) this.options.log.warn({ err: describeError(error) }, 'outbox maintenance (expiry) failed; trying again later');
    }
  }

  private compactFreed(freed: readonly LeasedSeq[]): void {
    if (!this.options.compactStatus || freed.length === 0) return;
    try {
      this.writer.compactReleased(freed);
    } catch (error) {
      if (!this.damage.caught(error)) this.options.log.warn({ err: describeError(error) }, 'outbox compaction failed; trying again later');
    }
  }

  private ttlOf(priority: outpost.v1.Priority): number {
    const { ttlMs } = this.options;
    if (priority === Priority.PRIORITY_ALARM) return ttlMs.alarm;
    if (priority === Priority.PRIORITY_BULK) return ttlMs.bulk;
    return ttlMs.status;
  }

  /** Writes the waiting acks in one transaction; while the disk fails, the retry does it. */
  private writeAcks(): void {
    if (this.backlog.size === 0 || this.disk.failing || this.closed) return;
    try {
      this.writer.writeAcks(this.backlog.ranges());
    } catch (error) {
      if (!this.damage.caught(error)) this.disk.failed(error, this.closing);
      return;
    }
    this.backlog.written();
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
      counts: { ...this.writer.counts, acked: this.acked, rejected: this.disk.rejected, leaseTimeouts: this.leaseTimeouts },
      backlog: this.backlog,
      clockNow: this.clock.now(),
      closed: this.closed,
      failure: this.disk.error,
      damage: this.damage.error,
      held: this.queue.records,
      leased: this.leases.size,
      maxBytes,
      maxRecords,
      memoryQueue,
    };
  }

  private stopTimers(): void {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    clearInterval(this.maintenanceTimer);
    this.disk.stop();
    this.reporting.stop();
    this.backlog.stop();
  }
}
