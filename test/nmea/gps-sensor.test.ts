// test lane: waits (a recorded receiver replays through a PTY at 10x its pace; alone: 1.1 s of CPU in 6.3 s)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import type { RecordDraft } from '../../agent/runtime/records.js';
import { GpsSensor } from '../../agent/sensors/gps/sensor.js';
import type { GpsConfig } from '../../agent/sensors/gps/config.js';
import { GpsDisciplinedClock } from '../../agent/time/gps-clock.js';
import type { Fix } from '../../drivers/nmea/fix.js';
import { SerialLink } from '../../drivers/serial/link.js';
import { waitFor } from '../support/net.js';
import { ptyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';
import { playCapture } from './pace.js';

const fixtures = join(import.meta.dirname, '../fixtures/nmea');
const line = { baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } } as const;
const config = (extra: Partial<GpsConfig> = {}): GpsConfig => ({
  type: 'gps',
  bus: 'gps',
  time_source: true,
  interval: 1000,
  rollover_pivot: '2000-01-01',
  silent_after: 1500,
  no_fix_after: 300,
  ...extra,
});

async function rig(extra: Partial<GpsConfig> = {}) {
  const pair = await ptyPair(tempDir());
  const link = new SerialLink({ path: pair.a, ...line });
  const records: RecordDraft[] = [];
  const sensor = new GpsSensor({ name: 'gnss', config: config(extra), link, sink: { emit: (draft) => records.push(draft) }, log: silentLogger() });
  const fixes: Fix[] = [];
  sensor.onFix((fix) => fixes.push(fix));
  await link.start();
  await sensor.start();
  return {
    pair,
    link,
    sensor,
    fixes,
    records,
    async close() {
      await sensor.stop();
      await link.stop();
      await pair.stop();
    },
  };
}

test('BU-353-S4 through a PTY at 10x its pace: every epoch is a fix, the post clock locks to GPS time', async () => {
  const r = await rig();
  try {
    // A board without network time: its RTC says 2026, the receiver says 2014.
    const system = { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_RTC }) };
    const clock = new GpsDisciplinedClock({ fallback: system });
    let lastObservedAt = 0;
    r.sensor.onFix((fix) => {
      clock.observe(fix);
      lastObservedAt = performance.now();
    });
    await playCapture(r.pair.b, join(fixtures, 'bu353s4.log'), 0.1);
    await waitFor('all 25 fixes', () => r.fixes.length >= 25);
    assert.is(r.fixes.length, 25);
    assert.ok(r.fixes.every((fix) => fix.valid));
    assert.is(r.fixes[0]?.timeUnixMs, Date.UTC(2014, 11, 31, 3, 7, 19));
    // Records carry the GPS time, flagged GPS.
    // GPS time is the last fix's time carried forward on the monotonic clock: however late this line runs on a
    // loaded machine, it is 03:07:43 plus the time since that fix arrived.
    const now = clock.now();
    const carried = Date.UTC(2014, 11, 31, 3, 7, 43) + (performance.now() - lastObservedAt);
    assert.is(r.fixes.at(-1)?.timeUnixMs, Date.UTC(2014, 11, 31, 3, 7, 43));
    assert.is(now.quality, v1.TimeQuality.TIME_QUALITY_GPS);
    assert.ok(Math.abs(now.unixMs - carried) < 250, `GPS time ${new Date(now.unixMs).toISOString()}, carried forward ${new Date(carried).toISOString()}`);
    const position = r.sensor.position() as outpost.v1.IPosition;
    assert.ok(Math.abs((position.latitudeDeg as number) + 37.78) < 0.01 && Math.abs((position.longitudeDeg as number) - 175.31) < 0.01);
    assert.is(r.sensor.health().status, 'ok');
    assert.is(r.sensor.health().counters?.['checksum_errors'], 0);
    // Reports tick on the wall-clock grid, so the first may come before the first fix (fix_valid 0): take the first with one.
    const withFix = (d: (typeof r.records)[number]): boolean => 'reading' in d && (d.reading.samples?.[0]?.values as number[] | undefined)?.[3] === 1;
    await waitFor('a position reading with a fix', () => r.records.find(withFix));
    const reading = (r.records.find(withFix) as { reading: outpost.v1.IReading }).reading;
    assert.is(reading.sensor, 'gnss');
    assert.equal(reading.channels?.map((c) => c.name), ['latitude', 'longitude', 'altitude', 'fix_valid', 'satellites_used', 'satellites_in_view', 'hdop', 'speed']);
    const values = reading.samples?.[0]?.values as number[];
    assert.ok(Math.abs((values[0] as number) + 37.78) < 0.01);
    assert.is(values[3], 1);
  } finally {
    await r.close();
  }
});

test('cold boot through a PTY: garbage is counted, the fix is lost, the sensor stays up and degraded', async () => {
  const r = await rig({ rollover_pivot: '2010-10-16' });
  try {
    await playCapture(r.pair.b, join(fixtures, 'gp-320fw-2019-04-07-coldboot.log'), 0.05);
    await waitFor('the last epoch', () => r.fixes.some((fix) => fix.timeUnixMs === Date.UTC(2019, 3, 7, 0, 4, 35)));
    assert.ok(r.fixes[0]?.valid);
    assert.not.ok(r.fixes[r.fixes.length - 1]?.valid);
    const health = r.sensor.health();
    assert.ok((health.counters?.['checksum_errors'] ?? 0) > 20);
    assert.is(health.counters?.['non_ascii'], 1);
    await waitFor('degraded for lack of a fix', () => r.sensor.health().status === 'degraded');
    assert.match(r.sensor.health().message ?? '', /no valid GPS fix for .* \(12 satellites in view\); check that the antenna/);
  } finally {
    await r.close();
  }
});

test('a receiver that goes quiet is a fault naming the port; unplugging the port is a fault too', async () => {
  const r = await rig();
  try {
    await playCapture(r.pair.b, join(fixtures, 'garmin17n.log'), 0.05);
    await waitFor('fixes', () => r.fixes.length >= 2);
    await waitFor('silent fault', () => r.sensor.health().status === 'fault', 5000);
    assert.match(r.sensor.health().message ?? '', /no data from the receiver on .*tty-a.* check its power and wiring/);
    await r.pair.stop();
    await waitFor('link lost', () => r.link.state !== 'open');
    assert.match(r.sensor.health().message ?? '', /tty-a .* is (lost|opening)/);
  } finally {
    await r.close();
  }
});

test.run();
