import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const fixtures = join(import.meta.dirname, '../fixtures/nmea');

test('replay nmea prints one JSON line per fix with time, lat, lon, altitude, quality, mode, speed, track', async () => {
  const result = await runCli(['replay', 'nmea', join(fixtures, 'bu353s4.log')]);
  assert.is(result.code, 0, result.stderr);
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.is(lines.length, 25);
  assert.equal(lines[0], {
    time: '2014-12-31T03:07:19.000Z',
    valid: true,
    lat: -37.7847883,
    lon: 175.3148967,
    altitude_m: 59.9,
    quality: 'gps',
    mode: '3d',
    satellites_used: 8,
    satellites_in_view: null,
    hdop: 1.1,
    speed_mps: 0.355,
    track_deg: 181.39,
  });
  assert.match(result.stderr, /25 fixes from 90 sentences/);
  assert.match(result.stderr, /rollover pivot 2014-12-31/, 'the capture\'s # Date: comment is the pivot');
});

test('replay nmea of the cold-boot capture: corrects the 1999 date, counts the garbage, exits 0', async () => {
  const result = await runCli(['replay', 'nmea', '--valid-only', join(fixtures, 'gp-320fw-2019-04-07-coldboot.log')]);
  assert.is(result.code, 0);
  const all = await runCli(['replay', 'nmea', join(fixtures, 'gp-320fw-2019-04-07-coldboot.log')]);
  const last = JSON.parse(all.stdout.trim().split('\n').pop() as string) as { time: string; rollover_corrected: number; valid: boolean };
  assert.is(last.time.slice(0, 10), '2019-04-07');
  assert.is(last.rollover_corrected, 1);
  assert.is(result.stdout.trim().split('\n').length, 2, 'only the two epochs before the reboot had a fix');
  assert.match(all.stderr, /\d+ bad checksum, \d+ partial, 1 malformed, 1 non-ASCII/);
});

test('replay nmea reads stdin; a bad --pivot is a usage error; a missing file exits 1', async () => {
  const piped = await runCli(['replay', 'nmea', '--pivot', '2000-01-01'], { stdin: '$GNRMC,181141.00,A,5230.88855,N,01327.85591,E,0.031,,190615,,,A*61\r\n' });
  assert.is(piped.code, 0);
  assert.match(piped.stdout, /"time":"2015-06-19T18:11:41.000Z"/);
  const bad = await runCli(['replay', 'nmea', '--pivot', 'soon', '-'], { stdin: '' });
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /--pivot: .*YYYY-MM-DD/);
  const missing = await runCli(['replay', 'nmea', join(fixtures, 'nope.log')]);
  assert.is(missing.code, 1);
  assert.match(missing.stderr, /cannot read .*nope\.log: no such file/);
});

test.run();
