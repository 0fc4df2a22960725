/**
 * One PostgreSQL group commit alone, without broker or posts: what storing 20,000 records (200
 * posts × 100, 5 % of them health) costs the database backend and the worker, in CPU (from /proc
 * and process.cpuUsage, so other jobs on the machine change it less than the wall time). Prints
 * `name: value unit` lines.
 *   npm run bench:centre-pg-commit                 (needs PostgreSQL 15; under a minute)
 *   BENCH_ROUNDS=20 npm run bench:centre-pg-commit
 *   BENCH_SENSORS=100 npm run bench:centre-pg-commit   (readings over 100 sensor names, health without one; 1: every record 'power', as before)
 *   BENCH_BASELINE=/work/wt/base npm run bench:centre-pg-commit   (another checkout's built store)
 * Without BENCH_BASELINE it measures the tree it runs from.
 */
import { randomBytes } from 'node:crypto';
import { silentLogger } from '../kernel/logger.js';
import { PostgresCentreStore as BranchStore } from '../centre/pg-store.js';
import type { RecordBatch } from '../centre/store.js';
import { postgresMissing, TestPostgres } from '../test/support/postgres.js';
import { descendantCpu, ownCpu } from './process-cpu.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 12);
/** Distinct sensor names the readings are spread over (health has none). */
const SENSORS = Number(process.env['BENCH_SENSORS'] ?? 1);
const baseline = process.env['BENCH_BASELINE'];
const PostgresCentreStore: typeof BranchStore = baseline === undefined ? BranchStore : ((await import(`${baseline}/dist/centre/pg-store.js`)) as { PostgresCentreStore: typeof BranchStore }).PostgresCentreStore;
/** The first commits create partitions and warm caches: not counted. */
const WARM_ROUNDS = 2;
const POSTS = 200;
const PER_POST = 100;

const missing = postgresMissing();
if (missing !== undefined) {
  console.error(`cannot run: ${missing}`);
  process.exit(1);
}

const server = await TestPostgres.start({ fsync: true });
try {
  const store = await PostgresCentreStore.open(await server.createDatabase('bench_commit'), { log: silentLogger(), poolSize: 1 });
  const storeIds = Array.from({ length: POSTS }, () => BigInt(`0x${randomBytes(7).toString('hex')}`).toString());
  // A reading as posts encode it is about 40 bytes; the bytes themselves do not matter to the store.
  const body = randomBytes(40);
  let seq = 0;
  const group = (): RecordBatch[] => {
    seq += PER_POST;
    const now = Date.now();
    return storeIds.map((storeId, post) => ({
      postId: `bench-${String(post).padStart(4, '0')}`,
      storeId,
      receivedUnixMs: now,
      records: Array.from({ length: PER_POST }, (_, index) => ({ seq: seq - PER_POST + index + 1, kind: index % 20 === 0 ? ('health' as const) : ('reading' as const), sensor: SENSORS === 1 ? 'power' : index % 20 === 0 ? '' : `sensor-${(post * PER_POST + index) % SENSORS}`, timeUnixMs: now, timeQuality: 2, priority: 3, bytes: body })),
      backlog: 5,
    }));
  };
  let wallMs = 0;
  let databaseS = 0;
  let workerS = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const batches = group();
    const database = descendantCpu().get('postgres') ?? 0;
    const worker = ownCpu();
    const began = performance.now();
    await store.storeBatches(batches);
    if (round < WARM_ROUNDS) continue;
    wallMs += performance.now() - began;
    workerS += ownCpu() - worker;
    databaseS += (descendantCpu().get('postgres') ?? 0) - database;
  }
  const counted = ROUNDS - WARM_ROUNDS;
  const records = POSTS * PER_POST;
  console.log(`centre_pg_commit_records: ${records} records`);
  console.log(`centre_pg_commit_sensor_names: ${SENSORS} names`);
  console.log(`centre_pg_commit_wall: ${(wallMs / counted).toFixed(0)} ms`);
  console.log(`centre_pg_commit_cpu_postgresql: ${((databaseS * 1000) / counted).toFixed(0)} ms`);
  console.log(`centre_pg_commit_cpu_worker: ${((workerS * 1000) / counted).toFixed(0)} ms`);
  console.log(`centre_pg_commit_cpu_per_record: ${(((databaseS + workerS) * 1e6) / counted / records).toFixed(1)} us/record`);
  await store.close();
} finally {
  await server.stop();
}
