import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toNumber, v1, type outpost } from '../../wire/index.js';
import { postConfigSchema } from '../../agent/config/schema.js';
import { createFusion, IncidentFusion, sensorWeights } from '../../agent/detection/fusion.js';
import { silentLogger } from '../../kernel/logger.js';
import { waitFor } from '../support/net.js';
import { MemorySink } from './fakes.js';

const K = v1.DetectionKind;
const T0 = Date.parse('2026-05-01T12:00:00Z');

function setup(weights: Record<string, number> = {}, window = 10_000, threshold = 2, maxDuration = 300_000) {
  let now = T0;
  const sink = new MemorySink();
  const fusion = new IncidentFusion({ config: { window, threshold, max_duration: maxDuration }, weights: new Map(Object.entries(weights)), sink, log: silentLogger(), now: () => now, timers: false });
  return {
    sink,
    fusion,
    at(ms: number) {
      now = T0 + ms;
    },
  };
}

function detection(sensor: string, onsetS: number, durationS: number, kind: outpost.v1.DetectionKind, confidence = 0.8, direction = v1.Direction.DIRECTION_UNSPECIFIED): outpost.v1.IRecord {
  const onset = T0 + onsetS * 1000;
  return { detection: { id: `${sensor}:${onset}`, sensor, kind, confidence, onsetUnixMs: onset, durationMs: durationS * 1000, direction } };
}

test('a geophone and a beam pair agreeing make one incident: members, kind, direction, sum, span', () => {
  const { sink, fusion, at } = setup();
  at(6_000);
  fusion.observe(detection('geo', 1, 5, K.DETECTION_KIND_PERSON, 0.7));
  at(7_000);
  fusion.observe(detection('beams', 4, 1, K.DETECTION_KIND_BEAM_BREAK, 0.9, v1.Direction.DIRECTION_IN));
  fusion.observe({ reading: { sensor: 'charger' } });
  at(16_000);
  fusion.tick();
  assert.is(sink.incidents.length, 0, 'still open: a member joined less than a window ago');
  at(17_001);
  fusion.tick();
  const [incident, ...more] = sink.incidents;
  assert.is(more.length, 0);
  assert.equal(incident?.detectionIds, ['geo:' + String(T0 + 1000), 'beams:' + String(T0 + 4000)]);
  assert.equal(incident?.sensors, ['geo', 'beams']);
  assert.is(incident?.kind, K.DETECTION_KIND_PERSON, 'the specific kind wins over a bare beam break');
  assert.is(incident?.direction, v1.Direction.DIRECTION_IN);
  assert.is(incident?.coincidenceSum, 2);
  assert.is(incident?.confidence, 0.97, '1 − 0.3 × 0.1');
  assert.is(toNumber(incident?.startUnixMs ?? 0), T0 + 1000);
  assert.is(toNumber(incident?.endUnixMs ?? 0), T0 + 6000);
});

test('one sensor alone never reaches the sum however often it triggers; each sensor counts once', () => {
  const { sink, fusion, at } = setup();
  for (let k = 0; k < 5; k++) {
    at(k * 2000 + 1000);
    fusion.observe(detection('geo', k * 2, 1, K.DETECTION_KIND_PERSON));
  }
  fusion.stop();
  assert.equal(sink.incidents, []);
});

test('members that keep arriving extend one incident; a detection far later starts the next', () => {
  const { sink, fusion, at } = setup({}, 5_000, 2);
  at(3_000);
  fusion.observe(detection('geo', 0, 2, K.DETECTION_KIND_VEHICLE));
  at(8_000);
  fusion.observe(detection('geo-2', 6, 2, K.DETECTION_KIND_VEHICLE));
  at(13_000);
  fusion.observe(detection('geo-3', 12, 1, K.DETECTION_KIND_UNKNOWN, 0.3));
  assert.is(sink.incidents.length, 0);
  at(60_000);
  fusion.observe(detection('geo', 59, 1, K.DETECTION_KIND_PERSON));
  assert.is(sink.incidents.length, 1, 'the far detection closes the first group');
  const [first] = sink.incidents;
  assert.is(first?.coincidenceSum, 3);
  assert.is(first?.kind, K.DETECTION_KIND_VEHICLE);
  assert.is(toNumber(first?.endUnixMs ?? 0), T0 + 13_000);
  at(61_000);
  fusion.observe(detection('pir', 59.5, 1, K.DETECTION_KIND_MOTION));
  fusion.stop();
  assert.is(sink.incidents.length, 2, 'stop emits the open group when it counts');
  assert.is(sink.incidents[1]?.kind, K.DETECTION_KIND_PERSON);
  fusion.observe(detection('geo', 100, 1, K.DETECTION_KIND_PERSON));
  assert.is(sink.incidents.length, 2, 'nothing after stop');
});

