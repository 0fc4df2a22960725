import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { pirSchema } from '../../agent/sensors/pir/config.js';
import { PirSensor } from '../../agent/sensors/pir/sensor.js';
import { MemorySink, ScriptedChip, ScriptedClock } from './fakes.js';

async function setup(overrides: Record<string, unknown> = {}) {
  const config = pirSchema.parse({ type: 'pir', bus: 'gpio', line: 22, pulses: 2, window: '10s', hold: '5s', lockout: '30s', ...overrides });
  const clock = new ScriptedClock();
  const chip = new ScriptedChip();
  const sink = new MemorySink();
  const sensor = new PirSensor({ name: 'pir-gate', config, chip, sink, time: clock.time, log: silentLogger() });
  await sensor.start();
  const line = chip.line(22);
  const pulse = (atMs: number): void => {
    clock.mono = atMs;
    line.edge(1, atMs);
    line.edge(0, atMs + 200);
  };
  return { sink, sensor, pulse, clock };
}

test('two pulses within the window raise one MOTION alarm; a lone pulse does not', async () => {
  const { sink, sensor, pulse, clock } = await setup();
  pulse(1000);
  pulse(12_000);
  assert.equal(sink.detections, [], 'the pulses are 11 s apart, the window is 10 s');
  pulse(15_000);
  const [alarm] = sink.detections;
  assert.is(alarm?.kind, v1.DetectionKind.DETECTION_KIND_MOTION);
  assert.equal(alarm?.pir, { pulseCount: 2, windowMs: 10_000 });
  assert.is(alarm?.onsetUnixMs, clock.wallBase + 12_000, 'the onset is the first pulse counted');
  assert.is(alarm?.durationMs, 3000 + 5000, 'from the first pulse to the end of the hold');
  assert.is(alarm?.confidence, 0.6);
  await sensor.stop();
});

test('pulses during the hold belong to the alarm; during the lockout they are ignored; then counting starts afresh', async () => {
  const { sink, sensor, pulse } = await setup();
  pulse(1000);
  pulse(2000);
  pulse(4000);
  pulse(6500);
  pulse(20_000);
  pulse(30_000);
  assert.is(sink.detections.length, 1);
  pulse(40_000);
  assert.is(sink.detections.length, 1, 'the first pulse after the lockout only starts a new count');
  pulse(41_000);
  assert.is(sink.detections.length, 2);
  assert.equal(sensor.health().counters, { pulses: 8, alarms: 2, held: 2, locked_out: 2 });
});

test('one pulse is enough when configured so, at lower confidence; falling edges are not pulses', async () => {
  const { sink, pulse } = await setup({ pulses: 1, lockout: 0 });
  pulse(1000);
  assert.is(sink.detections[0]?.confidence, 0.45);
  pulse(7000);
  assert.is(sink.detections.length, 2);
});

test.run();
