/**
 * Bytes the outbox writes per payload byte on the side-by-side job's shape, without the agent
 * around it: every tick 10 readings (20 registers each, ~321 bytes encoded, one per sensor key)
 * are enqueued together, then leased and acked as the uplink would. Prints `name: value unit`
 * lines, and how many WAL frames (SQLite pages) an average commit appended.
 *
 *   npx tsx bench/outbox-ticks.ts [--dir DIR] [--ticks 300] [--tick-ms 100] [--readings-sync full|normal] [--staging-journal true|false]
 *     [--outbox OTHER/dist/agent/outbox/index.js]   (another build's outbox, measured the same way)
 *
 * Ticks run faster than the real 1 Hz (--tick-ms): the byte counts per tick do not depend on the
 * pace with `full` (every commit syncs), while the ack batch (1000 records or 10 s) comes every
 * 100 ticks either way. /proc/self/io counts a 4 KiB page each time a clean page is dirtied.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { v1, type outpost } from '../wire/index.js';
import type { OutboxConfig } from '../agent/outbox/config.js';
import type * as OutboxModule from '../agent/outbox/index.js';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: tmpdir() },
    ticks: { type: 'string', default: '300' },
    'tick-ms': { type: 'string', default: '100' },
    'readings-sync': { type: 'string', default: 'full' },
    'staging-journal': { type: 'string', default: 'true' },
    outbox: { type: 'string' },
  },
});
const TICKS = Number(args.ticks);
const TICK_MS = Number(args['tick-ms']);
const SENSORS = 10;

const { SqliteOutbox, outboxOptionsFrom } = (args.outbox === undefined
  ? await import('../agent/outbox/index.js')
  : await import(pathToFileURL(resolve(args.outbox)).href)) as typeof OutboxModule;

/** One device's reading as the Modbus sensor makes it: 20 uint16 registers named r0..r19. */
function reading(sensor: number, tick: number): outpost.v1.IRecord {
  return {
    seq: 0,
    timeUnixMs: 1_796_000_000_000 + tick * 1000,
    timeQuality: v1.TimeQuality.TIME_QUALITY_GPS,
    priority: v1.Priority.PRIORITY_STATUS,
    reading: {
      sensor: `meter${sensor}`,
      channels: Array.from({ length: 20 }, (_, r) => ({ name: `r${r}` })),
      samples: [{ values: Array.from({ length: 20 }, (_, r) => 61_000 + ((tick * 7 + r * 13 + sensor) % 4000)) }],
    },
  };
}

function writtenBytes(): number {
  return Number(/^write_bytes:\s+(\d+)/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? Number.NaN);
}

function walFrames(path: string): number {
  try {
    return Math.max(0, readFileSync(`${path}-wal`).length - 32);
  } catch {
    return 0;
  }
}

const root = mkdtempSync(join(args.dir, 'outpost-bench-ticks-'));
try {
  const config: OutboxConfig = {
    path: join(root, 'outbox.db'),
    max_bytes: 256 * 1024 * 1024,
    max_records: 1_000_000,
    ttl: { alarm: 30 * 86_400_000, status: 7 * 86_400_000, bulk: 2 * 86_400_000 },
    compact_status: true,
    group_commit: 5,
    readings_sync: args['readings-sync'] === 'normal' ? 'normal' : 'full',
    staging_journal: args['staging-journal'] !== 'false',
    lease: 60_000,
    memory_queue: 1000,
    drop_report_interval: 60_000,
  };
  const outbox = SqliteOutbox.open(config.path, outboxOptionsFrom(config));
  // A first tick and its ack make the segment and the files: not counted.
  let payload = 0;
  const tick = async (t: number): Promise<void> => {
    await Promise.all(Array.from({ length: SENSORS }, (_, s) => outbox.enqueue([reading(s, t)])));
    for (let lease = outbox.nextBatch({ maxBytes: 256 * 1024, maxRecords: 500 }); lease !== undefined; lease = outbox.nextBatch({ maxBytes: 256 * 1024, maxRecords: 500 })) {
      for (const record of lease.records) payload += record.bytes.length;
      outbox.ack([{ first: lease.records[0]?.seq ?? 0, last: lease.records.at(-1)?.seq ?? 0 }]);
    }
  };
  await tick(0);
  payload = 0;
  const commits0 = outbox.health().counters?.['commits'];
  const before = writtenBytes();
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (let t = 1; t <= TICKS; t++) {
    await tick(t);
    const wait = started + t * TICK_MS - performance.now();
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  }
  const cpu = process.cpuUsage(cpu0);
  const written = writtenBytes() - before;
  const commits = Number(outbox.health().counters?.['commits'] ?? 0) - Number(commits0 ?? 0);
  await outbox.close();
  console.log(`ticks: ${TICKS} count`);
  console.log(`payload_per_tick: ${(payload / TICKS).toFixed(0)} B`);
  console.log(`written_per_tick: ${(written / TICKS).toFixed(0)} B`);
  console.log(`synced_commits_per_tick: ${(commits / TICKS).toFixed(2)} count`);
  console.log(`wal_bytes_left_at_close: ${walFrames(config.path)} B`);
  console.log(`outbox_cpu_per_tick: ${(((cpu.user + cpu.system) / TICKS) / 1000).toFixed(3)} ms`);
  console.log(`write_bytes_per_payload_byte: ${(written / payload).toFixed(2)} ratio`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
