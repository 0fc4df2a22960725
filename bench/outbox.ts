/**
 * Outbox throughput, durability cost and write amplification against a bare better-sqlite3
 * loop with the same durability (WAL, synchronous = FULL, the same batch sizes), side by side
 * in one process on the same disk. Prints `name: value unit` lines.
 *
 *   npx tsx bench/outbox.ts [--dir DIR] [--bursts N] [--burst-size N] [--singles N]
 *
 * DIR defaults to the OS temp dir: put it on the disk you care about (an SD card on a post).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { v1, type outpost } from '../agent/codec/index.js';
import { SqliteOutbox, outboxOptionsFrom } from '../agent/outbox/index.js';
import type { OutboxConfig } from '../agent/outbox/config.js';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: tmpdir() },
    bursts: { type: 'string', default: '60' },
    'burst-size': { type: 'string', default: '1000' },
    singles: { type: 'string', default: '300' },
  },
});
const BURSTS = Number(args.bursts);
const BURST = Number(args['burst-size']);
const SINGLES = Number(args.singles);
const root = mkdtempSync(join(args.dir, 'outpost-bench-'));

/** A reading of 4 channels x 4 samples as the pipeline hands it over (seq 0, class set): about 200 bytes encoded. */
function record(index: number): outpost.v1.IRecord {
  return {
    seq: 0,
    timeUnixMs: 1_795_000_000_000 + index,
    timeQuality: v1.TimeQuality.TIME_QUALITY_GPS,
    priority: v1.Priority.PRIORITY_STATUS,
    reading: {
      sensor: `power-${index % 4}`,
      channels: [
        { name: 'battery', unit: 'V' },
        { name: 'load', unit: 'A' },
        { name: 'panel', unit: 'V' },
        { name: 'temp', unit: 'C' },
      ],
      samples: Array.from({ length: 4 }, (_, k) => ({ offsetMs: k * 250, values: [12.5 + k / 10, 0.25 * k, 18.2, 21.5] })),
    },
  };
}
const sample = v1.Record.encode({ ...record(0), seq: 123_456, priority: v1.Priority.PRIORITY_STATUS }).finish();
const RECORD_BYTES = sample.length;

function print(name: string, value: number, unit: string): void {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1);
  console.log(`${name}: ${text} ${unit}`);
}

