import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Timers } from '../../kernel/timers.js';
import { AckBacklog } from './ack-backlog.js';
import type { DamageWatch } from './damage.js';
import type { FailingDisk } from './failing-disk.js';
import { LeaseBook, type LeasedSeq } from './leases.js';
import type { RecordStore } from './record-store.js';
import type { StoreWriter } from './store-writer.js';
import type { BatchLimits, Lease, SeqRange } from './types.js';

/** Lease ids are unique in the process, so a lease from a closed store never releases one of a new store. */
let leaseIds = 0;

export interface HandoutContext {
  store: RecordStore;
  writer: StoreWriter;
  damage: DamageWatch;
  disk: FailingDisk;
  log: Logger;
  leaseMs: number;
  compactStatus: boolean;
  /** Background timers (unref'd): the ack write's delay. */
  timers: Timers;
  /** Store-clock ms now. */
  now: () => number;
  /** Whether the outbox is closing (no writes are retried then) or closed (nothing is read or written). */
  closing: () => boolean;
  closed: () => boolean;
}

/**
 * What the outbox hands the uplink and what comes back (invariants 3 to 5): the leases out,
 * acks waiting to be written in one transaction, and records freed by a lease that ended
 * unacked, which are offered again (and compacted when a newer status record of their key
 * arrived meanwhile).
 */
export class Handout {
  readonly leases = new LeaseBook(() => ++leaseIds);
  readonly backlog: AckBacklog;
  /** Records acked since open, and records whose lease ran out. */
  acked = 0;
  leaseTimeouts = 0;

  constructor(private readonly context: HandoutContext) {
    this.backlog = new AckBacklog(() => this.writeAcks(), context.timers);
  }

  /** Out on a lease, or acked with the ack not yet written: never offered, evicted, expired or compacted. */
  held(seq: number): boolean {
    return this.leases.has(seq) || this.backlog.has(seq);
  }

  /** The next batch, leased; undefined when nothing waits or the read failed. */
  next(limits: BatchLimits): Lease | undefined {
    const { store, damage, log, leaseMs, now } = this.context;
    let batch;
    try {
      batch = store.collect(limits, (seq) => this.held(seq), (priority) => this.leases.resumeAfter(priority));
    } catch (error) {
      if (!damage.caught(error)) log.warn({ err: describeError(error) }, 'outbox could not read the next batch; the uplink will ask again');
      return undefined;
    }
    if (batch.records.length === 0) return undefined;
    return { id: this.leases.grant(batch.records, now() + leaseMs), ...batch };
  }

  /** Marks the records in `ranges` acked (written with the next batch of acks); returns how many were newly acked. */
  ack(ranges: readonly SeqRange[]): number {
    let newly = 0;
    try {
      for (const range of ranges) {
        if (!(range.first <= range.last)) continue;
        // Records out on a lease exist and are unacked: a range of those needs no read of the store.
        for (const record of this.leases.heldRange(range.first, range.last) ?? this.context.store.inRange(range.first, range.last)) {
          if (this.backlog.has(record.seq)) continue;
          // A staged record leaves at once: no ack to write, and the journal's next entry starts a generation once none waits.
          if (this.context.store.stage.ack(record.seq) === undefined) this.backlog.add(record);
          this.leases.forget(record.seq);
          newly++;
        }
      }
    } catch (error) {
      // Unacked records are sent again and the centre drops the copies: a failed read costs bandwidth, not records.
      if (!this.context.damage.caught(error)) this.context.log.warn({ err: describeError(error) }, 'outbox could not read the acked records; they will be sent again');
    }
    this.acked += newly;
    this.backlog.schedule();
    return newly;
  }

  release(id: number): void {
    this.compactFreed(this.leases.release(id));
  }

  /** Ends the leases that ran out by `now`; their records are offered again. */
  expireLeases(now: number): void {
    const freed = this.leases.expire(now);
    this.leaseTimeouts += freed.length;
    this.compactFreed(freed);
  }

  /** Writes the waiting acks in one transaction; while the disk fails, the retry does it. */
  writeAcks(): void {
    const { writer, damage, disk } = this.context;
    if (this.backlog.size === 0 || disk.failing || this.context.closed()) return;
    try {
      writer.writeAcks(this.backlog.ranges());
    } catch (error) {
      if (!damage.caught(error)) disk.failed(error, this.context.closing());
      return;
    }
    this.backlog.written();
  }

  private compactFreed(freed: readonly LeasedSeq[]): void {
    const { writer, damage, log } = this.context;
    if (!this.context.compactStatus || freed.length === 0 || damage.check()) return;
    try {
      writer.compactReleased(freed);
    } catch (error) {
      if (!damage.caught(error)) log.warn({ err: describeError(error) }, 'outbox compaction failed; trying again later');
    }
  }
}
