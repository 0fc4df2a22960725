import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../support/cli.js';
import { ptyPair, type PtyPair } from '../support/pty.js';
import { tempDir } from '../support/tmp.js';
import { freePort } from '../support/net.js';
import { testUnless } from '../support/skip.js';
import { encodeRegisters } from '../../drivers/modbus/decode.js';
import { modbusDeviceSchema } from '../../agent/sensors/modbus-device/config.js';
import { parse } from 'yaml';
import { pymodbusMissing, startModbusPeer, type ModbusPeer } from './peer.js';

let tcp: ModbusPeer | undefined;
let rtu: ModbusPeer | undefined;
let pair: PtyPair | undefined;

const float = encodeRegisters(-7.5, { type: 'float32', word_order: 'little', byte_order: 'big' });

test.before(async () => {
  if (pymodbusMissing !== undefined) return;
  tcp = await startModbusPeer({ mode: 'tcp' }, { 1: { holding: [1200, 65535, ...float], coil: [1, 0, 1] } });
  pair = await ptyPair(tempDir(), 'scan');
  rtu = await startModbusPeer({ mode: 'rtu', device: pair.b, baud: 19200 }, { 2: { holding: [42] }, 5: { input: [1] } });
});

test.after(async () => {
  await tcp?.stop();
  await rtu?.stop();
  await pair?.stop();
});

testUnless(test, pymodbusMissing, 'probe modbus prints a table of decoded values', async () => {
  const plain = await runCli(['probe', 'modbus', '--host', `127.0.0.1:${tcp!.where}`, '--unit', '1', '--read', 'holding:0:2', '--type', 'int16']);
  assert.is(plain.code, 0, plain.stderr);
  assert.equal(plain.stdout.trim().split('\n'), ['table    address  raw     value', 'holding  0        0x04b0  1200', 'holding  1        0xffff  -1']);
  const floats = await runCli(['probe', 'modbus', '--host', `127.0.0.1:${tcp!.where}`, '--unit', '1', '--read', 'hr:2:2', '--type', 'float32', '--word-order', 'little']);
  assert.match(floats.stdout, /holding  2 +0x0000 0xc0f0 +-7\.5/);
  const coils = await runCli(['probe', 'modbus', '--host', `127.0.0.1:${tcp!.where}`, '--unit', '1', '--read', 'coil:0:3']);
  assert.match(coils.stdout, /coil +0 +1 +on\ncoil +1 +0 +off\ncoil +2 +1 +on/);
});

testUnless(test, pymodbusMissing, 'probe modbus --watch repeats until its time is up', async () => {
  const result = await runCli(['probe', 'modbus', '--host', `127.0.0.1:${tcp!.where}`, '--unit', '1', '--read', 'holding:0:1', '--watch', '--interval', '100ms', '--seconds', '0.5']);
  assert.is(result.code, 0, result.stderr);
  assert.ok((result.stdout.match(/holding  0/g) ?? []).length >= 2, result.stdout);
});

testUnless(test, pymodbusMissing, 'probe modbus exits 1 naming the problem: silent unit, exception, refused host', async () => {
  const silent = await runCli(['probe', 'modbus', '--host', `127.0.0.1:${tcp!.where}`, '--unit', '9', '--timeout', '200ms', '--retries', '0']);
  assert.is(silent.code, 1);
  assert.match(silent.stderr, /unit 9 on 127\.0\.0\.1:\d+: no answer within 200 ms; check the unit id/);
  const refused = await runCli(['probe', 'modbus', '--host', `127.0.0.1:${tcp!.where}`, '--unit', '1', '--read', 'input:50:2']);
  assert.is(refused.code, 1);
  assert.match(refused.stderr, /illegal data address at input 50\.\.51/);
  const port = await freePort();
  const absent = await runCli(['probe', 'modbus', '--host', `127.0.0.1:${port}`, '--unit', '1']);
  assert.is(absent.code, 1);
  assert.match(absent.stderr, /connection refused/);
  const usage = await runCli(['probe', 'modbus', '--unit', '1']);
  assert.is(usage.code, 2);
  assert.match(usage.stderr, /either --port PORT \(RTU\) or --host HOST:PORT \(TCP\)/);
});

testUnless(test, pymodbusMissing, 'probe modbus over RTU on a serial port', async () => {
  const result = await runCli(['probe', 'modbus', '--port', pair!.a, '--baud', '19200', '--unit', '2', '--read', 'holding:0:1']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /holding  0 +0x002a  42/);
});

testUnless(test, pymodbusMissing, 'scan modbus finds the units that answer and prints a config snippet that validates', async () => {
  const result = await runCli(['scan', 'modbus', '--port', pair!.a, '--bauds', '19200', '--units', '1-6', '--timeout', '150ms']);
  assert.is(result.code, 0, result.stderr);
  assert.match(result.stdout, /^unit 2 at 19200 baud none: holding 0 = 42$/m);
  assert.match(result.stdout, /^unit 5 at 19200 baud none: holding 0 = 0$/m);
  assert.not.match(result.stdout, /^unit [1346] /m);
  const snippet = parse(result.stdout.slice(result.stdout.indexOf('# found by'))) as { sensors: Record<string, unknown> };
  for (const sensor of Object.values(snippet.sensors)) assert.ok(modbusDeviceSchema.safeParse(sensor).success);
  // A unit without that register answers with an exception: it is there all the same.
  const refused = await runCli(['scan', 'modbus', '--port', pair!.a, '--bauds', '19200', '--units', '2', '--register', 'holding:3', '--timeout', '150ms']);
  assert.is(refused.code, 0, refused.stderr);
  assert.match(refused.stdout, /^unit 2 at 19200 baud none: answered with illegal data address at holding 3$/m);
});

testUnless(test, pymodbusMissing, 'scan modbus exits 1 when nothing answers, with the RS-485 checklist', async () => {
  const result = await runCli(['scan', 'modbus', '--port', pair!.a, '--bauds', '19200', '--units', '10-12', '--timeout', '100ms']);
  assert.is(result.code, 1);
  assert.match(result.stderr, /no unit answered at 19200 baud, parity none, units 10-12; check power, swap A\/B/);
});

test('scan modbus on a port that does not exist says so', async () => {
  const result = await runCli(['scan', 'modbus', '--port', '/dev/serial/by-id/usb-nothing-here', '--units', '1']);
  assert.is(result.code, 1);
  assert.match(result.stderr, /serial port \/dev\/serial\/by-id\/usb-nothing-here: no such device/);
});

test.run();
