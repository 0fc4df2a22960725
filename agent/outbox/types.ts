import type { outpost } from '../../wire/index.js';
import type { ComponentHealthReport, HealthStatus } from '../../kernel/component.js';
import type { SeqRange } from '../../wire/seq-range.js';

/**
 * The contract of the store-and-forward outbox (issue 3 builds it in agent/outbox/;
 * agent/uplink/ consumes it). Semantics: DESIGN.md, "Store-and-forward semantics".
 */

export type { SeqRange };

/** One record handed out for sending. */
export interface LeasedRecord {
  seq: number;
  priority: outpost.v1.Priority;
  /** The encoded outpost.v1.Record, seq included: the uplink puts these bytes in an Envelope as they are. */
  bytes: Uint8Array;
}

/** Records reserved for one envelope until acked, released, or the lease times out. */
export interface Lease {
  readonly id: number;
  readonly records: readonly LeasedRecord[];
  /** Sum of the records' encoded sizes. */
  readonly bytes: number;
  /**
   * false: the batch took every record that was waiting, so asking again at once finds none until
   * records are enqueued or a lease ends (the uplink then skips that look, issue 13). Left out
   * (or true): more may wait.
   */
  readonly more?: boolean;
}

export interface BatchLimits {
  maxBytes: number;
  maxRecords: number;
}

export interface ClassStats {
  priority: outpost.v1.Priority;
  records: number;
  bytes: number;
  /** Age of the oldest waiting record in seconds (0 when empty). */
  oldestAgeS: number;
  /** Records of this class dropped since the store was opened, by reason. */
  evicted: number;
  expired: number;
  compacted: number;
}

export interface OutboxStats {
  storeId: bigint;
  classes: ClassStats[];
  records: number;
  bytes: number;
  /** Counts since the store was opened. */
  enqueued: number;
  acked: number;
  evicted: number;
  expired: number;
  compacted: number;
  /** Records waiting in memory because the disk is failing. */
  pendingInMemory: number;
}

export interface Outbox {
  /** Random 64-bit id of this store, kept in the file; a new one means seqs restarted. */
  readonly storeId: bigint;
  /**
   * Assigns seqs and resolves with them once the records are durable on disk. `seq` on the
   * given records is ignored; `priority` is set from the body when unspecified. Enqueues made
   * within the group-commit window share one transaction and one sync.
   */
  enqueue(records: readonly outpost.v1.IRecord[]): Promise<number[]>;
  /** Leases the next records to send (alarms, then status, then bulk; oldest first), or undefined when none wait. */
  nextBatch(limits: BatchLimits): Lease | undefined;
  /** Deletes acked records (leased or not); returns how many were deleted. Unknown seqs are ignored. */
  ack(ranges: readonly SeqRange[]): number;
  /** Makes a lease's records available again (send failed, link down). */
  release(lease: Lease): void;
  stats(): OutboxStats;
  health(): ComponentHealthReport;
  /** health() without its counters, for the health watch (kernel/component.ts); where missing, health() serves. */
  healthStatus?(): HealthStatus;
  /** Waits for enqueues under way, then closes the file. */
  close(): Promise<void>;
}
