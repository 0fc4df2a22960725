import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { startGeophone } from '../../agent/demo/sim/geophone.js';
import { seismicSchema } from '../../agent/sensors/seismic/config.js';
import { SeismicSensor } from '../../agent/sensors/seismic/sensor.js';
import { serialBusSchema } from '../../drivers/serial/config.js';
import { SerialLink } from '../../drivers/serial/index.js';
import { freePort, waitFor } from '../support/net.js';
import { MemorySink } from './fakes.js';

const systemTime = { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_RTC }) };

test('end to end over a real SerialLink on tcp://: the simulated digitizer, a detection, a lost link reported', async () => {
  const port = await freePort();
  // Short windows so that the walker comes after 3 s instead of the demo's 25 s.
  const geophone = await startGeophone({ port, rate: 200, seed: 4, firstPassageS: 3 });
  const bus = serialBusSchema.parse({ type: 'serial', path: `tcp://127.0.0.1:${port}`, reconnect: { min: '100ms', max: '500ms' } });
  const link = new SerialLink({ ...bus, name: 'bus:digitizer', log: silentLogger() });
  const config = seismicSchema.parse({ type: 'seismic', bus: 'digitizer', sample_rate: 200, bandpass: [10, 40], sta: 0.2, lta: 2, gap_tolerance: '1s' });
  const sink = new MemorySink();
  const sensor = new SeismicSensor({ name: 'geo-1', config, link, sink, time: systemTime, log: silentLogger() });
  try {
    await link.start();
    await sensor.start();
    await waitFor('samples from the simulated digitizer', () => sensor.health().status === 'ok');
    await waitFor('a seismic detection', () => sink.detections.length > 0, 20_000);
    const [detection] = sink.detections;
    // What it is called is the classifier's business (tested on its own); here: it arrived, whole.
    assert.is(detection?.sensor, 'geo-1');
    assert.ok((detection?.seismic?.peakStaLta ?? 0) > 3.5, JSON.stringify(detection));
    assert.ok(Math.abs((detection?.onsetUnixMs as number) - Date.now()) < 30_000, 'onset stamped near now');
    await geophone.stop();
    await waitFor('the lost link reported', () => sink.events.some((event) => event?.attributes?.reason === 'link_lost' || event?.attributes?.reason === 'gap'));
    assert.is.not(sensor.health().status, 'ok');
  } finally {
    await sensor.stop();
    await link.stop();
    await geophone.stop();
  }
});

test.run();
