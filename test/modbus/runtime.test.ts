import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { RecordDraft } from '../../agent/runtime/records.js';
import { PowerControllerSim } from '../../agent/demo/power-controller.js';
import { freePort, waitFor } from '../support/net.js';
import { assemblePost } from '../support/post.js';

// The demo post's charger, as deploy/examples/demo-post.yaml has it, against the demo's simulated
// controller (modbus-serial's ServerTCP): the factories, the TCP line and the sensor together.
test('a modbus-tcp bus and a modbus-device sensor from the post config produce readings', async () => {
  const port = await freePort();
  const sim = new PowerControllerSim({ host: '127.0.0.1', port });
  await sim.start();
  const yaml = `
post: { id: test-01 }
buses:
  power: { type: modbus-tcp, host: 127.0.0.1:${port}, timeout: 1s }
sensors:
  charger:
    type: modbus-device
    bus: power
    unit: 1
    interval: 100ms
    batch: 3
    points:
      - { name: pv_voltage,      table: input,   address: 0, type: uint16, scale: 0.01, unit: V }
      - { name: battery_voltage, table: input,   address: 1, type: uint16, scale: 0.01, unit: V }
      - { name: charge_current,  table: input,   address: 2, type: int16,  scale: 0.01, unit: A }
      - { name: temperature,     table: input,   address: 3, type: int16,  scale: 0.1,  unit: Cel }
      - { name: load_on,         table: coil,    address: 0, type: bool }
outbox: { path: unused.db }
uplink: { broker: mqtt://127.0.0.1:1 }
`;
  const { devices, records } = await assemblePost(yaml);
  const bus = devices.buses.get('power')!;
  const sensor = devices.sensors.get('charger')!;
  try {
    await bus.start();
    await sensor.start();
    await waitFor('a batched reading', () => records.some((r) => 'reading' in r));
  } finally {
    await sensor.stop();
    await bus.stop();
    await sim.stop();
  }
  const reading = records.find((r): r is Extract<RecordDraft, { reading: unknown }> => 'reading' in r)!.reading;
  assert.equal(reading.channels!.map((c) => c.name), ['pv_voltage', 'battery_voltage', 'charge_current', 'temperature', 'load_on']);
  assert.is(reading.samples!.length, 3);
  const values = reading.samples![2]!.values!;
  assert.equal(reading.samples![2]!.faulted, []);
  assert.ok(values[1]! > 11 && values[1]! < 15, `battery voltage ${values[1]}`);
  assert.ok(values[4] === 1 || values[4] === 0);
  assert.is(bus.health().status, 'stopped');
  assert.is(sensor.health().status, 'stopped');
});

test.run();
