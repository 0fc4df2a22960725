import { bodyKindOf, priorityOf, v1, type outpost } from '../../wire/index.js';
import type { BatchLimits, Lease, LeasedRecord, Outbox, OutboxStats, SeqRange } from '../../agent/outbox/types.js';
import type { ComponentHealthReport } from '../../kernel/component.js';

/**
 * An in-memory double of the Outbox contract for the uplink's unit tests: real leases, acks and
 * releases, so a test can check what the uplink leaves behind. Not durable, no eviction.
 */
export class MemoryOutbox implements Outbox {
  readonly storeId: bigint;
  private seq = 0;
  private nextLease = 1;
  private readonly waiting = new Map<number, LeasedRecord & { leased: boolean; enqueuedAt: number }>();
  released = 0;
  acked = 0;

  constructor(storeId = 0x1234_5678_9abc_def0n) {
    this.storeId = storeId;
  }

  async enqueue(records: readonly outpost.v1.IRecord[]): Promise<number[]> {
    return records.map((record) => {
      const seq = ++this.seq;
      const kind = bodyKindOf(record);
      const priority = kind === undefined ? v1.Priority.PRIORITY_STATUS : priorityOf(kind);
      const bytes = v1.Record.encode({ ...record, seq, priority }).finish();
      this.waiting.set(seq, { seq, priority, bytes, leased: false, enqueuedAt: Date.now() });
      return seq;
    });
  }

  nextBatch(limits: BatchLimits): Lease | undefined {
    const free = [...this.waiting.values()].filter((record) => !record.leased).sort((a, b) => a.priority - b.priority || a.seq - b.seq);
    const records: LeasedRecord[] = [];
    let bytes = 0;
    for (const record of free) {
      if (records.length >= limits.maxRecords) break;
      if (records.length > 0 && bytes + record.bytes.length > limits.maxBytes) break;
      record.leased = true;
      records.push({ seq: record.seq, priority: record.priority, bytes: record.bytes });
      bytes += record.bytes.length;
    }
    return records.length === 0 ? undefined : { id: this.nextLease++, records, bytes };
  }

  ack(ranges: readonly SeqRange[]): number {
    let deleted = 0;
    for (const range of ranges) for (let seq = range.first; seq <= range.last; seq++) if (this.waiting.delete(seq)) deleted++;
    this.acked += deleted;
    return deleted;
  }

  release(lease: Lease): void {
    this.released += 1;
    for (const record of lease.records) {
      const held = this.waiting.get(record.seq);
      if (held !== undefined) held.leased = false;
    }
  }

  /** The stored bytes of a record still held. */
  bytesOf(seq: number): Uint8Array {
    const record = this.waiting.get(seq);
    if (record === undefined) throw new Error(`seq ${seq} is not held`);
    return record.bytes;
  }

  leased(): number {
    return [...this.waiting.values()].filter((record) => record.leased).length;
  }

  stats(): OutboxStats {
    const records = this.waiting.size;
    const all = [...this.waiting.values()];
    const classes = [v1.Priority.PRIORITY_ALARM, v1.Priority.PRIORITY_STATUS, v1.Priority.PRIORITY_BULK].map((priority) => {
      const held = all.filter((record) => record.priority === priority);
      const oldest = Math.min(...held.map((record) => record.enqueuedAt));
      return { priority, records: held.length, bytes: held.reduce((sum, record) => sum + record.bytes.length, 0), oldestAgeS: held.length === 0 ? 0 : Math.floor((Date.now() - oldest) / 1000), evicted: 0, expired: 0, compacted: 0 };
    });
    return { storeId: this.storeId, classes, records, bytes: all.reduce((sum, record) => sum + record.bytes.length, 0), enqueued: this.seq, acked: this.acked, evicted: 0, expired: 0, compacted: 0, pendingInMemory: 0 };
  }

  health(): ComponentHealthReport {
    return { status: 'ok', since: 0 };
  }

  async close(): Promise<void> {}
}
