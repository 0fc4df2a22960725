import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../kernel/logger.js';
import { startGpsSimulator } from '../../agent/demo/sim/gps.js';
import { GpsSensor } from '../../agent/sensors/gps/sensor.js';
import type { Fix } from '../../drivers/nmea/fix.js';
import { SerialLink } from '../../drivers/serial/link.js';
import { freePort, waitFor } from '../support/net.js';

test('the demo GPS simulator streams NMEA over TCP that the gps sensor reads as a valid 3D fix near the demo post, dated today', async () => {
  const port = await freePort();
  const simulator = await startGpsSimulator({ host: '127.0.0.1', port, rateHz: 10 });
  const link = new SerialLink({ path: `tcp://127.0.0.1:${port}`, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } });
  const sensor = new GpsSensor({
    name: 'gnss',
    config: { type: 'gps', bus: 'gps', time_source: true, interval: 60_000, rollover_pivot: '2026-01-01', silent_after: 10_000, no_fix_after: 300_000 },
    link,
    sink: { emit: () => undefined },
    log: silentLogger(),
  });
  const fixes: Fix[] = [];
  sensor.onFix((fix) => fixes.push(fix));
  try {
    await link.start();
    await sensor.start();
    // GSV (satellites in view) comes every fifth epoch, so the first fixes may not know it yet: wait for one that does.
    const fix = await waitFor('a third fix, with satellites in view', () => (fixes.length >= 3 ? fixes.slice(2).find((f) => f.satellitesInView !== undefined) : undefined));
    assert.ok(fix.valid);
    assert.is(fix.mode, '3d');
    assert.ok(Math.abs((fix.lat as number) - 48.0325) < 0.001 && Math.abs((fix.lon as number) - 11.6175) < 0.001);
    assert.ok(Math.abs((fix.timeUnixMs as number) - Date.now()) < 5000, 'GPS time is the wall clock');
    assert.is(fix.rolloverPeriods, 0);
    assert.is(fix.satellitesInView, 12);
    assert.is(sensor.health().counters?.['checksum_errors'], 0);
  } finally {
    await sensor.stop();
    await link.stop();
    await simulator.stop();
  }
});

test.run();
