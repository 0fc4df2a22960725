import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createLogger, silentLogger } from '../../kernel/logger.js';
import { startCentre } from '../../centre/index.js';
import { DAY_MS, partitionName } from '../../centre/pg-partitions.js';
import { PostgresCentreStore } from '../../centre/pg-store.js';
import { RetentionJob } from '../../centre/retention.js';
import { parseRetentionPolicy } from '../../centre/retention-policy.js';
import { SqliteCentreStore } from '../../centre/sqlite-store.js';
import type { RecordBatch } from '../../centre/store.js';
import type { BodyKind } from '../../wire/index.js';
import { runCli } from '../support/cli.js';
import { waitFor } from '../support/net.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const test = suite('centre retention');
const missing = postgresMissing();
let server: TestPostgres | undefined;
const log = silentLogger();
const NOW = Date.now();
const PRIORITY: Record<BodyKind, number> = { detection: 1, incident: 1, reading: 3, health: 3, event: 3, commandResult: 3, snapshot: 4 };

test.before(async () => {
  if (missing === undefined) server = await TestPostgres.start();
});
test.after(async () => {
  await server?.stop();
});

/** `count` records of one kind from post bp-1, from seq `first`, arrived at `receivedUnixMs`. */
function batch(kind: BodyKind, first: number, count: number, receivedUnixMs: number): RecordBatch {
  const records = Array.from({ length: count }, (_, index) => ({ seq: first + index, kind, sensor: 'power', timeUnixMs: receivedUnixMs, timeQuality: 1, priority: PRIORITY[kind], bytes: Uint8Array.of(1) }));
  return { postId: 'bp-1', storeId: '9', receivedUnixMs, records };
}
const readings = (first: number, count: number, receivedUnixMs: number): RecordBatch => batch('reading', first, count, receivedUnixMs);
const all = (keepMs: number) => ({ defaultMs: keepMs, classes: {} });

test('--retention reads a global duration, classes, years and weeks; a wrong part is named', () => {
  assert.equal(parseRetentionPolicy('90d'), { defaultMs: 90 * DAY_MS, classes: {} });
  assert.equal(parseRetentionPolicy('readings=30d, health=12w,alarms=2y'), { classes: { readings: 30 * DAY_MS, health: 84 * DAY_MS, alarms: 730 * DAY_MS } });
  assert.equal(parseRetentionPolicy('default=90d,snapshots=7d'), { defaultMs: 90 * DAY_MS, classes: { snapshots: 7 * DAY_MS } });
  assert.throws(() => parseRetentionPolicy('reading=30d'), /unknown record class "reading"; expected one of readings, health, events, alarms, snapshots, commands or default/);
  assert.throws(() => parseRetentionPolicy('alarms=soon'), /alarms: expected a duration such as 500ms.*found "soon"; years \(2y\) and weeks \(8w\) work too/);
  assert.throws(() => parseRetentionPolicy('readings=0d'), /readings: expected a duration longer than zero, found "0d"/);
  assert.throws(() => parseRetentionPolicy('readings=1d,readings=2d'), /readings is given twice/);
  assert.throws(() => parseRetentionPolicy('90d,'), /found an empty part/);
});

test('SQLite: a pass deletes, chunk by chunk, what arrived before the cutoff and keeps the rest; a later pass finds nothing', async () => {
  const store = SqliteCentreStore.open(join(tempDir(), 'c.db'));
  try {
    // More than two chunks of old records, then newer ones.
    await store.storeBatches([readings(1, 12_000, NOW - 40 * DAY_MS)]);
    await store.storeBatches([readings(12_001, 500, NOW - 20 * DAY_MS), readings(12_501, 100, NOW - DAY_MS)]);
    const job = new RetentionJob({ store, policy: all(30 * DAY_MS), log, clock: () => NOW });
    assert.equal(await job.runOnce(), { partitions: [], removed: { reading: 12_000 } });
    const seqs = store.seqs('bp-1').map((row) => row.seq);
    assert.is(seqs.length, 600);
    assert.is(seqs[0], 12_001);
    assert.equal(await job.runOnce(), { partitions: [], removed: {} });
    assert.is(job.prunedRecords('readings'), 12_000);
    // The records kept are still deduped; one past retention is stored again when resent (documented).
    assert.equal(await store.storeBatches([readings(12_001, 1, NOW), readings(1, 1, NOW)]), [
      { inserted: [], duplicates: 1 },
      { inserted: [1], duplicates: 0 },
    ]);
    await job.stop();
  } finally {
    await store.close();
  }
});

