// Camera figures (issue 14): trigger → thumbnail durable in the SQLite outbox over HTTP Digest
// (p50/p95), thumbnail size, tamper analysis CPU per 1080p frame, and the RSS the camera path
// adds (sharp and libvips included). The camera is a local HTTP server with Digest SHA-256
// serving 1080p JPEGs.
// Run: npm run bench:camera
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { v1, type outpost } from '../wire/index.js';
import { silentLogger } from '../kernel/logger.js';
import { parseConfig } from '../agent/config/index.js';
import { defaultParts } from '../agent/runtime/parts.js';
import { Pipeline } from '../agent/runtime/pipeline.js';
import { cameraBusSchema } from '../drivers/camera/config.js';
import { createCameraBus } from '../drivers/camera/factory.js';
import { cameraSensorSchema } from '../agent/sensors/camera/config.js';
import { CameraSensor } from '../agent/sensors/camera/sensor.js';
import { FrameStore } from '../agent/sensors/camera/frame-store.js';
import { TamperDetector } from '../agent/sensors/camera/tamper/detector.js';
import { frameFeatures } from '../agent/sensors/camera/tamper/features.js';

const TRIGGERS = 40;
const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-camera-'));

// 1080p frames of ffmpeg's testsrc2 with temporal noise, as a camera's JPEGs (made by ffmpeg so
// that sharp is first loaded by the camera path, whose memory is measured).
execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=4', '-vf', 'noise=alls=24:allf=t', '-q:v', '4', '-frames:v', '4', join(dir, 'frame%d.jpg')]);
const frames = [1, 2, 3, 4].map((index) => readFileSync(join(dir, `frame${index}.jpg`)));

// The camera: Digest SHA-256, qop=auth, a fixed nonce (what we measure is our side).
const nonce = randomBytes(12).toString('hex');
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
let served = 0;
const server = createServer((request, response) => {
  const header = request.headers.authorization ?? '';
  const field = (name: string): string => new RegExp(`${name}="?([^",]+)"?`).exec(header)?.[1] ?? '';
  const expected = sha(`${sha('viewer:cam:pw')}:${nonce}:${field('nc')}:${field('cnonce')}:auth:${sha(`GET:${request.url}`)}`);
  if (field('response') !== expected) {
    response.writeHead(401, { 'www-authenticate': `Digest realm="cam", qop="auth", algorithm=SHA-256, nonce="${nonce}"` }).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'image/jpeg' }).end(frames[served++ % frames.length]);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;

const { config: post } = parseConfig(`post: { id: bench }\noutbox: { path: '${join(dir, 'outbox.db')}' }\nuplink: { broker: 'mqtt://127.0.0.1:1' }\n`, 'bench.yaml', {});
if (post === undefined) throw new Error('bench config invalid');
const outbox = defaultParts().openOutbox(post, silentLogger());
const durable = new Map<string, number>();
let thumbnailMax = 0;
const pipeline = new Pipeline({
  outbox: {
    enqueue: async (records: readonly outpost.v1.IRecord[]) => {
      const seqs = await outbox.enqueue(records);
      for (const record of records) {
        if (!record.snapshot?.detectionId) continue;
        durable.set(record.snapshot.detectionId, performance.now());
        thumbnailMax = Math.max(thumbnailMax, record.snapshot.data?.length ?? 0);
      }
      return seqs;
    },
  },
  time: { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_NTP }) },
  log: silentLogger(),
});
// Memory is compared after a full collection at both ends (npm run bench:camera passes --expose-gc),
// so garbage the young generation happens to hold at that moment does not swing the figure by ±20 MB.
const settled = async (): Promise<NodeJS.MemoryUsage> => {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return process.memoryUsage();
};
// The post without a camera: outbox, pipeline and the camera server are up; what follows is the camera's.
const baseline = await settled();
const bus = createCameraBus(cameraBusSchema.parse({ type: 'camera', url: `http://127.0.0.1:${port}/snap.jpg`, username: 'viewer', password: 'pw' }), { name: 'cam', log: silentLogger() });
const sensor = new CameraSensor({
  name: 'cam-pictures',
  config: cameraSensorSchema.parse({ type: 'camera', bus: 'cam', triggers: ['track'], frames: 1, schedule: 0, tamper: { check_every: 0 } }),
  camera: bus,
  store: new FrameStore(join(dir, 'frames'), { maxBytes: 200_000_000, maxAgeMs: 3_600_000 }),
  sink: pipeline,
  time: { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_NTP }) },
  log: silentLogger(),
  records: pipeline,
});
await bus.start();
await sensor.start();

const latencies: number[] = [];
for (let index = 0; index < TRIGGERS; index++) {
  const id = `track:${index}`;
  const started = performance.now();
  pipeline.emit({ detection: { id, sensor: 'track', kind: v1.DetectionKind.DETECTION_KIND_BEAM_BREAK } });
  while (!durable.has(id)) await new Promise((resolve) => setTimeout(resolve, 2));
  latencies.push((durable.get(id) as number) - started);
}
const sorted = [...latencies].sort((a, b) => a - b);
const quantile = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
console.log(`snapshot_trigger_to_durable_p50: ${quantile(0.5).toFixed(0)} ms`);
console.log(`snapshot_trigger_to_durable_p95: ${quantile(0.95).toFixed(0)} ms`);
console.log(`thumbnail_bytes_max: ${thumbnailMax} bytes`);
console.log(`thumbnail_width: 320 px`);
const withCamera = await settled();
await sensor.stop();
await bus.stop();
await pipeline.stop();
await outbox.close();

// Tamper analysis: CPU per 1080p frame (decode at reduced size, features, detector).
const detector = new TamperDetector({ darkLevel: 25, frozenFrames: 5, blurRatio: 0.4, sceneOverlap: 0.5 });
for (const frame of frames) detector.observe(await frameFeatures(frame), Date.now());
const rounds = 40;
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (let index = 0; index < rounds; index++) detector.observe(await frameFeatures(frames[index % frames.length] as Buffer), Date.now());
const cpu = process.cpuUsage(cpuBefore);
console.log(`tamper_cpu_per_1080p_frame: ${((cpu.user + cpu.system) / 1000 / rounds).toFixed(1)} ms`);
console.log(`tamper_wall_per_1080p_frame: ${((performance.now() - wallBefore) / rounds).toFixed(1)} ms`);
// glibc reads its malloc settings at start only: the unit sets them (deploy/systemd), a shell run may not.
const mallocEnv = Object.entries(process.env).filter(([name]) => name.startsWith('MALLOC_')).map(([name, value]) => `${name}=${value}`).join(' ');
console.log(`malloc_env: ${mallocEnv === '' ? 'glibc defaults' : mallocEnv}`);
console.log(`memory_settled_by_full_gc: ${typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'yes' : 'no'}`);
console.log(`rss_added_by_camera_path: ${((withCamera.rss - baseline.rss) / 1e6).toFixed(1)} MB`);
console.log(`heap_total_added_by_camera_path: ${((withCamera.heapTotal - baseline.heapTotal) / 1e6).toFixed(1)} MB`);
console.log(`external_added_by_camera_path: ${((withCamera.external - baseline.external) / 1e6).toFixed(1)} MB`);

server.close();
rmSync(dir, { recursive: true, force: true });
