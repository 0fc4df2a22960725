/**
 * Uplink benchmark: drain, wire efficiency, latency. Prints `name: value unit` lines.
 *   npx tsx bench/uplink.ts            (needs /usr/sbin/mosquitto; takes about a minute)
 *   BENCH_RECORDS=20000 npx tsx bench/uplink.ts
 *
 * - drain: records pre-filled in the real SqliteOutbox, drained through a local Mosquitto into
 *   the centre (in this same process, so both ends share one core's worth of event loop).
 * - wire: bytes on the wire per detection and per reading, MQTT framing, PUBACKs and the
 *   centre's Ack included, against the same values as the JSON telemetry common IoT gateways
 *   publish (`{"ts":…,"values":{…}}`, one QoS 1 message per device reading). Ours with 1 record
 *   per envelope (an idle link: each record leaves as it comes) and with 10 and 50 (a backlog,
 *   or a post batching on a slow radio), deflate on as by default.
 * - latency: enqueue to stored-at-centre on an idle link, with and without `notify()`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { v1, type outpost } from '../wire/index.js';
import { silentLogger } from '../kernel/logger.js';
import { outboxSchema } from '../agent/outbox/config.js';
import { outboxOptionsFrom, SqliteOutbox } from '../agent/outbox/index.js';
import { publishWireBytes, Uplink, writeEnvelope } from '../agent/uplink/index.js';
import { uplinkSchema } from '../agent/uplink/config.js';
import { startCentre, type RunningCentre } from '../centre/index.js';
import { solarReading } from '../test/support/solar-reading.js';

const RECORDS = Number(process.env['BENCH_RECORDS'] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-uplink-'));

function line(name: string, value: number, unit: string, digits = 1): void {
  console.log(`${name}: ${value.toFixed(digits)} ${unit}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function startMosquitto(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const config = join(dir, 'mosquitto.conf');
  writeFileSync(config, `user ${userInfo().username}\nlistener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 10000\n`);
  const child = spawn('/usr/sbin/mosquitto', ['-c', config], { stdio: 'ignore' });
  process.on('exit', () => child.kill('SIGKILL'));
  const url = `mqtt://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ port, host: '127.0.0.1' }, () => {
        socket.destroy();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (open) break;
    if (tries > 200) throw new Error('mosquitto did not start');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { url, stop: () => child.kill('SIGTERM') };
}

/** A small deterministic PRNG, so runs compare: the values vary like real ones without being random each run. */
function noise(index: number, salt: number): number {
  const x = Math.sin(index * 12.9898 + salt * 78.233) * 43758.5453;
  return x - Math.floor(x);
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

/** A seismic detection as the detector emits them, minutes apart. */
function detection(index: number, now: number): outpost.v1.IRecord {
  const time = now + index * 97_000;
  return {
    timeUnixMs: time,
    timeQuality: v1.TimeQuality.TIME_QUALITY_GPS,
    detection: {
      id: `geo-1:${time - 1800}`,
      sensor: 'geo-1',
      kind: v1.DetectionKind.DETECTION_KIND_PERSON,
      confidence: round(0.6 + 0.4 * noise(index, 1), 2),
      onsetUnixMs: time - 1800,
      durationMs: 1200 + Math.round(900 * noise(index, 2)),
      direction: v1.Direction.DIRECTION_IN,
      peak: round(800 + 1500 * noise(index, 3), 1),
      seismic: {
        energy: round(1e7 + 4e7 * noise(index, 4), 0),
        dominantFrequencyHz: round(12 + 14 * noise(index, 5), 1),
        kurtosis: round(3 + 6 * noise(index, 6), 2),
        peakStaLta: round(3 + 4 * noise(index, 7), 2),
        impulseCount: 2 + Math.round(6 * noise(index, 8)),
        cadenceHz: round(1.5 + 0.8 * noise(index, 9), 2),
      },
    },
  };
}

/** One poll of a solar charge controller (Modbus registers in centi-units), every 10 s. */
function reading(index: number, now: number): outpost.v1.IRecord {
  const values = [round(12.4 + 0.4 * noise(index, 1), 2), round(3 * noise(index, 2), 2), round(0.6 + 0.4 * noise(index, 3), 2), round(17 + 3 * noise(index, 4), 2)];
  return solarReading(now + index * 10_000, [{ offsetMs: 0, values }]);
}

/** What a ThingsBoard-style gateway publishes for the same values: one JSON telemetry message per device reading. */
function jsonTelemetryBytes(record: outpost.v1.IRecord): number {
  const ts = Number(record.timeUnixMs);
  let values: Record<string, unknown>;
  if (record.detection) {
    const d = record.detection;
    const s = d.seismic ?? {};
    values = {
      id: d.id, sensor: d.sensor, kind: 'person', confidence: d.confidence, onset: d.onsetUnixMs, duration_ms: d.durationMs, direction: 'in', peak: d.peak,
      energy: s.energy, dominant_frequency_hz: s.dominantFrequencyHz, kurtosis: s.kurtosis, peak_sta_lta: s.peakStaLta, impulse_count: s.impulseCount, cadence_hz: s.cadenceHz,
    };
  } else {
    const r = record.reading as outpost.v1.IReading;
    values = Object.fromEntries((r.channels ?? []).map((channel, index) => [channel.name, r.samples?.[0]?.values?.[index]]));
  }
  const payload = JSON.stringify({ ts, values });
  return publishWireBytes('v1/devices/me/telemetry', Buffer.byteLength(payload));
}

/** Our bytes per record when `perEnvelope` records share an envelope: PUBLISH + PUBACK up, the centre's Ack + PUBACK down. */
function protobufBytesPerRecord(make: (index: number, now: number) => outpost.v1.IRecord, perEnvelope: number): number {
  const now = Date.now();
  const records = Array.from({ length: perEnvelope }, (_, index) => ({ bytes: v1.Record.encode({ ...make(index, now), seq: 1_000_000 + index, priority: 1 }).finish() }));
  const envelope = writeEnvelope({ postId: 'bp-017', storeId: 0x1234_5678_9abc_def0n }, records, now, 'deflate');
  const ack = v1.Ack.encode({ storeId: 1, ranges: [{ first: 1_000_000, last: 1_000_000 + perEnvelope - 1 }], timeUnixMs: now }).finish();
  const total = publishWireBytes('outpost/v1/bp-017/up', envelope.length) + publishWireBytes('outpost/v1/bp-017/ack', ack.length);
  return total / perEnvelope;
}

function wireEfficiency(): void {
  for (const [kind, make] of [['detection', detection], ['reading', reading]] as const) {
    const now = Date.now();
    const json = Array.from({ length: 100 }, (_, index) => jsonTelemetryBytes(make(index, now))).reduce((sum, bytes) => sum + bytes, 0) / 100;
    line(`wire_${kind}_json_telemetry`, json, 'bytes/record', 0);
    for (const batch of [1, 10, 50]) {
      const ours = protobufBytesPerRecord(make, batch);
      line(`wire_${kind}_protobuf_batch${batch}`, ours, 'bytes/record', 0);
      line(`wire_${kind}_ratio_batch${batch}`, (100 * ours) / json, '% of json');
    }
  }
}

function openOutbox(name: string): SqliteOutbox {
  const path = join(dir, name);
  return SqliteOutbox.open(path, outboxOptionsFrom(outboxSchema.parse({ path, compact_status: false, group_commit: '5ms' })));
}

function makeUplink(outbox: SqliteOutbox, url: string, postId: string): Uplink {
  return new Uplink({
    config: uplinkSchema.parse({ broker: url, batch: { max_records: 500, max_bytes: '64KiB' }, in_flight: 4 }),
    postId,
    outbox,
    log: silentLogger(),
    state: { bootId: 'bench', agentVersion: 'bench', configHash: '', startedUnixMs: Date.now(), name: postId, position: () => undefined },
  });
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

async function drain(centre: RunningCentre, url: string): Promise<void> {
  const outbox = openOutbox('drain.db');
  const now = Date.now();
  for (let start = 0; start < RECORDS; start += 5000) {
    await outbox.enqueue(Array.from({ length: Math.min(5000, RECORDS - start) }, (_, offset) => ((start + offset) % 10 === 0 ? detection : reading)(start + offset, now)));
  }
  const bytes = outbox.stats().bytes;
  const before = centre.stats().stored;
  const uplink = makeUplink(outbox, url, 'bench-drain');
  const started = performance.now();
  await uplink.start();
  await until(() => centre.stats().stored - before >= RECORDS);
  const seconds = (performance.now() - started) / 1000;
  const wire = uplink.linkVitals();
  line('drain_records', RECORDS, 'records', 0);
  line('drain_rate', RECORDS / seconds, 'records/s', 0);
  line('drain_record_throughput', bytes / seconds / 1e6, 'MB/s', 2);
  line('drain_wire_throughput', Number(wire.bytesSent) / seconds / 1e6, 'MB/s', 2);
  line('drain_avg_record_size', bytes / RECORDS, 'bytes', 0);
  await uplink.stop();
  await outbox.close();
}

async function latency(centre: RunningCentre, url: string, notify: boolean): Promise<void> {
  const outbox = openOutbox(`latency-${notify}.db`);
  const postId = `bench-latency-${notify ? 'notify' : 'poll'}`;
  const uplink = makeUplink(outbox, url, postId);
  await uplink.start();
  await until(() => uplink.linkVitals().connected === true);
  const samples: number[] = [];
  const waiting = new Map<string, number>();
  const unsubscribe = centre.onRecord((stored) => {
    const started = waiting.get(stored.record.detection?.id ?? '');
    if (stored.postId === postId && started !== undefined) samples.push(performance.now() - started);
  });
  for (let index = 0; index < 100; index++) {
    const record = detection(index, Date.now());
    const id = `latency-${index}`;
    (record.detection as outpost.v1.IDetection).id = id;
    waiting.set(id, performance.now());
    await outbox.enqueue([record]);
    if (notify) uplink.notify();
    await until(() => samples.length > index);
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
  }
  unsubscribe();
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  const label = notify ? 'latency_notify' : 'latency_poll';
  line(`${label}_p50`, at(0.5), 'ms');
  line(`${label}_p99`, at(0.99), 'ms');
  await uplink.stop();
  await outbox.close();
}

const broker = await startMosquitto();
const centre = await startCentre({ broker: broker.url, db: join(dir, 'centre.db'), clientId: 'bench-centre' });
try {
  wireEfficiency();
  await drain(centre, broker.url);
  await latency(centre, broker.url, false);
  await latency(centre, broker.url, true);
} finally {
  await centre.stop();
  broker.stop();
  rmSync(dir, { recursive: true, force: true });
}