test('SQLite: each class goes at its own age; a class without retention is kept; later passes go on past the kept old rows', async () => {
  const store = SqliteCentreStore.open(join(tempDir(), 'c.db'));
  try {
    // Old alarms among old readings and health, over several chunks, then newer ones.
    for (let day = 50; day >= 1; day -= 7) {
      const at = NOW - day * DAY_MS;
      const base = (50 - day) * 10_000;
      await store.storeBatches([readings(base + 1, 2000, at), batch('detection', base + 3001, 300, at), batch('health', base + 4001, 400, at), batch('event', base + 5001, 5, at)]);
    }
    let now = NOW;
    const job = new RetentionJob({ store, policy: parseRetentionPolicy('readings=30d,health=45d,alarms=2y'), log, clock: () => now });
    // Readings of days 50, 43, 36 (3 × 2000); health of day 50 (400); events have no retention.
    assert.equal(await job.runOnce(), { partitions: [], removed: { reading: 6000, health: 400 } });
    assert.equal(await job.runOnce(), { partitions: [], removed: {} });
    now = NOW + 10 * DAY_MS;
    // Ten days later: readings of day 29 and 22; health of day 43 and 36 (older than 45 d now).
    assert.equal(await job.runOnce(), { partitions: [], removed: { reading: 4000, health: 800 } });
    const left = async (kind: BodyKind): Promise<number> => (await store.records({ kinds: [kind], limit: 100_000 })).length;
    assert.is(await left('detection'), 8 * 300, 'every alarm kept');
    assert.is(await left('event'), 8 * 5, 'events kept: no retention given');
    assert.is(await left('reading'), 3 * 2000);
    assert.is(await left('health'), 5 * 400);
    assert.is(job.prunedRecords('readings'), 10_000);
    assert.is(job.prunedRecords('health'), 1200);
    assert.is(job.prunedRecords('alarms'), 0);
    await job.stop();
  } finally {
    await store.close();
  }
});

test('a failed pass is logged, not thrown', async () => {
  const store = SqliteCentreStore.open(join(tempDir(), 'c.db'));
  await store.storeBatches([readings(1, 10, NOW - 40 * DAY_MS)]);
  const lines: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter((text) => text.trim() !== '')));
  await store.close();
  const job = new RetentionJob({ store, policy: all(DAY_MS), log: createLogger({ destination: stream, pretty: false, level: 'info' }), clock: () => NOW });
  assert.is(await job.runOnce(), undefined, 'the store is closed: the pass fails');
  await waitFor('the warning logged', () => lines.some((line) => /retention pass failed; it is tried again at the next one/.test(line)));
});

interface ClassReport {
  keep: string | null;
  keepMs: number | null;
  oldestRecordTime: string | null;
  prunedRecords: number;
}

test('the running centre prunes at start and reports each class in /api/stats; a bad value is a usage error', async () => {
  const db = join(tempDir(), 'c.db');
  const seeded = SqliteCentreStore.open(db);
  await seeded.storeBatches([readings(1, 50, NOW - 10 * DAY_MS), readings(51, 5, NOW), batch('incident', 100, 2, NOW - 10 * DAY_MS)]);
  await seeded.close();
  const store = SqliteCentreStore.open(db);
  const centre = await startCentre({ store, embeddedBroker: '127.0.0.1:0', http: '127.0.0.1:0', retention: parseRetentionPolicy('readings=7d,alarms=2y') });
  try {
    await waitFor('the records past retention removed', () => store.seqs('bp-1').length === 7);
    assert.equal(store.seqs('bp-1').map((row) => row.seq), [51, 52, 53, 54, 55, 100, 101]);
    const stats = await waitFor('the pruned readings counted', async () => {
      const body = (await (await fetch(`${String(centre.httpAddress)}/api/stats`)).json()) as { stored: number; retention: Record<string, ClassReport> };
      return body.retention['readings']?.prunedRecords === 50 ? body : undefined;
    });
    assert.is(typeof stats.stored, 'number');
    assert.equal(stats.retention['readings'], { keep: '7d', keepMs: 7 * DAY_MS, oldestRecordTime: new Date(NOW).toISOString(), prunedRecords: 50 });
    assert.equal(stats.retention['alarms'], { keep: '2y', keepMs: 730 * DAY_MS, oldestRecordTime: new Date(NOW - 10 * DAY_MS).toISOString(), prunedRecords: 0 });
    assert.equal(stats.retention['health'], { keep: null, keepMs: null, oldestRecordTime: null, prunedRecords: 0 });
  } finally {
    await centre.stop();
  }
  const bad = await runCli(['centre', '--retention', 'forever', '--db', join(tempDir(), 'c.db')]);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /--retention: expected a duration such as 500ms, 30s, 5m, 2h or 7d/);
  const badClass = await runCli(['centre', '--retention', '90d,alarm=2y', '--db', join(tempDir(), 'c.db')]);
  assert.is(badClass.code, 2);
  assert.match(badClass.stderr, /--retention: unknown record class "alarm"; expected one of readings, health, events, alarms, snapshots, commands or default/);
  const api = await runCli(['centre', '--retention', '90d', '--worker-role', 'api', '--db', 'postgres://outpost@127.0.0.1:1/outpost']);
  assert.is(api.code, 2);
  assert.match(api.stderr, /--retention applies to workers that store records/);
});

