import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { beamPairSchema } from '../../agent/sensors/beam-pair/config.js';
import { BeamPairSensor } from '../../agent/sensors/beam-pair/sensor.js';
import { MemorySink, ScriptedChip, ScriptedClock } from './fakes.js';

async function setup(overrides: Record<string, unknown> = {}) {
  const config = beamPairSchema.parse({ type: 'beam-pair', bus: 'gpio', beams: { a: 'GPIO17', b: 'GPIO27' }, distance_m: 1.5, ...overrides });
  const clock = new ScriptedClock();
  const chip = new ScriptedChip();
  const sink = new MemorySink();
  const sensor = new BeamPairSensor({ name: 'track', config, chip, sink, time: clock.time, log: silentLogger(), monotonic: clock.monotonic, checkEveryMs: 0 });
  await sensor.start();
  const a = chip.line('GPIO17');
  const b = chip.line('GPIO27');
  /** Breaks `line` at `fromMs` and restores it at `toMs` (clock and edge times move together). */
  const interrupt = (line: typeof a, fromMs: number, toMs: number): void => {
    clock.mono = fromMs;
    line.edge(1, fromMs);
    clock.mono = toMs;
    line.edge(0, toMs);
  };
  return { config, clock, chip, sink, sensor, a, b, interrupt };
}

test('lines are requested for both edges with the configured polarity and debounce', async () => {
  const { a, b, sensor } = await setup({ active_low: false, debounce: '10ms' });
  assert.equal(a.options, { line: 'GPIO17', edges: 'both', activeLow: false, debounceMs: 10 });
  assert.is(b.options.line, 'GPIO27');
  assert.ok(a.started && b.started);
  await sensor.stop();
  assert.ok(!a.started && !b.started);
  assert.is(a.subscribers + b.subscribers, 0);
});

test('a walker breaking a then b: one detection, inward, 1.5 m in 1.07 s, bearing as configured', async () => {
  const { sink, a, b, interrupt, clock, sensor } = await setup({ bearing_deg: 90 });
  interrupt(a, 10_000, 10_300);
  interrupt(b, 11_070, 11_400);
  const [detection, ...more] = sink.detections;
  assert.is(more.length, 0);
  assert.is(detection?.kind, v1.DetectionKind.DETECTION_KIND_BEAM_BREAK);
  assert.is(detection?.direction, v1.Direction.DIRECTION_IN);
  assert.ok(Math.abs((detection?.speedMps ?? 0) - 1.5 / 1.07) < 1e-6);
  assert.is(detection?.bearingDeg, 90);
  assert.equal(detection?.beam, { firstBeam: 'a', delayMs: 1070, interruptionMs: 330, bothBeams: true });
  assert.is(detection?.durationMs, 1400);
  assert.is(detection?.onsetUnixMs, clock.wallBase + 10_000);
  assert.is(detection?.confidence, 0.9);
  await sensor.stop();
});

test('b first is the other way: outward, bearing reversed; a_to_b out flips the meaning', async () => {
  const first = await setup({ bearing_deg: 90 });
  first.interrupt(first.b, 1000, 1200);
  first.interrupt(first.a, 1600, 1800);
  assert.is(first.sink.detections[0]?.direction, v1.Direction.DIRECTION_OUT);
  assert.is(first.sink.detections[0]?.bearingDeg, 270);
  const flipped = await setup({ a_to_b: 'out' });
  flipped.interrupt(flipped.a, 1000, 1200);
  flipped.interrupt(flipped.b, 1600, 1800);
  assert.is(flipped.sink.detections[0]?.direction, v1.Direction.DIRECTION_OUT);
  // Overlapping interruptions (a vehicle longer than the gap between beams) still pair.
  const vehicle = await setup();
  vehicle.clock.mono = 5000;
  vehicle.a.edge(1, 5000);
  vehicle.b.edge(1, 5150);
  vehicle.a.edge(0, 5400);
  vehicle.b.edge(0, 5550);
  assert.ok(Math.abs((vehicle.sink.detections[0]?.speedMps ?? 0) - 10) < 1e-6, '1.5 m in 150 ms');
});

