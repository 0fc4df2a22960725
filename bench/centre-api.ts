/**
 * The centre's API under a large store: p50/p99 of the list endpoints (first page, a filtered
 * page, a deep cursor page) through real HTTP with a token, the incident workflow's detail
 * page, and the console's first load (bytes on the wire, gzipped). Prints `name: value unit`.
 *
 *   npx tsx bench/centre-api.ts [--records N] [--posts N] [--requests N] [--dir DIR] [--store sqlite|postgres]
 *
 * `--store postgres` runs a throwaway PostgreSQL (test/support/postgres.ts; the names then start
 * `centre_api_pg_`).
 *
 * What a slow answer is made of: each request's wall time, the process's CPU time over it (all
 * its threads: the JSON, SQLite, gzip on the pool) and the garbage collector's pauses in it. For
 * the requests over 50 ms it prints how much was on the CPU and in GC; the rest was the process
 * waiting: for the scheduler on a loaded machine, or for PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { v1 } from '../wire/index.js';
import { AccessAdmin } from '../centre/access/admin.js';
import { SqliteCentreStore, startCentre } from '../centre/index.js';
import { PostgresCentreStore } from '../centre/pg-store.js';
import type { AccessStore, CentreStore, RecordBatch, RecordInput } from '../centre/store.js';
import { silentLogger } from '../kernel/logger.js';
import { postgresMissing, TestPostgres } from '../test/support/postgres.js';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    posts: { type: 'string', default: '500' },
    requests: { type: 'string', default: '200' },
    dir: { type: 'string', default: tmpdir() },
    store: { type: 'string', default: 'sqlite' },
  },
});
if (args.store !== 'sqlite' && args.store !== 'postgres') throw new Error(`--store must be sqlite or postgres, got ${args.store}`);
const missing = args.store === 'postgres' ? postgresMissing() : undefined;
if (missing !== undefined) throw new Error(`--store postgres: ${missing}`);
/** Metric names: the PostgreSQL run's are told apart. */
const prefix = args.store === 'postgres' ? 'centre_api_pg' : 'centre_api';
const RECORDS = Number(args.records);
const POSTS = Number(args.posts);
const REQUESTS = Number(args.requests);
const root = mkdtempSync(join(args.dir, 'outpost-bench-centre-'));
const T0 = Date.now() - RECORDS * 10;

const reading = v1.Record.encode({ timeUnixMs: T0, reading: { sensor: 'power', channels: [{ name: 'battery_voltage', unit: 'V' }], samples: [{ values: [12.6] }] } }).finish();
const detection = v1.Record.encode({ timeUnixMs: T0, detection: { id: 'geo-1:1', sensor: 'geo-1', kind: v1.DetectionKind.DETECTION_KIND_PERSON, confidence: 0.8 } }).finish();
const incident = (id: string): Uint8Array => v1.Record.encode({ timeUnixMs: T0, incident: { id, kind: v1.DetectionKind.DETECTION_KIND_PERSON, detectionIds: ['geo-1:1'] } }).finish();
const health = v1.Record.encode({
  timeUnixMs: T0,
  health: { components: [{ name: 'geo-1', state: v1.ComponentState.COMPONENT_STATE_OK }], vitals: { supplyVoltageV: 12.6, cpuTemperatureC: 41, outbox: [{ priority: v1.Priority.PRIORITY_STATUS, records: 3 }], link: { connected: true, ackRttMs: 140, signalDbm: -70 } } },
}).finish();
const event = v1.Record.encode({ timeUnixMs: T0, event: { kind: v1.EventKind.EVENT_KIND_AGENT_STARTED, source: 'agent', message: 'started' } }).finish();