function writtenBytes(): number {
  const match = /^write_bytes:\s+(\d+)/m.exec(readFileSync('/proc/self/io', 'utf8'));
  return match ? Number(match[1]) : Number.NaN;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/**
 * The baseline: one transaction per batch, the same pragmas, the same bytes. With `encode`, it
 * encodes each record as any store of these records must (the outbox takes records, not bytes).
 */
function bareLoop(name: string, batch: number, batches: number, encode = false): { perS: number; written: number } {
  const db = new Database(join(root, `${name}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE records (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO records (seq, body) VALUES (?, ?)');
  const records = Array.from({ length: batch }, (_, i) => record(i));
  const commit = db.transaction((first: number) => {
    for (let i = 0; i < batch; i++) insert.run(first + i, encode ? v1.Record.encode({ ...records[i], seq: first + i }).finish() : sample);
  });
  const before = writtenBytes();
  const started = performance.now();
  for (let b = 0; b < batches; b++) commit(b * batch + 1);
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { perS: (batch * batches) / seconds, written: writtenBytes() - before };
}

function openOutbox(name: string, groupCommit: number): SqliteOutbox {
  const config: OutboxConfig = {
    path: join(root, `${name}.db`),
    max_bytes: 4e9,
    max_records: 1e8,
    ttl: { alarm: 30 * 86_400_000, status: 7 * 86_400_000, bulk: 2 * 86_400_000 },
    compact_status: false,
    group_commit: groupCommit,
    lease: 60_000,
    memory_queue: 1000,
    drop_report_interval: 60_000,
  };
  return SqliteOutbox.open(config.path, outboxOptionsFrom(config));
}

async function outboxSingles(groupCommit: number): Promise<{ perS: number; latencies: number[] }> {
  const outbox = openOutbox(`single-${groupCommit}`, groupCommit);
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < SINGLES; i++) {
    const t = performance.now();
    await outbox.enqueue([record(i)]);
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  await outbox.close();
  return { perS: SINGLES / seconds, latencies };
}

async function outboxBursts(): Promise<{ perS: number; written: number; latencies: number[]; outbox: SqliteOutbox }> {
  const outbox = openOutbox('bursts', 5);
  const latencies: number[] = [];
  const before = writtenBytes();
  const started = performance.now();
  for (let b = 0; b < BURSTS; b++) {
    const calls: Promise<void>[] = [];
    for (let i = 0; i < BURST; i++) {
      const t = performance.now();
      calls.push(outbox.enqueue([record(i)]).then(() => void latencies.push(performance.now() - t)));
    }
    await Promise.all(calls);
  }
  const seconds = (performance.now() - started) / 1000;
  return { perS: (BURSTS * BURST) / seconds, written: writtenBytes() - before, latencies, outbox };
}

function drain(outbox: SqliteOutbox): { ackPerS: number; drainPerS: number; written: number } {
  const before = writtenBytes();
  let acked = 0;
  let ackMs = 0;
  const started = performance.now();
  for (;;) {
    const lease = outbox.nextBatch({ maxBytes: 64 * 1024, maxRecords: 200 });
    if (lease === undefined) break;
    const t = performance.now();
    acked += outbox.ack([{ first: lease.records[0]?.seq ?? 0, last: lease.records.at(-1)?.seq ?? 0 }]);
    ackMs += performance.now() - t;
  }
  const seconds = (performance.now() - started) / 1000;
  return { ackPerS: acked / (ackMs / 1000), drainPerS: acked / seconds, written: writtenBytes() - before };
}

try {
  const total = BURSTS * BURST;
  const payload = total * RECORD_BYTES;
  print('record_size', RECORD_BYTES, 'bytes');

  const bareSingle = bareLoop('bare-single', 1, SINGLES);
  const single0 = await outboxSingles(0);
  const single5 = await outboxSingles(5);
  print('single_bare_records_per_s', bareSingle.perS, 'records/s');
  print('single_outbox_records_per_s', single0.perS, 'records/s');
  print('single_ratio', single0.perS / bareSingle.perS, 'x');
  print('single_outbox_group_commit_5ms_records_per_s', single5.perS, 'records/s');

  const bareBurst = bareLoop('bare-burst', BURST, BURSTS);
  const bareEncodeBurst = bareLoop('bare-encode-burst', BURST, BURSTS, true);
  const burst = await outboxBursts();
  print('burst_size', BURST, 'records');
  print('burst_bare_records_per_s', bareBurst.perS, 'records/s');
  print('burst_bare_encoding_records_per_s', bareEncodeBurst.perS, 'records/s');
  print('burst_outbox_records_per_s', burst.perS, 'records/s');
  print('burst_ratio', burst.perS / bareBurst.perS, 'x');
  print('burst_ratio_to_encoding_loop', burst.perS / bareEncodeBurst.perS, 'x');
  print('burst_bare_bytes_written_per_payload_byte', bareBurst.written / payload, 'bytes/byte');
  print('burst_outbox_bytes_written_per_payload_byte', burst.written / payload, 'bytes/byte');

  const sortedBurst = [...burst.latencies].sort((a, b) => a - b);
  print('burst_enqueue_to_durable_p50', percentile(sortedBurst, 50), 'ms');
  print('burst_enqueue_to_durable_p99', percentile(sortedBurst, 99), 'ms');
  const sortedSingle = [...single5.latencies].sort((a, b) => a - b);
  print('single_enqueue_to_durable_p50', percentile(sortedSingle, 50), 'ms');
  print('single_enqueue_to_durable_p99', percentile(sortedSingle, 99), 'ms');

  const drained = drain(burst.outbox);
  print('ack_records_per_s', drained.ackPerS, 'records/s');
  print('drain_records_per_s', drained.drainPerS, 'records/s');
  await burst.outbox.close();
  print('cycle_outbox_bytes_written_per_payload_byte', (burst.written + drained.written) / payload, 'bytes/byte');
} finally {
  rmSync(root, { recursive: true, force: true });
}
