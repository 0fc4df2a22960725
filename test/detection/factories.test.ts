import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { OutpostError } from '../../kernel/errors.js';
import { silentLogger } from '../../kernel/logger.js';
import { postConfigSchema } from '../../agent/config/schema.js';
import { sensorFactories } from '../../agent/runtime/factories.js';
import type { SensorContext } from '../../agent/runtime/kinds.js';
import { beamPairSchema } from '../../agent/sensors/beam-pair/config.js';
import { pirSchema } from '../../agent/sensors/pir/config.js';
import { seismicSchema } from '../../agent/sensors/seismic/config.js';
import { FakeLink, MemorySink, ScriptedChip } from './fakes.js';

const post = postConfigSchema.parse({ post: { id: 'p-1' }, buses: {}, sensors: {}, outbox: { path: '/tmp/x.db' }, uplink: { broker: 'mqtt://127.0.0.1:1883' } });

function context(bus: SensorContext['bus']): SensorContext {
  return { name: 'dev', log: silentLogger(), sink: new MemorySink(), time: { now: () => ({ unixMs: 0, quality: v1.TimeQuality.TIME_QUALITY_RTC }) }, bus, post };
}

test('seismic, beam-pair and pir are registered and build on the right kind of bus', async () => {
  const seismic = await sensorFactories.seismic?.();
  const beams = await sensorFactories['beam-pair']?.();
  const pir = await sensorFactories.pir?.();
  assert.ok(seismic && beams && pir);
  const seismicConfig = seismicSchema.parse({ type: 'seismic', bus: 'digitizer', sample_rate: 100 });
  const beamConfig = beamPairSchema.parse({ type: 'beam-pair', bus: 'gpio', beams: { a: 1, b: 2 }, distance_m: 1 });
  const pirConfig = pirSchema.parse({ type: 'pir', bus: 'gpio', line: 3 });
  assert.is(seismic(seismicConfig, context(new FakeLink())).name, 'sensor:dev');
  assert.is(beams(beamConfig, context(new ScriptedChip())).name, 'sensor:dev');
  assert.is(pir(pirConfig, context(new ScriptedChip())).name, 'sensor:dev');
  const wrong = (build: () => unknown, hint: RegExp): void => {
    try {
      build();
      assert.unreachable('a sensor on the wrong bus must be refused');
    } catch (error) {
      assert.instance(error, OutpostError);
      assert.is((error as OutpostError).code, 'config.bus_type');
      assert.match((error as OutpostError).describe(), hint);
    }
  };
  wrong(() => seismic(seismicConfig, context(new ScriptedChip())), /type serial/);
  wrong(() => beams(beamConfig, context(new FakeLink())), /type gpio/);
  wrong(() => pir(pirConfig, context(new FakeLink())), /type gpio/);
});

test.run();
