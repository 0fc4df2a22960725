import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { startBeamWalker } from '../../agent/demo/sim/beams.js';
import { beamPairSchema } from '../../agent/sensors/beam-pair/config.js';
import { BeamPairSensor } from '../../agent/sensors/beam-pair/sensor.js';
import { GpioLines } from '../../drivers/gpio/chip.js';
import { SimulatedBackend, simulatedChip } from '../../drivers/gpio/simulated.js';
import { waitFor } from '../support/net.js';
import { MemorySink } from './fakes.js';

const systemTime = { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_RTC }) };

test('the demo beam walker, through the GPIO driver\'s simulated chip, gives beam pair passages with direction and speed', async () => {
  const chip = new GpioLines(new SimulatedBackend(simulatedChip('beams-test'), 'bus:gpio'), { name: 'bus:gpio', log: silentLogger() });
  const config = beamPairSchema.parse({ type: 'beam-pair', bus: 'gpio', beams: { a: 'GPIO17', b: 'GPIO27' }, distance_m: 1.5 });
  const sink = new MemorySink();
  const sensor = new BeamPairSensor({ name: 'track', config, chip, sink, time: systemTime, log: silentLogger() });
  await chip.start();
  await sensor.start();
  const walker = startBeamWalker({ chip: 'beams-test', a: 'GPIO17', b: 'GPIO27', everyS: 0.4 });
  try {
    await waitFor('two passages', () => sink.detections.length >= 2, 15_000);
    for (const detection of sink.detections) {
      assert.is(detection?.beam?.bothBeams, true, JSON.stringify(detection));
      assert.ok([v1.Direction.DIRECTION_IN, v1.Direction.DIRECTION_OUT].includes(detection?.direction as number));
      assert.ok((detection?.speedMps ?? 0) > 0.8 && (detection?.speedMps ?? 0) < 2.5, `walking speed, got ${detection?.speedMps}`);
      assert.is(detection?.direction === v1.Direction.DIRECTION_IN, detection?.beam?.firstBeam === 'a');
    }
  } finally {
    walker.stop();
    await sensor.stop();
    await chip.stop();
  }
});

test.run();
