import type Database from 'better-sqlite3';
import { pino } from 'pino';
import type { Logger } from '../../kernel/logger.js';
import type { Timers } from '../../kernel/timers.js';
import type { OutboxConfig } from './config.js';
import type { SegmentLimits } from './segments.js';

/**
 * A segment holds a 32nd of the bounds (at least 4096 records or 1 MiB): small enough that a
 * record the centre never acks pins little disk until its TTL, large enough that a full store
 * has few segments (each one re-creates the `records` view when created or dropped).
 */
function segmentLimits(config: OutboxConfig): SegmentLimits {
  return { records: Math.max(4_096, Math.ceil(config.max_records / 32)), bytes: Math.max(1_048_576, Math.ceil(config.max_bytes / 32)) };
}

/** A few seconds of a busy post's commits; bodies leave with their ack, so this is a bound, not what is held. */
const BODY_CACHE_BYTES = 256 * 1024;

/** Time to live per class, in ms of store clock. */
export interface ClassTtls {
  alarm: number;
  status: number;
  bulk: number;
}

/**
 * What `SqliteOutbox.open` needs: the config section in ms and bytes, plus the injected clocks and logger. Made by
 * `outboxOptionsFrom` from a section the config schema parsed: the schema is where the bounds live (a positive size,
 * TTL, lease...), so `config validate` refuses exactly what a store could not honour and the store does not check again.
 */
export interface OutboxOptions {
  maxBytes: number;
  maxRecords: number;
  ttlMs: ClassTtls;
  compactStatus: boolean;
  groupCommitMs: number;
  /** How a transaction holding only readings is synced (alarms, events, health and drop reports always sync fully). */
  readingsSync: 'full' | 'normal';
  /** Commits of status records alone go to the staging journal (staging-journal.ts) when `readingsSync` is full. */
  stagingJournal: boolean;
  leaseMs: number;
  memoryQueue: number;
  dropReportIntervalMs: number;
  /** Not in the post config: tests lower it to see segments rotate and drop with a few records. */
  segment: SegmentLimits;
  /** Not in the post config: bytes of just-committed record bodies the next batch is served from (body-cache.ts); tests set 0 to read every page from the file. */
  bodyCacheBytes: number;
  log: Logger;
  /** Wall clock (ms since the epoch): file names, event times, the downtime estimate at open. */
  now: () => number;
  /** A clock that never jumps (ms): ages, TTLs and leases while running. */
  monotonic: () => number;
  /** Not in the post config: the timers acks wait on before they are written (ack-backlog.ts); tests pass fake ones. Background (unref'd) timers when left out. */
  timers?: Timers;
  /** Test seam: sees the connection once the store is open (e.g. to lower `max_page_count` and make SQLite report a full disk for real). */
  onDatabase?: (db: Database.Database) => void;
  /** Told once when a statement finds the file damaged while open (SQLITE_CORRUPT, SQLITE_NOTADB): the owner replaces the store. */
  onDamaged?: (damage: StoreDamage) => void;
  /** The file was found damaged while open: move it aside at open whatever it looks like, and say what was in it. */
  damaged?: StoreDamage;
}

/** A store file found damaged while the agent ran, and what it held then (all of it is lost). */
export interface StoreDamage {
  reason: string;
  records: number;
  bytes: number;
}

export interface OutboxRuntime {
  log?: Logger;
  now?: () => number;
  monotonic?: () => number;
  onDamaged?: (damage: StoreDamage) => void;
  damaged?: StoreDamage;
}

/** Options from the post config's `outbox` section (already parsed: durations in ms, sizes in bytes). */
export function outboxOptionsFrom(config: OutboxConfig, runtime: OutboxRuntime = {}): OutboxOptions {
  return {
    maxBytes: config.max_bytes,
    maxRecords: config.max_records,
    ttlMs: { ...config.ttl },
    compactStatus: config.compact_status,
    groupCommitMs: config.group_commit,
    readingsSync: config.readings_sync,
    stagingJournal: config.staging_journal,
    leaseMs: config.lease,
    memoryQueue: config.memory_queue,
    dropReportIntervalMs: config.drop_report_interval,
    segment: segmentLimits(config),
    bodyCacheBytes: BODY_CACHE_BYTES,
    // pino itself rather than log/logger.js: the crash test's child loads this module hundreds of times, and pino-pretty is heavy.
    log: runtime.log ?? pino({ level: 'silent' }),
    now: runtime.now ?? Date.now,
    monotonic: runtime.monotonic ?? (() => performance.now()),
    ...(runtime.onDamaged === undefined ? {} : { onDamaged: runtime.onDamaged }),
    ...(runtime.damaged === undefined ? {} : { damaged: runtime.damaged }),
  };
}
