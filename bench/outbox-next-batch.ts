/**
 * CPU of the outbox's next-batch look right after a commit, on the side-by-side job's shape (a
 * tick of 10 readings of 20 registers, then one batch, then its ack), with the body cache
 * (body-cache.ts) and without it (every page read from the file), alternating in one process.
 *
 *   npx tsx bench/outbox-next-batch.ts [--ticks 2000] [--rounds 4]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { silentLogger } from '../kernel/logger.js';
import { SqliteOutbox, outboxOptionsFrom } from '../agent/outbox/index.js';
import { outboxSchema } from '../agent/outbox/config.js';
import type { outpost } from '../wire/index.js';

const { values: args } = parseArgs({ options: { ticks: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '4' } } });
const TICKS = Number(args.ticks);
const dir = mkdtempSync(join(tmpdir(), 'outbox-next-batch-'));

function tick(t: number): outpost.v1.IRecord[] {
  return Array.from({ length: 10 }, (_, d) => ({
    timeUnixMs: 1_765_000_000_000 + t * 1000,
    reading: { sensor: `plc-${d + 1}`, channels: Array.from({ length: 20 }, (_, r) => ({ name: `r${r}` })), samples: [{ offsetMs: 0, values: Array.from({ length: 20 }, (_, r) => (t + d * 7 + r) % 65536) }] },
  }));
}

async function run(bodyCacheBytes: number, round: number): Promise<number> {
  const options = { ...outboxOptionsFrom(outboxSchema.parse({ group_commit: '0ms', readings_sync: 'normal' }), { log: silentLogger() }), bodyCacheBytes };
  const outbox = SqliteOutbox.open(join(dir, `o-${bodyCacheBytes}-${round}.db`), options);
  let cpu = 0;
  for (let t = 0; t < TICKS; t++) {
    await outbox.enqueue(tick(t));
    const start = process.cpuUsage();
    const lease = outbox.nextBatch({ maxBytes: 64 * 1024, maxRecords: 500 });
    const used = process.cpuUsage(start);
    cpu += used.user + used.system;
    if (lease === undefined || lease.records.length !== 10) throw new Error(`tick ${t}: ${lease?.records.length ?? 0} records leased`);
    outbox.ack([{ first: lease.records[0]!.seq, last: lease.records[9]!.seq }]);
  }
  await outbox.close();
  return cpu / TICKS;
}

const off: number[] = [];
const on: number[] = [];
for (let round = 0; round < Number(args.rounds); round++) {
  off.push(await run(0, round));
  on.push(await run(256 * 1024, round));
}
rmSync(dir, { recursive: true, force: true });
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`next_batch_cpu_file: ${median(off).toFixed(1)} us   (rounds ${off.map((x) => x.toFixed(1)).join(' / ')})`);
console.log(`next_batch_cpu_cache: ${median(on).toFixed(1)} us   (rounds ${on.map((x) => x.toFixed(1)).join(' / ')})`);