test('birds and leaves (too short) and a lingering body (too long) are not passages', async () => {
  const { sink, a, b, interrupt, clock, sensor } = await setup();
  interrupt(a, 1000, 1020);
  interrupt(b, 1100, 1130);
  interrupt(a, 5000, 6500);
  interrupt(b, 5200, 7000);
  clock.mono = 20_000;
  sensor.tick();
  assert.equal(sink.detections, []);
  assert.equal(sensor.health().counters, { passages: 0, single_beam: 0, rejected_short: 2, rejected_long: 2, blocked: 0 });
});

test('one beam alone: counted with "and", a lower-confidence detection with "or" once the pair window has passed', async () => {
  const and = await setup();
  and.interrupt(and.a, 1000, 1300);
  and.clock.mono = 5000;
  and.sensor.tick();
  assert.equal(and.sink.detections, []);
  assert.is(and.sensor.health().counters?.single_beam, 1);
  const or = await setup({ logic: 'or' });
  or.interrupt(or.a, 1000, 1300);
  or.clock.mono = 3500;
  or.sensor.tick();
  assert.equal(or.sink.detections, [], 'the partner may still come within the 3 s pair window');
  or.clock.mono = 4100;
  or.sensor.tick();
  const [single] = or.sink.detections;
  assert.is(single?.confidence, 0.45);
  assert.equal(single?.beam, { firstBeam: 'a', delayMs: 0, interruptionMs: 300, bothBeams: false });
  assert.is(single?.direction, v1.Direction.DIRECTION_UNSPECIFIED);
  // Breaks of a too far apart from b's are two singles, not a pair.
  or.interrupt(or.a, 10_000, 10_200);
  or.interrupt(or.b, 14_000, 14_200);
  or.clock.mono = 20_000;
  or.sensor.tick();
  assert.is(or.sink.detections.length, 3);
  assert.ok(or.sink.detections.every((detection) => detection?.beam?.bothBeams === false));
});

test('a beam blocked past blocked_limit: one environmental event, health fault, no detections; then cleared', async () => {
  const { sink, a, b, interrupt, clock, sensor } = await setup({ blocked_limit: '30s' });
  clock.mono = 1000;
  a.edge(1, 1000);
  for (let t = 2000; t <= 40_000; t += 1000) {
    clock.mono = t;
    sensor.tick();
  }
  assert.equal(
    sink.events.map((event) => [event?.kind, event?.attributes?.condition]),
    [[v1.EventKind.EVENT_KIND_ENVIRONMENT, 'blocked']],
  );
  assert.match(sink.events[0]?.message ?? '', /track: beam a \(line GPIO17\) blocked for over 30 s/);
  assert.is(sensor.health().status, 'fault');
  assert.match(sensor.health().message ?? '', /clean the lenses/);
  interrupt(b, 41_000, 41_300);
  clock.mono = 50_000;
  sensor.tick();
  assert.equal(sink.detections, [], 'no detections from a blocked pair with "and"');
  clock.mono = 60_000;
  a.edge(0, 60_000);
  assert.is(sink.events[1]?.kind, v1.EventKind.EVENT_KIND_RECOVERED);
  assert.is(sensor.health().status, 'ok');
  assert.equal(sink.detections, [], 'the end of a blockage is not a passage');
  interrupt(a, 70_000, 70_300);
  interrupt(b, 71_000, 71_300);
  assert.is(sink.detections.length, 1, 'detections resume');
});

test('the config refuses inconsistent timings and a beam wired twice', () => {
  const base = { type: 'beam-pair', bus: 'gpio', beams: { a: 17, b: 27 }, distance_m: 1 };
  assert.not.ok(beamPairSchema.safeParse({ ...base, min_interruption: '800ms' }).success);
  assert.not.ok(beamPairSchema.safeParse({ ...base, blocked_limit: '500ms' }).success);
  assert.not.ok(beamPairSchema.safeParse({ ...base, beams: { a: 17, b: 17 } }).success);
  assert.ok(beamPairSchema.safeParse(base).success);
});

test.run();
