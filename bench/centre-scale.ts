/**
 * Centre at scale: ingest throughput and ack latency with many posts connected, for one worker
 * on SQLite and one, two and three workers on PostgreSQL. Prints `name: value unit` lines.
 *   npm run build && npm run bench:centre-scale          (needs Mosquitto and PostgreSQL 15; a few minutes)
 *   BENCH_POSTS=200 BENCH_BACKLOG=50 npm run bench:centre-scale
 *   BENCH_SCENARIOS=sqlite,postgres-1 OUTPOST_WORKER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' npm run bench:centre-scale
 *   BENCH_BASELINE=/path/to/other/checkout npm run bench:centre-scale
 *   BENCH_WARM=0 BENCH_WRITE_AHEAD=0 npm run bench:centre-scale   (cold workers; envelopes written on the clock)
 * BENCH_BASELINE runs each scenario first with that checkout's workers (`baseline <name>` lines),
 * then with this one's, in the same run on the same broker and PostgreSQL: on a shared machine
 * only figures taken side by side compare.
 *
 * Everything runs on this machine: Mosquitto, PostgreSQL (its own cluster, fsync on, default
 * synchronous_commit: an acked record is on disk), the centre workers as `outpost centre`
 * processes, and the fleet of simulated posts (bench/post-fleet.ts: real envelopes, one MQTT
 * session per post) in this process.
 * - warm-up: every post sends BENCH_WARM records (default 10) and has them acked, untimed: the
 *   workers' code is compiled and the posts are known, as in a centre that has run a while.
 * - ingest: every post holds BENCH_BACKLOG records (the burst after an outage) and sends them
 *   at once; records stored and acked per second, from the first send to the last ack. The
 *   envelopes are written and deflated before the clock starts (a post does that on its own
 *   board): the load generator's CPU in the window is then MQTT only.
 * - ack p50/p99: the posts then make records at half that rate, and send envelopes at half the
 *   drain's envelope rate (each post at most every 10 s), for BENCH_LATENCY_S seconds (at least
 *   three send periods); time from an envelope's send to its ack.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { postgresMissing, TestPostgres } from '../test/support/postgres.js';
import { waitFor } from '../test/support/net.js';
import { tempDir } from '../test/support/tmp.js';
import { Mosquitto } from '../test/uplink/mosquitto.js';
import { Worker } from '../test/centre/workers.js';
import { percentile, PostFleet } from './post-fleet.js';
import { descendantCpu, ownCpu } from './process-cpu.js';

const POSTS = Number(process.env['BENCH_POSTS'] ?? 1000);
const BACKLOG = Number(process.env['BENCH_BACKLOG'] ?? 100);
const LATENCY_S = Number(process.env['BENCH_LATENCY_S'] ?? 10);
/** Records each post sends, and has acked, before the burst is timed (0: none, the workers start cold). */
const WARM = Number(process.env['BENCH_WARM'] ?? 10);
/** The burst's envelopes written and deflated before the clock starts (0: as each post sends, on the shared cores). */
const WRITE_AHEAD = process.env['BENCH_WRITE_AHEAD'] !== '0';
/** Scenario names to run, by prefix (`sqlite`, `postgres-1`, …); all when unset. */
const SCENARIOS = (process.env['BENCH_SCENARIOS'] ?? '').split(',').filter((name) => name !== '');
const wanted = (name: string): boolean => SCENARIOS.length === 0 || SCENARIOS.some((prefix) => name.startsWith(prefix));

