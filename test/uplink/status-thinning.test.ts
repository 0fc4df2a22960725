// test lane: waits (a backlog drains at 9.6 kbit/s through the shaping proxy; alone: 2.6 s of CPU in 25 s)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { StatusThinning } from '../../agent/uplink/status-thinning.js';
import { tempDir } from '../support/tmp.js';
import { detection } from './helpers.js';
import { percentile, runDrain, type DrainResult } from './link-drain.js';
import { MemoryOutbox } from './memory-outbox.js';

const MINUTE = 60_000;

function readingOf(sensor: string, timeUnixMs: number): outpost.v1.IRecord {
  return { timeUnixMs, timeQuality: v1.TimeQuality.TIME_QUALITY_GPS, reading: { sensor, channels: [{ name: 'v', unit: 'V' }], samples: [{ offsetMs: 0, values: [1] }] } };
}

test('the rule: per sensor, the newest reading of each keep_every span stays; alarms, health and events are never thinned; the rest is deleted, counted and reported', async () => {
  const outbox = new MemoryOutbox();
  const start = Math.floor(Date.now() / MINUTE) * MINUTE - 10 * MINUTE;
  const records = [
    readingOf('power', start + 1000),
    readingOf('power', start + 20_000),
    readingOf('wind', start + 30_000),
    detection('geo-1:1'),
    readingOf('power', start + 59_000),
    readingOf('power', start + 61_000),
    { timeUnixMs: start + 62_000, health: { components: [] } },
    readingOf('wind', start + 50_000),
  ];
  await outbox.enqueue(records);
  let now = Date.now();
  const thinning = new StatusThinning({ enabled: true, backlogMs: 1000, keepEveryMs: MINUTE }, outbox, () => now, silentLogger());
  const lease = outbox.nextBatch({ maxBytes: 1 << 20, maxRecords: 100 });
  assert.ok(lease !== undefined);
  const thinned = thinning.thin(lease);
  const kept = thinned.records.map((record) => v1.Record.decode(record.bytes));
  const readings = kept.filter((record) => record.reading !== null && record.reading !== undefined).map((record) => `${record.reading?.sensor}@${Number(record.timeUnixMs) - start}`);
  assert.equal(readings.sort(), ['power@59000', 'power@61000', 'wind@50000'], 'power: newest of the first minute and the one of the second; wind: its newest');
  assert.ok(kept.some((record) => record.detection?.id === 'geo-1:1'), 'the detection stays');
  assert.ok(kept.some((record) => record.health !== null && record.health !== undefined), 'health stays');
  assert.is(thinned.bytes, thinned.records.reduce((sum, record) => sum + record.bytes.length, 0));
  assert.equal(thinning.counters.thinned_records, 3);
  outbox.release(thinned);
  const reports = (): outpost.v1.Record[] => {
    const all = outbox.nextBatch({ maxBytes: 1 << 20, maxRecords: 100 });
    if (all === undefined) return [];
    outbox.release(all);
    return all.records.map((record) => v1.Record.decode(record.bytes)).filter((record) => record.event?.source === 'uplink');
  };
  const first = reports();
  assert.is(first.length, 1, 'the first thinning is reported at once');
  assert.is(outbox.stats().records, records.length - 3 + 1, 'the thinned readings left the outbox, the report came in');
  assert.is(first[0]?.event?.kind, v1.EventKind.EVENT_KIND_RECORDS_DROPPED);
  assert.is(first[0]?.event?.dropped?.reason, v1.DropReason.DROP_REASON_COMPACTED);
  assert.is(Number(first[0]?.event?.dropped?.count), 3);
  await outbox.enqueue([readingOf('power', start + 120_000), readingOf('power', start + 121_000)]);
  now += 1000;
  const next = outbox.nextBatch({ maxBytes: 1 << 20, maxRecords: 100 });
  assert.ok(next !== undefined);
  thinning.thin(next);
  outbox.release(next);
  assert.is(reports().length, 1, 'within the minute the next thinning is only counted');
  thinning.report();
  const later = reports();
  assert.is(later.length, 2, 'at stop (or after the minute) the count so far goes up');
  assert.is(Number(later[1]?.event?.dropped?.count), 1);
});

test('off, or a link that carries the load: nothing is thinned', async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue([readingOf('power', Date.now()), readingOf('power', Date.now() + 1)]);
  const off = new StatusThinning({ enabled: false, backlogMs: 0, keepEveryMs: MINUTE }, outbox, Date.now, silentLogger());
  assert.not.ok(off.active(() => 1e9));
  const on = new StatusThinning({ enabled: true, backlogMs: 120_000, keepEveryMs: MINUTE }, outbox, Date.now, silentLogger());
  assert.not.ok(on.active(() => undefined), 'not before the rate is measured');
  assert.not.ok(on.active(() => 60_000), 'two minutes of backlog allowed, one waiting');
  assert.ok(on.active(() => 180_000));
});

function summary(result: DrainResult): string {
  return JSON.stringify({ drainS: result.drainS, upBytes: result.upBytes, stored: result.stored, thinned: result.thinned, reported: result.thinnedReported, alarms: result.alarmLatenciesMs, counters: result.counters });
}

test('9.6 kbit/s, 300 ms, thinning on: readings thinned and counted, reported to the centre, alarms within 10 s, nothing else lost', async () => {
  const backlogBytes = 60_000;
  const result = await runDrain(tempDir(), {
    link: { rateBps: 9600, delayMs: 300 },
    backlogBytes,
    alarmEveryMs: 2000,
    timeoutMs: 55_000,
    uplink: { thin_status: { enabled: true, backlog: '10s', keep_every: '30s' } },
  });
  const info = summary(result);
  assert.ok(result.drained && result.alarmsIn, `every reading stored or thinned, every alarm in: ${info}`);
  assert.ok(result.thinned >= result.backlogRecords / 2, `most of the backlog thinned: ${info}`);
  assert.is(result.thinnedReported, result.thinned, `the centre was told of every thinned reading: ${info}`);
  assert.is(result.lost, 0, `no record missing beyond those counted as thinned: ${info}`);
  assert.is(result.duplicates, 0, info);
  assert.ok(result.alarmLatenciesMs.length >= 5, info);
  assert.ok(percentile(result.alarmLatenciesMs, 0.99) <= 10_000, `alarm latency p99 <= 10 s: ${info}`);
  // Unthinned, deflate brings these readings to about 0.8 of their bytes on the wire (bench:link's wire_per_payload).
  assert.ok(result.upBytes < 0.6 * result.payloadBytes, `the link carried ${result.upBytes} bytes for ${result.payloadBytes} bytes of backlog: ${info}`);
});

test.run();
