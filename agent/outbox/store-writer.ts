import type Database from 'better-sqlite3';
import { v1, type outpost } from '../../wire/index.js';
import { admit } from './admission.js';
import { Change } from './change.js';
import type { DropLedger } from './drop-ledger.js';
import type { DropReporting } from './drop-reporting.js';
import { DropTally, dropEvent } from './drops.js';
import type { LeasedSeq } from './leases.js';
import type { OutboxCounts } from './outbox-report.js';
import type { PendingEnqueue } from './pending-queue.js';
import { DRAIN_ORDER, type RecordStore } from './record-store.js';
import type { StoreClock } from './store-clock.js';
import { StagingJournal, type StagedRecord } from './staging-journal.js';
import type { SeqRange } from './types.js';

const { DropReason, Priority } = v1;

export type WriterCounts = Omit<OutboxCounts, 'rejected' | 'leaseTimeouts' | 'acked'>;

/** How a transaction reaches the disk: `full` syncs the WAL at commit, `normal` leaves that to the OS and the next full commit or checkpoint. */
export type SyncLevel = 'full' | 'normal';

/**
 * Every write to the file, one transaction each; the in-memory mirrors change only once a
 * transaction has committed, so a failed write leaves nothing half-applied. Enqueues commit
 * with the FULL sync (invariant 1), those holding only readings with `readings_sync`; acks and
 * deletes with NORMAL (invariant 4). Every transaction ends by dropping the segments it settled.
 */
export class StoreWriter {
  readonly counts: WriterCounts = { enqueued: 0, evicted: 0, expired: 0, compacted: 0, commits: 0 };
  lastClockSave: number;
  private readonly saveStore: Database.Statement;
  /** The connection's `synchronous` setting: changed only when a transaction needs the other one (the store opens at FULL). */
  private sync: SyncLevel = 'full';
  /** better-sqlite3's transaction wrapper, made once: `db.transaction(fn)` builds four closures and their properties per call (issue 13). */
  private readonly inTransaction: (work: (change: Change) => void, change: Change) => void;

  /** Whether the last commit was synced (a FULL transaction, or a staging journal entry), so what it committed is on the card. */
  get walSynced(): boolean {
    return this.journaled || this.sync === 'full';
  }
  /** The last commit went to the staging journal. */
  private journaled = false;

  constructor(
    private readonly db: Database.Database,
    private readonly store: RecordStore,
    private readonly ledger: DropLedger,
    private readonly reporting: DropReporting,
    private readonly clock: StoreClock,
    private readonly wallNow: () => number,
    /** The seq the next record gets. */
    public nextSeq: number,
    private readonly readingsSync: SyncLevel,
    /** Where status records are staged (readings_sync: full); undefined: every commit is a transaction. */
    private journal: StagingJournal | undefined,
    private readonly storeId: () => bigint,
    private readonly onJournalFailed: (error: unknown) => void,
  ) {
    this.saveStore = db.prepare('UPDATE store SET next_seq = ?, clock_ms = ?, wall_ms = ? WHERE id = 1');
    this.lastClockSave = clock.now();
    this.inTransaction = db.transaction((work: (change: Change) => void, change: Change) => {
      // The file never holds a record newer than a staged one: staged records go in first.
      this.store.materialize(change);
      work(change);
      if (this.store.segments.dropSettled()) change.deleted = true;
      if ((change.deleted || change.materialized) && !change.seqSaved) this.saveClock();
      if (!change.drops.empty) this.ledger.add(change.drops.list());
    });
  }

  /**
   * One durable transaction: the acks not yet written, the queued records (seqs in
   * order), the drop report when due, then evictions. Returns the seqs given to each enqueue;
   * throws, changing nothing, when the write fails.
   */
  commit(batch: readonly PendingEnqueue[], acked: readonly SeqRange[], report: boolean): number[][] {
    const journal = acked.length === 0 && !report ? this.journalFor(batch) : undefined;
    if (journal !== undefined) {
      try {
        return this.stageInJournal(journal, batch);
      } catch (error) {
        // Its records go into the file instead, with the same seqs; staged ones are written there with them.
        this.journal?.close();
        this.journal = undefined;
        this.onJournalFailed(error);
      }
    }
    this.journaled = false;
    const assigned: number[][] = [];
    let seq = this.nextSeq;
    const onlyReadings = !report && batch.every((entry) => entry.items.every((item) => item.reading));
    this.transact(onlyReadings ? this.readingsSync : 'full', (change) => {
      const created = this.clock.now();
      for (const range of acked) this.store.markAcked(change, range.first, range.last);
      for (const entry of batch) assigned.push(entry.items.map((item) => (this.store.insert(change, seq, item, created), seq++)));
      if (report) seq = this.writeReport(change, seq, created);
      this.store.evictOverflow(change);
      if (this.store.segments.dropSettled()) change.deleted = true;
      // Only deletes can take away the highest seq; otherwise the next seq is read back from the records at open.
      // With the staged records written in, the saved next seq tells the journal's entries already in the file.
      if (change.deleted || change.materialized) this.saveStore.run(seq, created, this.wallNow());
      change.seqSaved = true;
    });
    this.nextSeq = seq;
    this.counts.enqueued += assigned.reduce((total, seqs) => total + seqs.length, 0);
    return assigned;
  }

