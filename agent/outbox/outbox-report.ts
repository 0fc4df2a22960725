import { v1 } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import type { ComponentHealthReport, HealthState } from '../../kernel/component.js';
import { writeFailureMessage } from './notices.js';
import { DRAIN_ORDER, type RecordStore } from './record-store.js';
import type { OutboxStats } from './types.js';

const { Priority } = v1;

export interface OutboxCounts {
  enqueued: number;
  acked: number;
  evicted: number;
  expired: number;
  compacted: number;
  rejected: number;
  commits: number;
  leaseTimeouts: number;
}

export interface OutboxState {
  path: string;
  storeId: bigint;
  store: RecordStore;
  /** Acked records whose ack is not written yet: the store still counts them. */
  backlog: { records: readonly number[]; bytes: readonly number[] };
  counts: OutboxCounts;
  /** Store-clock ms now. */
  clockNow: number;
  closed: boolean;
  failure: unknown;
  /** Set once a statement found the file damaged while open. */
  damage: unknown;
  held: number;
  leased: number;
  maxBytes: number;
  maxRecords: number;
  memoryQueue: number;
}

/** Depth, bytes and oldest age per class (in drain order), and the counts since open. */
export function outboxStats(s: OutboxState): OutboxStats {
  const classes = DRAIN_ORDER.map((priority) => {
    const oldest = s.closed ? undefined : oldestOrNone(s.store, priority);
    return {
      priority,
      records: waiting(s, 'records', priority),
      bytes: waiting(s, 'bytes', priority),
      oldestAgeS: oldest === undefined ? 0 : Math.max(0, Math.floor((s.clockNow - oldest) / 1000)),
      evicted: s.store.dropped.evicted[priority]!,
      expired: s.store.dropped.expired[priority]!,
      compacted: s.store.dropped.compacted[priority]!,
    };
  });
  const { enqueued, acked, evicted, expired, compacted } = s.counts;
  return {
    storeId: s.storeId,
    classes,
    records: total(s, 'records'),
    bytes: total(s, 'bytes'),
    enqueued,
    acked,
    evicted,
    expired,
    compacted,
    pendingInMemory: s.failure === undefined ? 0 : s.held,
  };
}

/** The outbox's status only (fault while the disk fails, degraded from 90% full), set on `state`: what the health watch looks at. */
export function outboxStatus(s: OutboxState, state: HealthState): void {
  if (s.closed) state.set('stopped');
  else if (s.damage !== undefined) state.set('fault', `the store ${s.path} is damaged (${describeError(s.damage)}); it is moved aside and a fresh store opened, its records are lost`);
  else if (s.failure !== undefined) state.set('fault', writeFailureMessage(s.path, s.failure, s.held, s.memoryQueue));
  else {
    const fill = Math.max(total(s, 'bytes') / s.maxBytes, total(s, 'records') / s.maxRecords);
    if (fill >= 0.9) {
      state.set('degraded', `the outbox is ${Math.round(fill * 100)}% full (max_bytes, max_records); the oldest bulk, then status, then alarm records are evicted`);
    } else state.set('ok');
  }
}

/** fault while the disk fails; degraded from 90% full (evictions imminent or under way); counters for Health. */
export function outboxHealth(s: OutboxState, state: HealthState): ComponentHealthReport {
  outboxStatus(s, state);
  return state.snapshot({
    records: total(s, 'records'),
    bytes: total(s, 'bytes'),
    alarm_records: waiting(s, 'records', Priority.PRIORITY_ALARM),
    status_records: waiting(s, 'records', Priority.PRIORITY_STATUS),
    bulk_records: waiting(s, 'records', Priority.PRIORITY_BULK),
    leased: s.leased,
    pending_in_memory: s.failure === undefined ? 0 : s.held,
    enqueued: s.counts.enqueued,
    acked: s.counts.acked,
    evicted: s.counts.evicted,
    expired: s.counts.expired,
    compacted: s.counts.compacted,
    rejected: s.counts.rejected,
    commits: s.counts.commits,
    lease_timeouts: s.counts.leaseTimeouts,
  });
}

/** Records (or bytes) of a class waiting to be sent: in the file and not acked. */
function waiting(s: OutboxState, what: 'records' | 'bytes', priority: number): number {
  return s.store.waiting(what, priority) - (s.backlog[what][priority] ?? 0);
}

function total(s: OutboxState, what: 'records' | 'bytes'): number {
  return DRAIN_ORDER.reduce((sum, priority) => sum + waiting(s, what, priority), 0);
}

/** Stats must not throw while the disk misbehaves: an unreadable age reads as 0. */
function oldestOrNone(store: RecordStore, priority: number): number | undefined {
  try {
    return store.oldestCreated(priority);
  } catch {
    return undefined;
  }
}