/** A source file of `tree` newer than its build (dist/agent/cli/main.js), or undefined when the build is current. */
function staleBuild(tree: string): string | undefined {
  const built = join(tree, 'dist', 'agent', 'cli', 'main.js');
  if (!existsSync(built)) return 'the sources (there is no build)';
  const builtAt = statSync(built).mtimeMs;
  for (const folder of ['agent', 'centre', 'kernel', 'wire', 'drivers']) {
    for (const file of readdirSync(join(tree, folder), { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.ts') && statSync(join(tree, folder, file)).mtimeMs > builtAt) return join(folder, file);
    }
  }
  return undefined;
}

function line(name: string, value: number, unit: string, digits = 0): void {
  console.log(`${name}: ${value.toFixed(digits)} ${unit}`);
}

/**
 * Where the drain's CPU went, per record stored, on the cores everything shares: the simulated
 * posts (this process: it must not be what limits the figure), the broker, the centre workers
 * (`node`) and PostgreSQL (every backend and helper process).
 */
function cpuLines(name: string, before: { peers: Map<string, number>; generator: number }, records: number): void {
  const peers = descendantCpu();
  const perRecord = (seconds: number): number => (seconds * 1e6) / records;
  line(`${name} cpu posts (load generator)`, perRecord(ownCpu() - before.generator), 'us/record', 1);
  let total = ownCpu() - before.generator;
  for (const [process, label] of [['mosquitto', 'broker'], ['node', 'workers'], ['postgres', 'postgresql']] as const) {
    if (!peers.has(process)) continue;
    const used = (peers.get(process) ?? 0) - (before.peers.get(process) ?? 0);
    total += used;
    line(`${name} cpu ${label}`, perRecord(used), 'us/record', 1);
  }
  line(`${name} cpu all`, perRecord(total), 'us/record', 1);
}

interface Figures {
  ingest: number;
  p50: number;
  p99: number;
}

async function scenario(name: string, broker: Mosquitto, start: () => Promise<Worker[]>): Promise<Figures> {
  const workers = await start();
  let fleet: PostFleet | undefined;
  try {
    fleet = await PostFleet.connect({ broker: broker.url, posts: POSTS, recordsPerSecond: 0, ackTimeoutMs: 120_000, prefix: name });
    const posts = fleet;
    posts.start(false);
    if (WARM > 0) {
      // A centre that has run a while: its code compiled, the posts known (numbered, on PostgreSQL), today's partition made.
      posts.fill(WARM);
      await waitFor(`${name}: the warm-up acked`, () => posts.backlog() === 0, 120_000, 20);
    }
    const generatedBefore = posts.generated;
    // In one turn, so no send tick comes between: the records, then their envelopes.
    posts.fill(BACKLOG);
    if (WRITE_AHEAD) posts.writeAhead();
    const filled = posts.generated - generatedBefore;
    const cpuBefore = { peers: descendantCpu(), generator: ownCpu() };
    const began = Date.now();
    await waitFor(`${name}: the backlog acked`, () => posts.backlog() === 0, 600_000, 20);
    const drainS = (Date.now() - began) / 1000;
    const ingest = filled / drainS;
    line(`${name} connected posts`, POSTS, 'posts');
    line(`${name} ingest`, ingest, 'records/s');
    line(`${name} envelopes`, POSTS / drainS, 'envelopes/s');
    cpuLines(name, cpuBefore, filled);
    // Half load: half the records and (up to a 10 s linger) half the envelopes a second: a centre
    // is bound by envelopes as much as by records.
    const sendEveryMs = Math.min(10_000, Math.max(1000, 2000 * drainS));
    posts.generateAt(ingest / 2 / POSTS, sendEveryMs);
    const warmMs = Math.max(3000, sendEveryMs);
    const warm = Date.now() + warmMs;
    await waitFor('warm-up', () => Date.now() >= warm, warmMs + 5000, 100);
    posts.latencies.length = 0;
    const windowMs = Math.max(LATENCY_S * 1000, 3 * sendEveryMs);
    const end = Date.now() + windowMs;
    const before = posts.acked;
    await waitFor('latency window', () => Date.now() >= end, windowMs + 5000, 100);
    const p50 = percentile(posts.latencies, 50);
    const p99 = percentile(posts.latencies, 99);
    line(`${name} acked at half load`, (posts.acked - before) / (windowMs / 1000), 'records/s');
    line(`${name} ack p50 at half load`, p50, 'ms');
    line(`${name} ack p99 at half load`, p99, 'ms');
    posts.stopGenerating();
    await waitFor(`${name}: drained`, () => posts.backlog() === 0, 120_000, 50);
    return { ingest, p50, p99 };
  } finally {
    await fleet?.stop();
    await Promise.all(workers.map((worker) => worker.peer.stop(10_000)));
  }
}

// The workers run as a centre is deployed: the build (bin/outpost.js), not the sources under tsx,
// whose module wrapper makes every imported binding a getter call (OUTPOST_WORKER_BUILT=0: tsx).
process.env['OUTPOST_WORKER_BUILT'] ??= '1';
const trees = [join(import.meta.dirname, '..'), ...(process.env['BENCH_BASELINE'] === undefined ? [] : [process.env['BENCH_BASELINE']])];
if (process.env['OUTPOST_WORKER_BUILT'] === '1') {
  for (const tree of trees) {
    const stale = staleBuild(tree);
    if (stale !== undefined) {
      console.error(`cannot run: the build in ${tree} is older than ${stale}; run \`npm run build\` there (or OUTPOST_WORKER_BUILT=0 to run the sources under tsx)`);
      process.exit(1);
    }
  }
}

const missing = postgresMissing();
if (missing !== undefined) {
  console.error(`cannot run: ${missing}`);
  process.exit(1);
}
console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown'}; workers run ${process.env['OUTPOST_WORKER_BUILT'] === '1' ? 'the build (bin/outpost.js)' : 'the sources under tsx'}`);
const dir = tempDir('outpost-bench-centre-');
const broker = await Mosquitto.start(dir, { extra: ['allow_anonymous true', 'max_queued_messages 1000000', 'max_connections -1'] });
const server = await TestPostgres.start({ fsync: true });
const BASELINE = process.env['BENCH_BASELINE'];
let databases = 0;

/** The scenario with the baseline's workers (when given), then with this tree's. */
async function measured(name: string, start: (tree: string | undefined) => Promise<Worker[]>): Promise<Figures> {
  if (BASELINE !== undefined) {
    const before = await scenario(`baseline ${name}`, broker, () => start(BASELINE));
    const after = await scenario(name, broker, () => start(undefined));
    line(`${name} ingest vs baseline`, after.ingest / before.ingest, 'x', 2);
    return after;
  }
  return scenario(name, broker, () => start(undefined));
}

try {
  const sqlite = wanted('sqlite-1-worker')
    ? await measured('sqlite-1-worker', async (tree) => [await Worker.start(broker.url, join(dir, `centre-${++databases}.db`), 'all', false, tree)])
    : undefined;
  const pg = new Map<number, Figures>();
  for (const count of [1, 2, 3]) {
    const name = `postgres-${count}-worker${count === 1 ? '' : 's'}`;
    if (!wanted(name)) continue;
    pg.set(
      count,
      await measured(name, async (tree) => {
        const url = (await server.createDatabase(`bench_${++databases}`)).replace(/:[^:@/]*@/, '@');
        return Promise.all(Array.from({ length: count }, () => Worker.start(broker.url, url, 'all', true, tree)));
      }),
    );
  }
  const one = pg.get(1);
  if (one !== undefined && sqlite !== undefined) line('postgres-1-worker vs sqlite-1-worker ingest', one.ingest / sqlite.ingest, 'x', 2);
  for (const count of [2, 3]) {
    const many = pg.get(count);
    if (one !== undefined && many !== undefined) line(`postgres-${count}-workers vs postgres-1-worker ingest`, many.ingest / one.ingest, 'x', 2);
  }
} finally {
  await server.stop();
  await broker.stop();
}
