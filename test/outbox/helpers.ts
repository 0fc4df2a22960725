import { join } from 'node:path';
import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { outboxOptionsFrom, SqliteOutbox, type OutboxOptions } from '../../agent/outbox/index.js';
import { outboxSchema } from '../../agent/outbox/config.js';
import type { Lease } from '../../agent/outbox/types.js';
import { tempDir } from '../support/tmp.js';

/**
 * Wall and monotonic clocks a test moves by hand; `jump` moves only the wall clock, as a GPS fix does.
 * The wall clock starts at the real time: a store opened on a fake clock may later be opened on the real one (the
 * crash test does), and a fixed calendar day would count the days since as downtime and expire records by TTL.
 */
export class FakeClocks {
  wall = Date.now();
  mono = 1_000;
  readonly now = (): number => this.wall;
  readonly monotonic = (): number => this.mono;

  advance(ms: number): void {
    this.wall += ms;
    this.mono += ms;
  }

  jump(ms: number): void {
    this.wall += ms;
  }
}

/** Options as a post config would give them (defaults, then `config` over them), on fake clocks. */
export function options(clocks: FakeClocks, config: Record<string, unknown> = {}, extra: Partial<OutboxOptions> = {}): OutboxOptions {
  return { ...outboxOptionsFrom(outboxSchema.parse({ group_commit: '0ms', ...config }), { log: silentLogger(), now: clocks.now, monotonic: clocks.monotonic }), ...extra };
}

export function storePath(name = 'outbox.db'): string {
  return join(tempDir('outbox-'), name);
}

export function open(path: string, clocks: FakeClocks, config: Record<string, unknown> = {}, extra: Partial<OutboxOptions> = {}): SqliteOutbox {
  return SqliteOutbox.open(path, options(clocks, config, extra));
}

export const reading = (sensor: string, value = 1): outpost.v1.IRecord => ({
  timeUnixMs: 1,
  reading: { sensor, channels: [{ name: 'v', unit: 'V' }], samples: [{ offsetMs: 0, values: [value] }] },
});
export const detection = (id: string): outpost.v1.IRecord => ({ timeUnixMs: 1, detection: { id, sensor: 'geo-1', kind: v1.DetectionKind.DETECTION_KIND_PERSON } });
export const snapshot = (camera: string, bytes = 100): outpost.v1.IRecord => ({ timeUnixMs: 1, snapshot: { camera, data: new Uint8Array(bytes).fill(7) } });
export const eventRecord = (message: string): outpost.v1.IRecord => ({ timeUnixMs: 1, event: { kind: v1.EventKind.EVENT_KIND_FAULT, message } });

/** Everything the store would send now, decoded, in drain order; the lease is released again. */
export function drainAll(outbox: SqliteOutbox): outpost.v1.Record[] {
  const lease = outbox.nextBatch({ maxBytes: Number.MAX_SAFE_INTEGER, maxRecords: 1_000_000 });
  if (lease === undefined) return [];
  outbox.release(lease);
  return lease.records.map((record) => v1.Record.decode(record.bytes));
}

export function seqsOf(lease: Lease | undefined): number[] {
  return lease?.records.map((record) => record.seq) ?? [];
}

/** The RECORDS_DROPPED events among the records, as plain summaries. */
export function dropReports(records: readonly outpost.v1.Record[]): { reason: number; priority: number; count: number }[] {
  return records
    .filter((record) => record.event?.kind === v1.EventKind.EVENT_KIND_RECORDS_DROPPED)
    .map((record) => ({ reason: record.event?.dropped?.reason ?? 0, priority: record.event?.dropped?.priority ?? 0, count: Number(record.event?.dropped?.count ?? 0) }));
}