/** 89 % readings, 9 % detections, 1 % incidents (each its own id), 0.9 % health, 0.1 % events, spread over the posts, 10 ms apart. */
function fill(store: CentreStore): Promise<unknown> {
  const batches: RecordBatch[] = [];
  const perPost = new Map<number, RecordInput[]>();
  for (let index = 0; index < RECORDS; index += 1) {
    const post = index % POSTS;
    // Each post's own sequence cycles through the mix, so every post has every kind.
    const slot = Math.floor(index / POSTS) % 1000;
    const kind = slot % 100 === 0 ? 'incident' : slot % 100 < 10 ? 'detection' : slot === 11 ? 'event' : slot % 100 === 11 ? 'health' : 'reading';
    const incidentId = kind === 'incident' ? `inc-${index}` : undefined;
    const bytes = incidentId !== undefined ? incident(incidentId) : kind === 'detection' ? detection : kind === 'health' ? health : kind === 'event' ? event : reading;
    const list = perPost.get(post) ?? [];
    // One reading in a thousand from a rare sensor: `?sensor=rain` must not walk the others.
    list.push({ seq: index + 1, kind, sensor: kind === 'reading' ? (index % 1000 === 3 ? 'rain' : 'power') : kind === 'event' ? 'agent' : kind === 'health' ? '' : 'geo-1', timeUnixMs: T0 + index * 10, timeQuality: 0, priority: 0, bytes, bodyId: incidentId });
    perPost.set(post, list);
  }
  for (const [post, records] of perPost) {
    for (let at = 0; at < records.length; at += 5000) batches.push({ postId: `bp-${String(post).padStart(3, '0')}`, storeId: '1', receivedUnixMs: Date.now(), records: records.slice(at, at + 5000) });
  }
  return batches.reduce<Promise<unknown>>((previous, _batch, index) => previous.then(() => store.storeBatches(batches.slice(index, index + 1))), Promise.resolve());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const server = args.store === 'postgres' ? await TestPostgres.start() : undefined;
const db = server === undefined ? join(root, 'centre.db') : await server.createDatabase('bench_centre_api');
const seeding: CentreStore = server === undefined ? SqliteCentreStore.open(db) : await PostgresCentreStore.open(db, { log: silentLogger() });
const fillStart = performance.now();
await fill(seeding);
const admin = new AccessAdmin(seeding.access as AccessStore);
await admin.addUser('bench', 'bench', 'viewer', 'bench-password-1');
const { secret } = await admin.addToken('bench', 'bench', 'bench', 'viewer');
await seeding.close();
// The fill's million objects are the bench's, not the centre's: collect them now, not in the middle of the timings.
(globalThis as { gc?: () => void }).gc?.();
// A million rows in a minute is the bench's, too: PostgreSQL's autovacuum would analyze them in the
// middle of the timings (plans change, and it takes the disk); a live centre's rows come a few at a time.
if (server !== undefined) await server.query('VACUUM ANALYZE', [], 'bench_centre_api');
console.log(`${prefix}_records: ${RECORDS} records`);
console.log(`${prefix}_fill: ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);

const centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db, http: '127.0.0.1:0', secure: true });
const api = centre.httpAddress as string;
const headers = { authorization: `Bearer ${secret}` };
try {
  const deepCursor = async (): Promise<string> => {
    let cursor = '';
    for (let page = 0; page < 20; page += 1) {
      const response = await fetch(`${api}/api/readings?limit=1000${cursor === '' ? '' : `&cursor=${cursor}`}`, { headers });
      await response.arrayBuffer();
      cursor = response.headers.get('next-cursor') ?? '';
    }
    return cursor;
  };
  const cursor = await deepCursor();
  const cases: [string, string][] = [
    ['readings_first_page', '/api/readings'],
    ['detections_first_page', '/api/detections'],
    ['incidents_first_page', '/api/incidents'],
    ['readings_one_post', '/api/readings?post=bp-007&sensor=power'],
    ['readings_rare_sensor', '/api/readings?sensor=rain'],
    ['detections_since', `/api/detections?since=${T0 + RECORDS * 5}&limit=100`],
    ['readings_cursor_page_20', `/api/readings?cursor=${cursor}`],
    ['incident_detail', `/api/incidents/bp-007/inc-${7 + POSTS * 100 * Math.floor(RECORDS / POSTS / 200)}`],
    ['posts', '/api/posts'],
    // The console's other pages: the posts page's latest health, the alarm list, a post page.
    ['health_latest', '/api/health'],
    ['incidents_alarm_list', '/api/incidents?limit=100'],
    ['post_detail', '/api/posts/bp-007'],
    ['post_vitals_24h', `/api/posts/bp-007/vitals?since=${T0 + RECORDS * 10 - 24 * 3600_000}&limit=1000`],
    ['post_events', '/api/events?post=bp-007&limit=20'],
  ];
  const pauses: { start: number; end: number }[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const slow = { count: 0, total: 0, wallMs: 0, cpuMs: 0, gcMs: 0 };
  for (const [name, path] of cases) {
    const times: number[] = [];
    for (let index = 0; index < REQUESTS; index += 1) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const response = await fetch(`${api}${path}`, { headers });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      const end = performance.now();
      const used = process.cpuUsage(cpu);
      times.push(end - start);
      slow.total += 1;
      if (end - start > 50) {
        slow.count += 1;
        slow.wallMs += end - start;
        slow.cpuMs += (used.user + used.system) / 1000;
        slow.gcMs += pauses.reduce((sum, pause) => sum + Math.max(0, Math.min(end, pause.end) - Math.max(start, pause.start)), 0);
      }
    }
    times.sort((a, b) => a - b);
    console.log(`${prefix}_${name}_p50: ${percentile(times, 50).toFixed(1)} ms`);
    console.log(`${prefix}_${name}_p99: ${percentile(times, 99).toFixed(1)} ms`);
  }
  gcObserver.disconnect();
  console.log(`${prefix}_slow_requests: ${slow.count} of ${slow.total} requests over 50 ms`);
  if (slow.count > 0) {
    console.log(`${prefix}_slow_requests_on_cpu: ${((slow.cpuMs / slow.wallMs) * 100).toFixed(0)} % of their time`);
    console.log(`${prefix}_slow_requests_in_gc: ${((slow.gcMs / slow.wallMs) * 100).toFixed(0)} % of their time`);
  }
  let bytes = 0;
  const gzipped = async (path: string): Promise<number> => {
    const response = await fetch(`${api}${path}`, { headers: { 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return Number(response.headers.get('content-length'));
  };
  for (const path of ['/', '/console/app.js', '/console/map.js', '/console/post.js', '/console/charts.js', '/console/incident-parts.js', '/console/style.css']) bytes += await gzipped(path);
  console.log(`centre_console_first_load: ${(bytes / 1024).toFixed(1)} KiB gzipped`);
  // Fetched when the posts map is first drawn.
  console.log(`centre_console_base_map: ${((await gzipped('/console/basemap-110m.json')) / 1024).toFixed(1)} KiB gzipped`);
} finally {
  await centre.stop();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
}
