import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { runCli } from '../support/cli.js';
import { ptyPair } from '../support/pty.js';
import { startPeer, DEBIAN_PYTHON } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const peerScript = fileURLToPath(new URL('./peers/slcan_adapter.py', import.meta.url));
const dbc = fileURLToPath(new URL('../fixtures/can/mast.dbc', import.meta.url));

test('probe can slcan:PORT prints frames candump style with DBC signals decoded', async () => {
  const pair = await ptyPair(tempDir());
  const adapter = startPeer(DEBIAN_PYTHON, [peerScript, pair.b]);
  try {
    await adapter.waitForOutput(/"ready"/);
    const run = runCli(['probe', 'can', `slcan:${pair.a}`, '--bitrate', '250000', '--dbc', dbc, '--count', '3']);
    await adapter.waitForOutput(/"command": "O"/);
    adapter.child.stdin?.write(`${JSON.stringify({ op: 'signals', values: { speed: 87.3, temp: -12.5, voltage: 27.61, tilt: -3.4 } })}\n`);
    adapter.child.stdin?.write(`${JSON.stringify({ op: 'send', id: 0x18fef1fe, ext: true, rtr: true, dlc: 8 })}\n`);
    const result = await run;
    assert.is(result.code, 0, result.stderr);
    assert.match(adapter.output(), /"command": "S5"/, '250 kbit/s is S5');
    assert.is(
      result.stdout,
      [
        '  slcan       120   [8]  69 03 37 00 00 00 00 00',
        '      WheelSpeed = 87.3 km/h',
        '      MotorTemp = -12.5 Cel',
        '  slcan       121   [8]  0A C9 DE 00 00 00 00 00',
        '      BusVoltage = 27.61 V',
        '      Tilt = -3.4 deg',
        '  slcan  18FEF1FE   [8]  remote request',
        '',
      ].join('\n'),
    );
  } finally {
    adapter.child.stdin?.end();
    await adapter.stop();
    await pair.stop();
  }
});

test('probe can exits 1 with the reason when the bus is absent, 2 on a bad bitrate', async () => {
  const absent = await runCli(['probe', 'can', 'slcan:/dev/ttyOUTPOST-NONE', '--timeout', '300ms']);
  assert.is(absent.code, 1);
  assert.match(absent.stderr, /cannot open the adapter on \/dev\/ttyOUTPOST-NONE/);
  const socket = await runCli(['probe', 'can', 'can7', '--timeout', '300ms']);
  assert.is(socket.code, 1);
  assert.match(socket.stderr, /CAN interface can7 does not exist/);
  const usage = await runCli(['probe', 'can', 'slcan:/dev/ttyUSB0', '--bitrate', '300000']);
  assert.is(usage.code, 2);
});

test.run();
