import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { Pipeline } from '../../agent/runtime/pipeline.js';
import type { TimeSource } from '../../agent/runtime/records.js';
import { waitFor } from '../support/net.js';
import { MemoryOutbox } from './fakes.js';

const gpsTime: TimeSource = { now: () => ({ unixMs: 1_700_000_000_000, quality: v1.TimeQuality.TIME_QUALITY_GPS }) };
const reading = { reading: { sensor: 'charger', channels: [{ name: 'v', unit: 'V' }], samples: [{ values: [12.5] }] } };

test('records emitted in one turn reach the outbox in one enqueue, stamped with time, quality and priority', async () => {
  const outbox = new MemoryOutbox();
  const pipeline = new Pipeline({ outbox, time: gpsTime, log: silentLogger() });
  pipeline.emit(reading);
  pipeline.emit({ detection: { id: 'd1', sensor: 'geo', kind: v1.DetectionKind.DETECTION_KIND_PERSON }, timeUnixMs: 5, timeQuality: v1.TimeQuality.TIME_QUALITY_NTP });
  pipeline.emit({ snapshot: { camera: 'cam', data: new Uint8Array([1]) } });
  await pipeline.drain();
  assert.is(outbox.enqueueCalls, 1);
  const [r, d, s] = outbox.records;
  assert.is(r?.priority, v1.Priority.PRIORITY_STATUS);
  assert.is(r?.timeUnixMs, 1_700_000_000_000);
  assert.is(r?.timeQuality, v1.TimeQuality.TIME_QUALITY_GPS);
  assert.is(d?.priority, v1.Priority.PRIORITY_ALARM);
  assert.is(d?.timeUnixMs, 5, 'a given time is kept');
  assert.is(d?.timeQuality, v1.TimeQuality.TIME_QUALITY_NTP);
  assert.is(s?.priority, v1.Priority.PRIORITY_BULK);
});

test('observers see every record; one that throws does not stop the rest', async () => {
  const outbox = new MemoryOutbox();
  const pipeline = new Pipeline({ outbox, time: gpsTime, log: silentLogger() });
  const seen: string[] = [];
  pipeline.observe(() => {
    throw new Error('observer bug');
  });
  pipeline.observe((record) => seen.push(record.reading ? 'reading' : 'other'));
  pipeline.emit(reading);
  await pipeline.drain();
  assert.equal(seen, ['reading']);
  assert.is(outbox.records.length, 1);
});

test('records the outbox refuses are held and retried, nothing lost', async () => {
  const outbox = new MemoryOutbox();
  outbox.failNext = 2;
  const pipeline = new Pipeline({ outbox, time: gpsTime, log: silentLogger() });
  for (let i = 0; i < 5; i++) pipeline.emit(reading);
  await waitFor('the records to be stored after two refusals', () => outbox.records.length === 5, 10_000);
  assert.is(pipeline.counters.enqueueFailures, 2);
  assert.is(pipeline.counters.dropped, 0);
  await pipeline.stop();
});

test('held records are bounded; status gives way before alarms', async () => {
  const outbox = new MemoryOutbox();
  outbox.failNext = 1;
  const pipeline = new Pipeline({ outbox, time: gpsTime, log: silentLogger(), maxHeld: 3 });
  pipeline.emit({ detection: { id: 'a', sensor: 'geo' } });
  pipeline.emit(reading);
  pipeline.emit(reading);
  pipeline.emit({ detection: { id: 'b', sensor: 'geo' } });
  await waitFor('the retry', () => outbox.records.length === 4, 10_000);
  assert.is(pipeline.counters.dropped, 1);
  assert.equal(outbox.records.map((record) => record.detection?.id ?? (record.event ? 'dropped' : 'r')), ['a', 'r', 'b', 'dropped']);
  await pipeline.stop();
});

test('a record without a body is refused and counted, not enqueued', async () => {
  const outbox = new MemoryOutbox();
  const pipeline = new Pipeline({ outbox, time: gpsTime, log: silentLogger() });
  pipeline.emit({ timeUnixMs: 1 } as unknown as Parameters<Pipeline['emit']>[0]);
  await pipeline.drain();
  assert.is(outbox.records.length, 0);
  assert.is(pipeline.counters.dropped, 1);
});

test.run();
