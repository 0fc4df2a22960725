import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../kernel/logger.js';
import { canDeviceSchema } from '../../agent/sensors/can-device/config.js';
import { CanDeviceSensor } from '../../agent/sensors/can-device/sensor.js';
import type { RecordDraft } from '../../agent/runtime/records.js';
import { FrameListeners } from '../../drivers/can/listeners.js';
import type { CanBus, CanFilter, CanFrame } from '../../drivers/can/types.js';
import { OutpostError } from '../../kernel/errors.js';

const dbcPath = fileURLToPath(new URL('../fixtures/can/mast.dbc', import.meta.url));

/** A bus in memory: what a test injects is what listeners get (the SLCAN and SocketCAN tests cover the wire). */
class MemoryBus implements CanBus {
  readonly contract = 'CanBus';
  readonly name = 'bus:memory';
  private readonly listeners = new FrameListeners((error) => {
    throw error;
  });
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  health() {
    return { status: 'ok' as const, since: 0 };
  }
  async send(): Promise<void> {}
  onFrame(listener: (frame: CanFrame) => void, filters?: readonly CanFilter[]): () => void {
    return this.listeners.add(listener, filters);
  }
  inject(id: number, hex: string, extended = false): void {
    const data = Buffer.from(hex, 'hex');
    this.listeners.deliver({ id, extended, remote: false, error: false, data, length: data.length, timeMs: Date.now() });
  }
}

function sensor(raw: Record<string, unknown>) {
  const records: RecordDraft[] = [];
  const bus = new MemoryBus();
  const config = canDeviceSchema.parse({ type: 'can-device', bus: 'mast', interval: 3600, ...raw });
  const device = new CanDeviceSensor(config, {
    name: 'mast',
    log: silentLogger(),
    sink: { emit: (draft) => records.push(draft) },
    time: { now: () => ({ unixMs: Date.now(), quality: 0 }) },
    bus,
  });
  return { device, bus, records };
}

test('DBC and configured signals become Reading records, in batches', async () => {
  const { device, bus, records } = sensor({
    dbc: dbcPath,
    messages: ['MastDrive'],
    batch: 2,
    signals: [{ name: 'door', id: 0x300, start_bit: 0, length: 1 }],
  });
  await device.start();
  try {
    bus.inject(0x120, '6903e7000000000'.padEnd(16, '0')); // 87.3 km/h, -40 + 0xe7*0.5 = 75.5 Cel
    bus.inject(0x300, '01');
    bus.inject(0x121, 'ffff000000000000'); // not selected: MastPower is outside `messages`
    device.sample();
    assert.is(records.length, 0, 'one sample of a batch of two is held');
    bus.inject(0x120, '0000000000000000');
    device.sample();
    assert.is(records.length, 1);
    const reading = (records[0] as { reading: { channels: { name: string; unit: string }[]; samples: { values: number[]; faulted: number[]; offsetMs: number }[] } }).reading;
    assert.equal(reading.channels, [
      { name: 'door', unit: '' },
      { name: 'wheel_speed', unit: 'km/h' },
      { name: 'motor_temp', unit: 'Cel' },
    ]);
    assert.equal(reading.samples[0]?.values.map((v) => Math.round(v * 10) / 10), [1, 87.3, 75.5]);
    assert.equal(reading.samples[1]?.values, [1, 0, -40]);
    assert.ok((reading.samples[0]?.offsetMs ?? 1) <= 0);
    assert.is(device.health().status, 'ok');
  } finally {
    await device.stop();
  }
});

test('signals never received or out of range are NaN and faulted; stop flushes', async () => {
  const { device, bus, records } = sensor({ dbc: dbcPath, messages: ['MastDrive', 'MastPower'], batch: 10 });
  await device.start();
  bus.inject(0x120, '0000ff7f00000000'); // MotorTemp 16343.5 Cel: outside -40..200
  device.sample();
  assert.is(device.health().status, 'degraded');
  await device.stop();
  assert.is(records.length, 1, 'stop flushes the partial batch');
  const sample = (records[0] as { reading: { samples: { values: number[]; faulted: number[] }[] } }).reading.samples[0];
  assert.equal(sample?.faulted, [1, 2, 3], 'motor_temp (out of range), bus_voltage and tilt (never received)');
  assert.ok(Number.isNaN(sample?.values[1]));
  assert.is(sample?.values[0], 0);
});

test('a DBC file that is missing, or a message it lacks, rejects start with the reason', async () => {
  for (const [raw, pattern] of [
    [{ dbc: '/nonexistent/mast.dbc' }, /cannot read the DBC file/],
    [{ dbc: dbcPath, messages: ['Nope'] }, /Nope are not in/],
    [{}, /no signals/],
  ] as const) {
    const { device } = sensor(raw);
    try {
      await device.start();
      assert.unreachable('start must reject');
    } catch (error) {
      assert.instance(error, OutpostError);
      assert.match((error as Error).message, pattern);
    }
  }
});

test.run();
