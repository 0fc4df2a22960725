/**
 * The plans of the PostgreSQL store's reads on a table of 120,000 records (100 posts, 1,000
 * sensor names, three day partitions): each statement the store sends is caught and run again
 * under EXPLAIN, so what is checked is what the console's lists run. Prints each plan's lines
 * and `name: value unit` for the statements whose plan holds no Seq Scan of a records partition.
 * Seq Scans of the empty partitions made ahead (no statistics, no pages) are not counted. With
 * sensor numbers (migration 10), the oldest day's rows are left without one, as rows stored
 * before that migration are.
 *   npx tsx bench/centre-pg-explain.ts
 *   BENCH_BASELINE=/work/wt/base npx tsx bench/centre-pg-explain.ts   (another checkout's built store)
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { silentLogger } from '../kernel/logger.js';
import { DAY_MS, partitionName } from '../centre/pg-partitions.js';
import { PostgresCentreStore as BranchStore } from '../centre/pg-store.js';
import type { RecordBatch } from '../centre/store.js';
import type { BodyKind } from '../wire/index.js';
import { postgresMissing, TestPostgres } from '../test/support/postgres.js';

const POSTS = 100;
const SENSORS = 1000;
const RECORDS = 120_000;
const baseline = process.env['BENCH_BASELINE'];
const PostgresCentreStore: typeof BranchStore = baseline === undefined ? BranchStore : ((await import(`${baseline}/dist/centre/pg-store.js`)) as { PostgresCentreStore: typeof BranchStore }).PostgresCentreStore;
const missing = postgresMissing();
if (missing !== undefined) {
  console.error(`cannot run: ${missing}`);
  process.exit(1);
}
const now = Date.now();
const server = await TestPostgres.start();
try {
  const url = await server.createDatabase('explain');
  const days = [now - 2 * DAY_MS, now - DAY_MS, now];
  const body = randomBytes(40);
  const kindOf = (n: number): BodyKind => (n % 100 === 0 ? 'incident' : n % 20 === 0 ? 'health' : n % 10 === 1 ? 'detection' : n % 50 === 3 ? 'snapshot' : n % 50 === 7 ? 'commandResult' : 'reading');
  // Each day stored with that day as the store's clock, so it lands in its partition.
  let n = 0;
  for (const [day, at] of days.entries()) {
    const store = await PostgresCentreStore.open(url, { log: silentLogger(), clock: () => at });
    for (let seqBase = 0; seqBase < RECORDS / days.length / POSTS; seqBase += 100) {
      const batches: RecordBatch[] = Array.from({ length: POSTS }, (_, post) => ({
        postId: `bp-${String(post).padStart(3, '0')}`,
        storeId: '7',
        receivedUnixMs: at,
        records: Array.from({ length: 100 }, (_, index) => {
          const kind = kindOf(++n);
          return { seq: day * 1_000_000 + seqBase + index + 1, kind, sensor: kind === 'health' ? '' : `sensor-${n % SENSORS}`, timeUnixMs: at - 100_000 + seqBase + index, timeQuality: 2, priority: 3, bytes: body, bodyId: kind === 'incident' || kind === 'snapshot' ? `id-${n}` : undefined };
        }),
      }));
      await store.storeBatches(batches);
    }
    await store.close();
  }
  const store = await PostgresCentreStore.open(url, { log: silentLogger(), clock: () => now });
  // Where records carry a sensor number (migration 10): the oldest day's rows as that migration
  // leaves rows stored before it (no number), so the reads by sensor walk both paths.
  const numbered = (await store.pool.query("SELECT 1 FROM information_schema.columns WHERE table_name = 'records' AND column_name = 'sensor_no'")).rowCount === 1;
  if (numbered) await store.pool.query(`UPDATE ${partitionName(Math.floor((days[0] as number) / DAY_MS) * DAY_MS)} SET sensor_no = NULL`);
  await store.pool.query(numbered ? 'VACUUM ANALYZE' : 'ANALYZE');
  console.log(`explain_rows: ${(await store.pool.query<{ n: string }>('SELECT count(*) AS n FROM records')).rows[0]?.n} records`);
  const caught: { text: string; values: unknown[] }[] = [];
  const original = store.pool.query.bind(store.pool) as (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
  (store.pool as unknown as { query: (text: string, values?: unknown[]) => Promise<pg.QueryResult> }).query = async (text, values = []) => {
    caught.push({ text, values });
    return original(text, values);
  };
  const reads: [string, () => Promise<unknown>][] = [
    ['readings', () => store.records({ kinds: ['reading'], limit: 100 })],
    ['readings_of_post', () => store.records({ kinds: ['reading'], postId: 'bp-042', limit: 100 })],
    ['readings_of_sensor', () => store.records({ kinds: ['reading'], sensor: 'sensor-424', limit: 100 })],
    ['readings_of_post_sensor', () => store.records({ kinds: ['reading'], postId: 'bp-042', sensor: 'sensor-424', limit: 100 })],
    ['readings_window_cursor', () => store.records({ kinds: ['reading'], sinceUnixMs: now - DAY_MS - 50_000, untilUnixMs: now - DAY_MS, before: { timeUnixMs: now - DAY_MS - 10_000, id: 1e9 }, limit: 100 })],
    ['incidents', () => store.records({ kinds: ['incident'], limit: 50 })],
    ['post_vitals', () => store.records({ kinds: ['health'], postId: 'bp-042', sinceUnixMs: now - 2 * DAY_MS, untilUnixMs: now, limit: 500 })],
    ['detections_around_incident', () => store.records({ kinds: ['detection'], postId: 'bp-042', sinceUnixMs: now - 60_000, untilUnixMs: now, limit: 1000 })],
    ['command_results', () => store.records({ kinds: ['commandResult'], postId: 'bp-042', sensor: 'sensor-7', limit: 20 })],
    ['two_kinds_of_post', () => store.records({ kinds: ['reading', 'health'], postId: 'bp-042', limit: 100 })],
    ['incident_by_id', () => store.recordByBodyId('incident', 'bp-000', 'id-100')],
    ['latest_health', () => store.latestHealth()],
    ['latest_health_of_post', () => store.latestHealth('bp-042')],
    ['post_seqs', () => store.seqs('bp-042')],
    ['oldest_times', () => store.oldestRecordTimes()],
  ];
  const held = days.map((day) => partitionName(Math.floor(day / DAY_MS) * DAY_MS));
  let indexed = 0;
  for (const [name, read] of reads) {
    caught.length = 0;
    await read();
    for (const { text, values } of caught) {
      const plan = (await original(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${text}`, values)).rows.map((row: Record<string, string>) => Object.values(row)[0] as string);
      const scans = plan.filter((line) => held.some((partition) => line.includes(`Seq Scan on ${partition} `)));
      console.log(`--- ${name}\n${plan.join('\n')}`);
      if (scans.length === 0) indexed += 1;
      console.log(`explain_${name}_seq_scans: ${scans.length} partitions`);
    }
  }
  console.log(`explain_reads_without_seq_scan: ${indexed} of ${reads.length} statements`);
  await store.close();
} finally {
  await server.stop();
}
