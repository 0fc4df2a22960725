import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NmeaDecoder } from '../../drivers/nmea/decoder.js';
import type { Fix } from '../../drivers/nmea/fix.js';
import { parsePivot } from '../../drivers/nmea/rollover.js';

const fixtures = join(import.meta.dirname, '../fixtures/nmea');

function replay(file: string, pivot = '2000-01-01') {
  const fixes: Fix[] = [];
  const decoder = new NmeaDecoder({ rolloverPivotMs: parsePivot(pivot), onFix: (fix) => fixes.push(fix) });
  const lines = readFileSync(join(fixtures, file), 'latin1').split('\n');
  for (const line of lines) if (!line.startsWith('#')) decoder.push(`${line}\n`);
  decoder.flush();
  return { fixes, counters: decoder.counters };
}

const near = (a: number | undefined, b: number, eps = 1e-6): boolean => a !== undefined && Math.abs(a - b) < eps;

test('BU-353-S4 (SiRF IV): steady 3D fix south and east, one fix per second, nothing rejected', () => {
  const { fixes, counters } = replay('bu353s4.log');
  assert.is(fixes.length, 25);
  assert.is(counters.checksum_errors + counters.partial + counters.malformed + counters.non_ascii, 0);
  const first = fixes[0] as Fix;
  assert.is(first.timeUnixMs, Date.UTC(2014, 11, 31, 3, 7, 19));
  assert.ok(near(first.lat, -(37 + 47.0873 / 60)) && near(first.lon, 175 + 18.8938 / 60));
  assert.ok(first.valid);
  assert.is(first.mode, '3d');
  assert.is(first.altitudeM, 59.9);
  assert.ok(fixes.every((fix, i) => i === 0 || fix.timeUnixMs === (fixes[i - 1] as Fix).timeUnixMs! + 1000));
  // GSV arrives every few epochs; satellites in view is known from its first one on.
  assert.is(fixes[2]?.satellitesInView, 12);
});

test('GR-8013W (u-blox 8): GN talker with GPS and GLONASS GSA/GSV, date from ZDA and RMC', () => {
  const { fixes, counters } = replay('gr8013-w.log');
  assert.is(fixes.length, 3);
  assert.ok(counters.ignored > 0, 'GLL, GST and GBS are read and ignored');
  const fix = fixes[0] as Fix;
  assert.is(fix.timeUnixMs, Date.UTC(2015, 5, 19, 18, 11, 41));
  assert.ok(near(fix.lat, 52 + 30.88855 / 60) && near(fix.lon, 13 + 27.85591 / 60));
  assert.is(fix.satellitesUsed, 19, 'GPS and GLONASS GSA together');
  assert.is(fix.satellitesInView, 24, '14 GPS + 10 GLONASS in view');
  assert.is(fix.trackDeg, undefined, 'a stationary u-blox sends no course');
  assert.ok(fix.talkers.includes('GN') && fix.talkers.includes('GL'));
});

test('Garmin 17N: RMC with DGPS mode, proprietary PGRM sentences ignored', () => {
  const { fixes, counters } = replay('garmin17n.log');
  assert.is(fixes.length, 2);
  assert.is(fixes[0]?.quality, 'dgps');
  assert.is(fixes[0]?.timeUnixMs, Date.UTC(2005, 2, 16, 9, 38, 2));
  assert.is(counters.checksum_errors, 0);
  assert.ok(counters.ignored >= 12);
});

test('Haicom HI-305N: no fix at first, then a fix is gained while moving', () => {
  const { fixes } = replay('haicom-305N.log');
  const firstValid = fixes.findIndex((fix) => fix.valid);
  assert.ok(firstValid > 0);
  assert.ok(fixes.slice(0, firstValid).every((fix) => !fix.valid && fix.quality === 'none'));
  const gained = fixes[firstValid] as Fix;
  assert.is(gained.timeUnixMs, Date.UTC(2007, 3, 8, 9, 53, 4, 802));
  assert.is(gained.mode, '2d');
  assert.ok(near(gained.lat, -(27 + 12.652 / 60)) && near(gained.lon, 153 + 3.1397 / 60));
  assert.ok(fixes.slice(firstValid).every((fix) => fix.valid));
  assert.ok(fixes.some((fix) => (fix.speedMps ?? 0) > 1), 'it moves');
});

test('GPS-320FW cold boot: garbage counted not fatal, fix lost at the reboot, 1999-08-22 read as 2019-04-07', () => {
  const { fixes, counters } = replay('gp-320fw-2019-04-07-coldboot.log', '2010-10-16');
  assert.ok(counters.checksum_errors > 20);
  assert.ok(counters.partial > 0);
  assert.is(counters.non_ascii, 1);
  assert.is(counters.malformed, 1, 'the GSV with a good checksum and broken fields');
  assert.ok(fixes[0]?.valid, 'before the reboot it had a fix');
  assert.is(fixes[1]?.timeUnixMs, Date.UTC(2019, 3, 7, 0, 3, 45, 30));
  const lost = fixes.findIndex((fix) => !fix.valid);
  assert.is(lost, 2);
  assert.ok(fixes.slice(lost).every((fix) => !fix.valid), 'it never regains a fix in the capture');
  const lastFix = fixes[fixes.length - 1] as Fix;
  assert.is(lastFix.rolloverPeriods, 1);
  assert.is(new Date(lastFix.timeUnixMs as number).toISOString().slice(0, 10), '2019-04-07');
  // Without the correction the receiver's own date is 19.6 years old.
  const raw = replay('gp-320fw-2019-04-07-coldboot.log', '1990-01-01').fixes;
  assert.is(new Date(raw[raw.length - 1]?.timeUnixMs as number).toISOString().slice(0, 10), '1999-08-22');
});

test('a fix is reported when its epoch ends (learnt ender), not a second later', () => {
  const fixes: Fix[] = [];
  const decoder = new NmeaDecoder({ rolloverPivotMs: parsePivot('2000-01-01'), onFix: (fix) => fixes.push(fix) });
  const lines = readFileSync(join(fixtures, 'bu353s4.log'), 'latin1').split('\n').filter((l) => l.startsWith('$'));
  // Feed up to and including the second epoch's RMC: two epochs are complete, none pending.
  const secondRmc = lines.findIndex((l, i) => i > 3 && l.startsWith('$GPRMC'));
  for (const line of lines.slice(0, secondRmc + 1)) decoder.push(`${line}\r\n`);
  assert.is(fixes.length, 2);
});

test('GGA-only epochs carry the last date forward across midnight', async () => {
  const { withChecksum } = await import('../../drivers/nmea/sentence.js');
  const fixes: Fix[] = [];
  const decoder = new NmeaDecoder({ rolloverPivotMs: parsePivot('2000-01-01'), onFix: (fix) => fixes.push(fix) });
  const gga = (time: string): string => `${withChecksum(`GPGGA,${time},4808.9993,N,01135.0798,E,1,04,1.4,460.0,M,46.2,M,,`)}\r\n`;
  decoder.push(withChecksum('GPRMC,235959.00,A,4808.9993,N,01135.0798,E,0.0,0.0,311224,,,A') + '\r\n');
  decoder.push(gga('235959.00'));
  decoder.push(gga('000000.00'));
  decoder.push(gga('000001.00'));
  decoder.flush();
  assert.equal(
    fixes.map((fix) => fix.timeUnixMs),
    [Date.UTC(2024, 11, 31, 23, 59, 59), Date.UTC(2025, 0, 1, 0, 0, 0), Date.UTC(2025, 0, 1, 0, 0, 1)],
  );
});

test.run();
