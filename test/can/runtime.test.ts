import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import type { RecordDraft } from '../../agent/runtime/records.js';
import { ptyPair } from '../support/pty.js';
import { startPeer, DEBIAN_PYTHON } from '../support/process.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';
import { assemblePost } from '../support/post.js';

const peerScript = fileURLToPath(new URL('./peers/slcan_adapter.py', import.meta.url));
const dbc = fileURLToPath(new URL('../fixtures/can/mast.dbc', import.meta.url));

// The factories, the SLCAN bus on a real PTY and the can-device sensor together, from a post
// config, against the python-can adapter: what the centre receives is what python-can sent.
test('an slcan bus and a can-device sensor from the post config produce readings of the signals sent', async () => {
  const pair = await ptyPair(tempDir());
  const adapter = startPeer(DEBIAN_PYTHON, [peerScript, pair.b]);
  await adapter.waitForOutput(/"ready"/);
  const yaml = `
post: { id: test-01 }
buses:
  mast-can: { type: slcan, port: ${pair.a}, btr: 031c, reconnect: { min: 100ms, max: 500ms } }
sensors:
  mast:
    type: can-device
    bus: mast-can
    dbc: ${dbc}
    messages: [MastDrive, MastPower]
    signals:
      - { name: door_open, id: 0x300, start_bit: 0, length: 1 }
    interval: 100ms
uplink: { broker: mqtt://127.0.0.1:1 }
`;
  const { devices, records } = await assemblePost(yaml);
  const bus = devices.buses.get('mast-can')!;
  const sensor = devices.sensors.get('mast')!;
  const complete = () =>
    records
      .flatMap((r) => ('reading' in r ? (r.reading.samples ?? []) : []))
      .find((sample) => (sample.faulted ?? []).length === 0);
  try {
    await bus.start();
    await sensor.start();
    await waitFor('the bus to open', () => bus.health().status === 'ok');
    assert.match(adapter.output(), /"command": "s031C"/, 'custom bit timing goes out as sxxyy');
    adapter.child.stdin?.write(`${JSON.stringify({ op: 'signals', values: { speed: 12.5, temp: 31, voltage: 26.4, tilt: 1.2 } })}\n`);
    adapter.child.stdin?.write(`${JSON.stringify({ op: 'send', id: 0x300, data: '01' })}\n`);
    await waitFor('a sample with every signal', complete);
  } finally {
    await sensor.stop();
    await bus.stop();
    adapter.child.stdin?.end();
    await adapter.stop();
    await pair.stop();
  }
  const reading = records.find((r): r is Extract<RecordDraft, { reading: unknown }> => 'reading' in r)!.reading;
  assert.is(reading.sensor, 'mast');
  assert.equal(
    reading.channels!.map((c) => `${c.name} ${c.unit}`.trim()),
    ['door_open', 'wheel_speed km/h', 'motor_temp Cel', 'bus_voltage V', 'tilt deg'],
  );
  assert.equal(complete()!.values!.map((v) => Math.round(v * 100) / 100), [1, 12.5, 31, 26.4, 1.2]);
  assert.is(sensor.health().status, 'stopped');
});

test.run();
