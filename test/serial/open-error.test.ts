import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { serialOpenError } from '../../drivers/serial/open-error.js';
import { SerialLink } from '../../drivers/serial/link.js';
import { tempDir } from '../support/tmp.js';
import { testUnless } from '../support/skip.js';

const enoent = Object.assign(new Error('ENOENT: no such file or directory, realpath'), { code: 'ENOENT' });

test('a missing port lists the stable names that are present', () => {
  const byId = join(tempDir(), 'by-id');
  mkdirSync(byId);
  symlinkSync('../../ttyUSB3', join(byId, 'usb-Prolific_PL2303-if00-port0'));
  const error = serialOpenError('/dev/ttyUSB0', enoent, byId);
  assert.is(error.code, 'serial.missing');
  assert.is(error.disconnect, true);
  assert.match(error.describe(), /^serial port \/dev\/ttyUSB0: no such device \(unplugged, or the name is wrong\); check the cable and the name; present now: .*usb-Prolific_PL2303-if00-port0; `outpost ports` lists every port$/);
  assert.match(serialOpenError('/dev/ttyUSB0', enoent, join(byId, 'none')).describe(), /nothing is in .* \(no USB serial adapter is plugged in\)/);
});

test('serialport\'s own open failures map to busy and permission by their text, once, here', () => {
  const busy = serialOpenError('/dev/ttyUSB0', new Error('Error Resource temporarily unavailable Cannot lock port'));
  assert.is(busy.code, 'serial.busy');
  assert.match(busy.describe(), /fuser -v \/dev\/ttyUSB0.*ModemManager.*gpsd.*pick another port/);
  const denied = serialOpenError('/dev/ttyUSB0', new Error('Error: Permission denied, cannot open /dev/ttyUSB0'));
  assert.is(denied.code, 'serial.permission');
  assert.match(denied.describe(), /permission denied; add the agent user to the dialout group/);
  const other = serialOpenError('/dev/ttyUSB0', new Error('Error: Invalid argument setting custom baud rate of 12345'));
  assert.is(other.code, 'serial.open');
  assert.match(other.describe(), /cannot open: Error: Invalid argument setting custom baud rate of 12345; check the settings/);
});

const root = process.getuid?.() === 0 ? 'running as root: file permissions do not stop root' : undefined;
testUnless(test, root, 'a port the agent may not open says so with the dialout hint', async () => {
  const path = join(tempDir(), 'ttyLOCKED');
  writeFileSync(path, '');
  chmodSync(path, 0o000);
  const link = new SerialLink({ path, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 1000, max: 1000 } });
  try {
    await link.start();
    assert.is(link.error?.code, 'serial.permission');
  } finally {
    await link.stop();
  }
});

test.run();
