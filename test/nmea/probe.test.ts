import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';
import { ptyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';
import { playCapture } from './pace.js';

const fixtures = join(import.meta.dirname, '../fixtures/nmea');

test('probe nmea shows the live fix from a receiver on a PTY and stops after --count fixes', async () => {
  const pair = await ptyPair(tempDir());
  const playing = { stopped: false };
  let reading!: () => void;
  const listening = new Promise<void>((resolve) => (reading = resolve));
  try {
    const probe = runCli(['probe', 'nmea', pair.a, '--count', '3', '--pivot', '2000-01-01'], { onStderr: (text) => text.includes('reading NMEA') && reading() });
    await Promise.race([listening, probe]); // the receiver starts talking once the probe has the port open
    const player = playCapture(pair.b, join(fixtures, 'gr8013-w.log'), 0.1, playing);
    const result = await probe;
    playing.stopped = true;
    await player;
    assert.is(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.is(lines.length, 3);
    assert.match(lines[0] as string, /^2015-06-19T18:11:4\dZ {2}3d gps {2}52\.514809 13\.464265 {2}alt 62\.\d m {2}sats 19\/24 {2}hdop 0\.93/);
    assert.match(result.stderr, /reading NMEA on .*tty-a at 9600 8N1/);
    assert.match(result.stderr, /3 fixes, \d+ sentences, 0 bad checksums/);
  } finally {
    playing.stopped = true;
    await pair.stop();
  }
});

test('probe nmea --json prints the replay format', async () => {
  const pair = await ptyPair(tempDir());
  const playing = { stopped: false };
  let reading!: () => void;
  const listening = new Promise<void>((resolve) => (reading = resolve));
  try {
    const probe = runCli(['probe', 'nmea', pair.a, '--count', '1', '--json', '--pivot', '2000-01-01'], { onStderr: (text) => text.includes('reading NMEA') && reading() });
    await Promise.race([listening, probe]); // the receiver starts talking once the probe has the port open
    const player = playCapture(pair.b, join(fixtures, 'bu353s4.log'), 0.1, playing);
    const result = await probe;
    playing.stopped = true;
    await player;
    assert.is(result.code, 0, result.stderr);
    const fix = JSON.parse(result.stdout.trim()) as { time: string; lat: number; valid: boolean };
    assert.ok(fix.valid);
    assert.ok(fix.lat < -37.78 && fix.lat > -37.79);
  } finally {
    playing.stopped = true;
    await pair.stop();
  }
});

test('probe nmea fails clearly: port absent, receiver silent, or not NMEA (wrong baud)', async () => {
  const dir = tempDir();
  const absent = await runCli(['probe', 'nmea', join(dir, 'ttyUSB9')]);
  assert.is(absent.code, 1);
  assert.match(absent.stderr, /ttyUSB9/);
  const pair = await ptyPair(dir);
  try {
    const silent = await runCli(['probe', 'nmea', pair.a, '--timeout', '400ms']);
    assert.is(silent.code, 1);
    assert.match(silent.stderr, /tty-a at 9600 8N1: no data within 400 ms; check the receiver's power/);
    const noise = await open(pair.b, constants.O_RDWR | constants.O_NOCTTY);
    const garbling = setInterval(() => void noise.write(Buffer.from([0xf0, 0x8e, 0x24, 0x47, 0xfe, 0x0d, 0x0a, 0x9c, 0x2c])), 20);
    try {
      const garbled = await runCli(['probe', 'nmea', pair.a, '--timeout', '400ms']);
      assert.is(garbled.code, 1);
      assert.match(garbled.stderr, /data but no valid NMEA sentence within 400 ms .*; try another --baud/);
    } finally {
      clearInterval(garbling);
      await noise.close();
    }
  } finally {
    await pair.stop();
  }
});

test('probe nmea usage errors exit 2', async () => {
  const bad = await runCli(['probe', 'nmea', '/dev/null', '--baud', 'fast']);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /--baud: expected a baud rate/);
});

test.run();