test('a sensor that never stops triggering cannot hold one incident open: max_duration closes it', () => {
  const { sink, fusion, at } = setup({}, 10_000, 2, 60_000);
  for (let k = 0; k < 30; k++) {
    at(k * 5000 + 2000);
    fusion.observe(detection(k % 2 === 0 ? 'geo' : 'beams', k * 5, 1, K.DETECTION_KIND_UNKNOWN, 0.5));
  }
  fusion.stop();
  assert.ok(sink.incidents.length >= 2, `${sink.incidents.length} incidents`);
  for (const incident of sink.incidents) {
    const span = toNumber(incident?.endUnixMs ?? 0) - toNumber(incident?.startUnixMs ?? 0);
    assert.ok(span <= 60_000, `span ${span} ms`);
  }
});

test('weights from the config: a PIR at 0.5 and a beam pair at 1 reach 1.5; kinds without a class stay general', () => {
  const post = postConfigSchema.parse({
    post: { id: 'p-1' },
    buses: { gpio: { type: 'gpio', chip: 'gpiochip0' } },
    sensors: {
      beams: { type: 'beam-pair', bus: 'gpio', beams: { a: 17, b: 27 }, distance_m: 1.5 },
      pir: { type: 'pir', bus: 'gpio', line: 22, weight: 0.5 },
    },
    detection: { fusion: { window: '5s', threshold: 1.5 } },
    outbox: { path: '/tmp/x.db' },
    uplink: { broker: 'mqtt://127.0.0.1:1883' },
  });
  assert.equal([...sensorWeights(post)], [
    ['beams', 1],
    ['pir', 0.5],
  ]);
  const sink = new MemorySink();
  const fusion = createFusion({ post, sink, log: silentLogger() });
  fusion.observe(detection('beams', 0, 1, K.DETECTION_KIND_BEAM_BREAK, 0.9, v1.Direction.DIRECTION_OUT));
  fusion.observe(detection('pir', 0.5, 5, K.DETECTION_KIND_MOTION, 0.6));
  fusion.stop();
  const [incident] = sink.incidents;
  assert.is(incident?.coincidenceSum, 1.5);
  assert.is(incident?.kind, K.DETECTION_KIND_BEAM_BREAK, 'the heavier general kind');
  assert.is(incident?.direction, v1.Direction.DIRECTION_OUT);
});

test('with its timer, an incident is emitted by itself once the window has passed quietly', async () => {
  const sink = new MemorySink();
  const fusion = new IncidentFusion({ config: { window: 50, threshold: 2, max_duration: 300_000 }, weights: new Map(), sink, log: silentLogger() });
  const now = Date.now();
  fusion.observe({ detection: { id: 'a', sensor: 'a', kind: K.DETECTION_KIND_PERSON, confidence: 0.5, onsetUnixMs: now, durationMs: 10 } });
  fusion.observe({ detection: { id: 'b', sensor: 'b', kind: K.DETECTION_KIND_PERSON, confidence: 0.5, onsetUnixMs: now, durationMs: 10 } });
  await waitFor('the incident', () => sink.incidents.length === 1);
  fusion.stop();
  assert.is(sink.incidents.length, 1);
});

test('an incident lists the snapshots a camera took of its members before it was emitted', () => {
  const { sink, fusion, at } = setup();
  at(6_000);
  const geo = detection('geo', 1, 5, K.DETECTION_KIND_PERSON, 0.7);
  fusion.observe(geo);
  fusion.observe({ snapshot: { id: 'gate-cam-1', camera: 'gate-cam', detectionId: geo.detection?.id ?? '' } });
  fusion.observe({ snapshot: { id: 'gate-cam-2', camera: 'gate-cam', detectionId: geo.detection?.id ?? '' } });
  fusion.observe({ snapshot: { id: 'scheduled', camera: 'gate-cam' } });
  at(7_000);
  fusion.observe(detection('beams', 4, 1, K.DETECTION_KIND_BEAM_BREAK, 0.9, v1.Direction.DIRECTION_IN));
  at(17_001);
  fusion.tick();
  assert.equal(sink.incidents[0]?.snapshotIds, ['gate-cam-1', 'gate-cam-2']);
});

test.run();
