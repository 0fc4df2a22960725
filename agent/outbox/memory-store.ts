import { v1, type outpost } from '../../wire/index.js';
import type { Logger } from '../../kernel/logger.js';
import { admit, type Admitted } from './admission.js';
import { dropEvent } from './drops.js';
import { withSeq } from '../../wire/framing.js';
import { newStoreId } from './store-file.js';
import type { BatchLimits, Lease, LeasedRecord, OutboxStats, SeqRange } from './types.js';

interface HeldRecord {
  seq: number;
  item: Admitted;
  bytes: Uint8Array;
  leased: boolean;
  heldMs: number;
}

/**
 * Where records wait while the store file cannot be opened (read-only disk, a path through a
 * regular file): in memory, under a store id of their own that no file will ever have, so the
 * uplink can send them (AGENT_STARTED, the outbox FAULT in Health) and the centre hears the
 * post is degraded. Bounded by `limit` records: beyond it the oldest non-alarm record goes
 * (then the oldest alarm); each such drop is counted, logged (the first, then with counts)
 * and reported as a RECORDS_DROPPED event (REJECTED) at the front of the next batch.
 * Nothing here survives a restart.
 */
export class MemoryStore {
  readonly storeId = newStoreId();
  private readonly records = new Map<number, HeldRecord>();
  private nextSeq = 1;
  private nextLease = 1;
  private readonly leases = new Map<number, number[]>();
  /** Drops not yet reported to the centre, per class. */
  private readonly unreported = new Map<outpost.v1.Priority, { count: number; bytes: number; oldestMs: number; newestMs: number }>();
  dropped = 0;
  private readonly droppedPerClass = [0, 0, 0, 0];
  acked = 0;
  enqueued = 0;

  constructor(
    private readonly limit: number,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.records.size;
  }

  enqueue(records: readonly outpost.v1.IRecord[]): number[] {
    const seqs = admit(records).map((item) => this.hold(item));
    this.enqueued += seqs.length;
    this.shed();
    return seqs;
  }

  nextBatch(limits: BatchLimits): Lease | undefined {
    this.reportDrops();
    const free = [...this.records.values()].filter((record) => !record.leased).sort((a, b) => a.item.priority - b.item.priority || a.seq - b.seq);
    const records: LeasedRecord[] = [];
    let bytes = 0;
    for (const record of free) {
      if (records.length >= limits.maxRecords || (records.length > 0 && bytes + record.bytes.length > limits.maxBytes)) break;
      record.leased = true;
      records.push({ seq: record.seq, priority: record.item.priority, bytes: record.bytes });
      bytes += record.bytes.length;
    }
    if (records.length === 0) return undefined;
    const id = this.nextLease++;
    this.leases.set(id, records.map((record) => record.seq));
    return { id, records, bytes };
  }

  ack(ranges: readonly SeqRange[]): number {
    let deleted = 0;
    for (const [seq] of this.records) if (ranges.some((range) => range.first <= seq && seq <= range.last) && this.records.delete(seq)) deleted++;
    this.acked += deleted;
    return deleted;
  }

  release(lease: Lease): void {
    for (const seq of this.leases.get(lease.id) ?? []) {
      const record = this.records.get(seq);
      if (record !== undefined) record.leased = false;
    }
    this.leases.delete(lease.id);
  }

  /** Every record not acked, oldest first, as records to store; the memory is then empty. */
  takeAll(): outpost.v1.IRecord[] {
    const left = [...this.records.values()].sort((a, b) => a.seq - b.seq).map((record) => v1.Record.decode(record.item.body));
    this.records.clear();
    this.leases.clear();
    return left;
  }

  stats(): OutboxStats {
    const classes = [v1.Priority.PRIORITY_ALARM, v1.Priority.PRIORITY_STATUS, v1.Priority.PRIORITY_BULK].map((priority) => {
      const held = [...this.records.values()].filter((record) => record.item.priority === priority);
      const oldest = held.reduce((min, record) => Math.min(min, record.heldMs), Number.POSITIVE_INFINITY);
      const bytes = held.reduce((sum, record) => sum + record.bytes.length, 0);
      const oldestAgeS = held.length === 0 ? 0 : Math.floor((this.now() - oldest) / 1000);
      return { priority, records: held.length, bytes, oldestAgeS, evicted: this.droppedPerClass[priority]!, expired: 0, compacted: 0 };
    });
    const bytes = classes.reduce((sum, entry) => sum + entry.bytes, 0);
    return { storeId: this.storeId, classes, records: this.records.size, bytes, enqueued: this.enqueued, acked: this.acked, evicted: this.dropped, expired: 0, compacted: 0, pendingInMemory: this.records.size };
  }

  private hold(item: Admitted): number {
    const seq = this.nextSeq++;
    this.records.set(seq, { seq, item, bytes: withSeq(seq, item.body), leased: false, heldMs: this.now() });
    return seq;
  }

  /** Beyond the limit the oldest records not on a lease give way, alarms last. */
  private shed(): void {
    let shedNow = 0;
    while (this.records.size > this.limit) {
      const candidates = [...this.records.values()].filter((record) => !record.leased);
      const victim = candidates.find((record) => record.item.priority !== v1.Priority.PRIORITY_ALARM) ?? candidates[0];
      if (victim === undefined) break;
      this.records.delete(victim.seq);
      this.droppedPerClass[victim.item.priority]! += 1;
      const wall = this.now();
      const sum = this.unreported.get(victim.item.priority) ?? { count: 0, bytes: 0, oldestMs: wall, newestMs: wall };
      sum.count++;
      sum.bytes += victim.bytes.length;
      sum.newestMs = wall;
      this.unreported.set(victim.item.priority, sum);
      shedNow++;
    }
    if (shedNow === 0) return;
    const first = this.dropped === 0;
    this.dropped += shedNow;
    if (first || this.dropped % 1000 < shedNow) {
      this.log.error({ dropped: shedNow, dropped_total: this.dropped, held: this.records.size, limit: this.limit }, 'outbox store unavailable and the memory hold is full; records dropped (reported to the centre as RECORDS_DROPPED)');
    }
  }

  /** The drops since the last batch, as RECORDS_DROPPED events first in line. */
  private reportDrops(): void {
    if (this.unreported.size === 0) return;
    const wall = this.now();
    for (const [priority, sum] of this.unreported) {
      const event = dropEvent({ reason: v1.DropReason.DROP_REASON_REJECTED, priority, firstSeq: 0, lastSeq: 0, ...sum }, wall);
      for (const item of admit([event])) this.hold(item);
    }
    this.unreported.clear();
  }
}