testUnless(test, missing, 'PostgreSQL: the job drops whole day partitions past retention; two workers passing at once drop each once', async () => {
  const url = await (server as TestPostgres).createDatabase('retention_1');
  const now = NOW;
  const open = (clock: () => number): Promise<PostgresCentreStore> => PostgresCentreStore.open(url, { log, clock });
  const old = await open(() => now - 12 * DAY_MS);
  await old.storeBatches([readings(1, 20, now - 12 * DAY_MS)]);
  await old.close();
  const [one, two] = await Promise.all([open(() => now), open(() => now)]);
  try {
    await one.storeBatches([readings(21, 5, now)]);
    const jobs = [one, two].map((store) => new RetentionJob({ store, policy: all(7 * DAY_MS), log, clock: () => now }));
    const outcomes = await Promise.all(jobs.map((job) => job.runOnce()));
    const dropped = outcomes.flatMap((outcome) => outcome?.partitions ?? []);
    const oldDay = partitionName(Math.floor((now - 12 * DAY_MS) / DAY_MS) * DAY_MS);
    assert.is(dropped.filter((name) => name === oldDay).length, 1, `dropped ${dropped.join(', ')}`);
    assert.is(outcomes.reduce((sum, outcome) => sum + (outcome?.removed.reading ?? 0), 0), 20, 'the dropped rows counted once');
    assert.equal((await one.seqs('bp-1')).map((row) => row.seq), [21, 22, 23, 24, 25]);
    await Promise.all(jobs.map((job) => job.stop()));
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
});

testUnless(test, missing, 'PostgreSQL per class: a day of readings only is dropped whole; a day that holds alarms kept longer stays and loses its readings in batches', async () => {
  const url = await (server as TestPostgres).createDatabase('retention_2');
  const readingsDay = NOW - 20 * DAY_MS;
  const mixedDay = NOW - 12 * DAY_MS;
  let now = readingsDay;
  const store = await PostgresCentreStore.open(url, { log, clock: () => now });
  try {
    await store.storeBatches([readings(1, 100, readingsDay)]);
    now = mixedDay;
    await store.storeBatches([readings(1001, 12_000, mixedDay), batch('incident', 20_001, 3, mixedDay), batch('health', 30_001, 10, mixedDay)]);
    now = NOW;
    await store.storeBatches([readings(40_001, 5, NOW)]);
    const job = new RetentionJob({ store, policy: parseRetentionPolicy('readings=7d,health=7d,alarms=2y'), log, clock: () => now });
    const outcome = await job.runOnce();
    const dropped = outcome?.partitions ?? [];
    assert.ok(dropped.includes(partitionName(Math.floor(readingsDay / DAY_MS) * DAY_MS)), `dropped ${dropped.join(', ')}`);
    assert.equal(outcome?.removed, { reading: 12_100, health: 10 });
    const mixed = partitionName(Math.floor(mixedDay / DAY_MS) * DAY_MS);
    const tables = await (server as TestPostgres).query<{ name: string }>("SELECT relname AS name FROM pg_class WHERE relname = $1", [mixed], 'retention_2');
    assert.is(tables.length, 1, 'the day holding alarms is kept');
    assert.not.ok(dropped.includes(mixed));
    const seqs = (await store.seqs('bp-1')).map((row) => row.seq);
    assert.equal(seqs, [20_001, 20_002, 20_003, 40_001, 40_002, 40_003, 40_004, 40_005]);
    // Dedupe keys went with their records: a deleted reading resent is stored again, a kept incident is a duplicate.
    assert.equal(await store.storeBatches([readings(1001, 1, NOW), batch('incident', 20_001, 1, NOW)]), [
      { inserted: [1001], duplicates: 0 },
      { inserted: [], duplicates: 1 },
    ]);
    assert.equal(await job.runOnce(), { partitions: [], removed: {} });
    const oldest = await store.oldestRecordTimes();
    assert.equal(oldest, { incident: mixedDay, reading: NOW });
    await job.stop();
  } finally {
    await store.close();
  }
});

test.run();