  /** Writes the staged records into the file in one synced transaction (at open, for those the journal held). */
  materializeStage(): void {
    if (this.store.stage.size > 0) this.transact('full', () => undefined);
  }

  /** Stages records found in the journal at open, their seqs below `nextSeq`. */
  restage(records: readonly StagedRecord[]): void {
    this.store.stage.add(records);
  }

  /** The journal when this batch goes there: status records only, room for them, nothing to delete. */
  private journalFor(batch: readonly PendingEnqueue[]): StagingJournal | undefined {
    const journal = this.journal;
    if (journal === undefined || batch.length === 0) return undefined;
    const items = batch.flatMap((entry) => entry.items);
    const bytes = StagingJournal.entryBytes(items);
    return journal.fits(bytes, this.store.stage.size === 0) && this.store.stageable(items) ? journal : undefined;
  }

  /** Appends the batch to the staging journal (synced) and stages it; throws, changing nothing, when the journal cannot be written. */
  private stageInJournal(journal: StagingJournal, batch: readonly PendingEnqueue[]): number[][] {
    const created = this.clock.now();
    let seq = this.nextSeq;
    const records: StagedRecord[] = [];
    const assigned = batch.map((entry) => entry.items.map((item) => (records.push({ seq, createdMs: created, item }), seq++)));
    journal.append(this.storeId(), records, this.store.stage.size === 0);
    this.store.stage.add(records);
    this.nextSeq = seq;
    this.journaled = true;
    this.counts.enqueued += records.length;
    this.counts.commits += 1;
    return assigned;
  }

  /** At close, after the store's last transaction. */
  closeJournal(): void {
    this.journal?.close();
    this.journal = undefined;
  }

  /** Writes acks (and drops the segments they settle). Throws when the write fails. */
  writeAcks(ranges: readonly SeqRange[]): void {
    this.transact('normal', (change) => {
      for (const range of ranges) this.store.markAcked(change, range.first, range.last);
    });
  }

  /** Whether `expire` has work: the clock to save, or some class's oldest record past its TTL (read from the file only when one may be). */
  expiryDue(ttlOf: (priority: outpost.v1.Priority) => number, saveClock: boolean): boolean {
    const now = this.clock.now();
    return saveClock || DRAIN_ORDER.some((priority) => this.store.hasCreatedBefore(priority, now - ttlOf(priority)));
  }

  /** Deletes what outlived its TTL, and saves the store clock when asked. */
  expire(ttlOf: (priority: outpost.v1.Priority) => number, saveClock: boolean): void {
    // Looked at every second: a transaction only when some class's oldest record is past its TTL.
    if (!this.expiryDue(ttlOf, saveClock)) return;
    this.transact('normal', (change) => {
      this.store.expire(change, ttlOf);
      if (saveClock) this.saveClock();
    });
  }

  /** Compacts records whose lease ended while a newer value of their key arrived. */
  compactReleased(freed: readonly LeasedSeq[]): void {
    this.transact('normal', (change) => freed.forEach(({ seq, priority }) => this.store.compactIfSuperseded(change, priority, seq)));
  }

  /** Compacts superseded status records found at open. */
  compactSuperseded(seqs: readonly number[]): void {
    if (seqs.length === 0) return;
    this.transact('normal', (change) => seqs.forEach((seq) => this.store.drop(change, Priority.PRIORITY_STATUS, seq, DropReason.DROP_REASON_COMPACTED)));
  }

  saveClockNow(): void {
    this.transact('normal', () => this.saveClock());
  }

  /** Turns every drop sum (file, this transaction, refusals in memory, earlier reports not yet sent) into Event records; returns the next seq. */
  private writeReport(change: Change, firstSeq: number, created: number): number {
    const sums = new DropTally();
    for (const sum of [...this.ledger.take(), ...change.drops.list(), ...this.store.takeReports(change)]) sums.merge(sum);
    change.drops.clear();
    change.reported = true;
    let seq = firstSeq;
    const wall = this.wallNow();
    for (const item of admit(sums.list().map((sum) => dropEvent(sum, wall)))) this.store.insert(change, seq++, item, created);
    return seq;
  }

  private transact(sync: SyncLevel, work: (change: Change) => void): void {
    const change = new Change();
    const segments = this.store.segments.snapshot();
    // Staged records leave the journal's care with this transaction: it must be on the card before the next generation starts.
    const durable = sync === 'full' || this.store.stage.size > 0;
    if (durable) sync = 'full';
    if (sync !== this.sync) {
      this.db.pragma(`synchronous = ${durable ? 'FULL' : 'NORMAL'}`);
      this.sync = sync;
    }
    try {
      this.inTransaction(work, change);
    } catch (error) {
      this.store.segments.restore(segments);
      throw error;
    }
    this.store.apply(change);
    this.counts.evicted += change.dropped.evicted;
    this.counts.expired += change.dropped.expired;
    this.counts.compacted += change.dropped.compacted;
    if (durable) this.counts.commits += 1;
    if (change.reported) this.reporting.reported();
    if (!change.drops.empty) this.reporting.noteDrops();
  }

  /** Saves the next seq and the store clock, with the wall clock to estimate the downtime at the next open. */
  private saveClock(): void {
    const reading = this.clock.reading();
    this.saveStore.run(this.nextSeq, reading.clockMs, reading.wallMs);
    this.lastClockSave = reading.clockMs;
  }
}
