import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1, type outpost } from '../../wire/index.js';
import { GpsDisciplinedClock } from '../../agent/time/gps-clock.js';
import type { TimeSource } from '../../agent/runtime/records.js';
import type { Fix } from '../../drivers/nmea/fix.js';

const { TIME_QUALITY_GPS: GPS, TIME_QUALITY_NTP: NTP, TIME_QUALITY_RTC: RTC } = v1.TimeQuality;

function fix(timeUnixMs: number | undefined, valid = true): Fix {
  return {
    timeUnixMs,
    timeOfDayMs: (timeUnixMs ?? 0) % 86_400_000,
    rolloverPeriods: 0,
    valid,
    quality: valid ? 'gps' : 'none',
    mode: valid ? '3d' : 'no-fix',
    lat: valid ? 48.15 : undefined,
    lon: valid ? 11.58 : undefined,
    altitudeM: 460,
    satellitesUsed: 7,
    satellitesInView: 11,
    hdop: 1.2,
    pdop: undefined,
    vdop: undefined,
    speedMps: 0,
    trackDeg: undefined,
    talkers: ['GP'],
  };
}

/** A system clock and a monotonic clock the test moves by hand. */
function rig(systemOffsetMs: number, quality: outpost.v1.TimeQuality = NTP) {
  const t0 = Date.UTC(2026, 10, 27, 3, 0, 0);
  let mono = 1000;
  const system: TimeSource = { now: () => ({ unixMs: t0 + systemOffsetMs + mono, quality }) };
  const clock = new GpsDisciplinedClock({ fallback: system, monotonic: () => mono });
  return {
    clock,
    /** The receiver reports the instant `mono` (true time t0 + mono) after `latency` ms on the wire. */
    epoch(latency = 300, valid = true) {
      const instant = t0 + mono;
      mono += latency;
      clock.observe(fix(valid ? instant : undefined, valid));
      mono += 1000 - latency;
    },
    advance(ms: number) {
      mono += ms;
    },
    trueNow: () => t0 + mono,
  };
}

test('GPS quality only after three steady valid fixes; the system clock within a second of GPS is kept as it is', () => {
  const r = rig(0);
  assert.is(r.clock.now().quality, NTP);
  r.epoch();
  r.epoch();
  assert.is(r.clock.now().quality, NTP, 'not settled yet');
  r.epoch();
  const now = r.clock.now();
  assert.is(now.quality, GPS);
  assert.is(now.unixMs, r.trueNow(), 'the system clock agrees, so its own reading is used');
  const status = r.clock.status();
  assert.ok(status.locked && !status.correcting);
  assert.ok(Math.abs(status.offsetMs as number) <= 1000);
});

test('a system clock hours off (RTC without battery) is corrected from GPS time carried on the monotonic clock', () => {
  const r = rig(-3 * 3600_000, RTC);
  for (let i = 0; i < 3; i += 1) r.epoch(200);
  r.advance(400);
  const now = r.clock.now();
  assert.is(now.quality, GPS);
  // GPS time lags the true instant by the wire latency of the last fix (200 ms) at most.
  assert.ok(Math.abs(now.unixMs - r.trueNow()) <= 1000, `${now.unixMs - r.trueNow()} ms off`);
  assert.ok(r.clock.status().correcting);
});

test('even a year off, an RTC that was never synchronised is corrected from GPS', () => {
  const r = rig(-365 * 86_400_000, RTC);
  for (let i = 0; i < 3; i += 1) r.epoch();
  const now = r.clock.now();
  assert.is(now.quality, GPS);
  assert.ok(Math.abs(now.unixMs - r.trueNow()) <= 1000);
});

test('GPS a rollover period off an NTP-synchronised clock is a date fault: NTP time and quality are kept', () => {
  const r = rig(1024 * 7 * 86_400_000);
  for (let i = 0; i < 3; i += 1) r.epoch();
  const now = r.clock.now();
  assert.is(now.quality, NTP);
  assert.is(now.unixMs, r.trueNow() + 1024 * 7 * 86_400_000, 'the system clock as it is');
  assert.ok(r.clock.status().distrusted);
});

test('an invalid fix or a silent receiver ends the lock at once; the quality falls back to the system clock', () => {
  const r = rig(0);
  for (let i = 0; i < 3; i += 1) r.epoch();
  assert.is(r.clock.now().quality, GPS);
  r.epoch(300, false);
  assert.is(r.clock.now().quality, NTP, 'fix lost');
  for (let i = 0; i < 3; i += 1) r.epoch();
  assert.is(r.clock.now().quality, GPS, 'regained after settling');
  r.advance(6000);
  assert.is(r.clock.now().quality, NTP, 'receiver silent beyond the holdover');
});

test('times that jump (cold-boot garbage dates) never lock', () => {
  const r = rig(0);
  const jumps = [Date.UTC(2006, 11, 16), Date.UTC(2010, 8, 30), Date.UTC(1999, 7, 22), Date.UTC(2010, 8, 25)];
  let mono = 0;
  const system: TimeSource = { now: () => ({ unixMs: Date.now(), quality: NTP }) };
  const clock = new GpsDisciplinedClock({ fallback: system, monotonic: () => mono });
  for (const date of jumps) {
    clock.observe(fix(date));
    mono += 1000;
    assert.is(clock.now().quality, NTP);
  }
  assert.is(r.clock.position(), undefined, 'no position before a valid fix');
});

test('position() is the latest valid fix as a wire Position', () => {
  const r = rig(0);
  r.epoch();
  r.epoch(300, false);
  const position = r.clock.position();
  assert.equal(position, { latitudeDeg: 48.15, longitudeDeg: 11.58, fixQuality: v1.FixQuality.FIX_QUALITY_GPS, satellites: 7, altitudeM: 460, hdop: 1.2 });
});

test.run();
