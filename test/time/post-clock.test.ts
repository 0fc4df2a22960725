import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import type { PostConfig } from '../../agent/config/schema.js';
import { silentLogger } from '../../kernel/logger.js';
import type { Devices } from '../../agent/runtime/assembly.js';
import type { GpsConfig } from '../../agent/sensors/gps/config.js';
import { GpsSensor } from '../../agent/sensors/gps/sensor.js';
import { createPostClock, measuredPosition, SystemClock } from '../../agent/time/index.js';
import { withChecksum } from '../../drivers/nmea/sentence.js';
import { waitFor } from '../support/net.js';
import { memoryLinkPair } from '../at/modem-sim.js';

function post(timeSource: boolean): { config: PostConfig; gps: GpsConfig } {
  const gps: GpsConfig = { type: 'gps', bus: 'gps', time_source: timeSource, interval: 60_000, rollover_pivot: '2026-01-01', silent_after: 10_000, no_fix_after: 300_000 };
  return { config: { sensors: { gnss: gps } } as unknown as PostConfig, gps };
}

function epoch(at: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const time = `${p(at.getUTCHours())}${p(at.getUTCMinutes())}${p(at.getUTCSeconds())}.${p(Math.floor(at.getUTCMilliseconds() / 10))}`;
  const date = `${p(at.getUTCDate())}${p(at.getUTCMonth() + 1)}${p(at.getUTCFullYear() % 100)}`;
  return [`GPGGA,${time},4801.9500,N,01137.0500,E,1,08,0.9,553.0,M,47.0,M,,`, `GPRMC,${time},A,4801.9500,N,01137.0500,E,0.0,,${date},,,A`].map((s) => `${withChecksum(s)}\r\n`).join('');
}

test('with a gps time source the post clock turns GPS once the receiver settles; position is measured', async () => {
  const { host, modem } = memoryLinkPair();
  const { config, gps } = post(true);
  const sensor = new GpsSensor({ name: 'gnss', config: gps, link: host, sink: { emit: () => undefined }, log: silentLogger() });
  const devices: Devices = { buses: new Map(), sensors: new Map([['gnss', sensor]]) };
  const clock = createPostClock({ post: config, devices }, silentLogger(), new SystemClock({ check: async () => true }));
  await sensor.start();
  try {
    await waitFor('NTP answer', () => clock.now().quality === v1.TimeQuality.TIME_QUALITY_NTP);
    assert.is(measuredPosition(devices), undefined);
    for (let i = 0; i < 4; i += 1) {
      await modem.write(epoch(new Date()));
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await waitFor('GPS quality', () => clock.now().quality === v1.TimeQuality.TIME_QUALITY_GPS);
    const position = measuredPosition(devices);
    assert.ok(Math.abs((position?.latitudeDeg as number) - 48.0325) < 1e-6);
    assert.is(position?.fixQuality, v1.FixQuality.FIX_QUALITY_GPS);
  } finally {
    await sensor.stop();
  }
});

test('without a gps time source the post clock is the system clock', () => {
  const { host } = memoryLinkPair();
  const { config, gps } = post(false);
  const sensor = new GpsSensor({ name: 'gnss', config: gps, link: host, sink: { emit: () => undefined }, log: silentLogger() });
  const system = new SystemClock({ check: async () => false });
  const clock = createPostClock({ post: config, devices: { buses: new Map(), sensors: new Map([['gnss', sensor]]) } }, undefined, system);
  assert.is(clock, system);
});

test.run();
