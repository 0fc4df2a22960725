import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import type { RecordDraft } from '../../agent/runtime/records.js';
import { modbusDeviceSchema } from '../../agent/sensors/modbus-device/config.js';
import { ModbusDeviceSensor } from '../../agent/sensors/modbus-device/sensor.js';
import { SerialLink } from '../../drivers/serial/link.js';
import { tcpCodec } from '../../drivers/modbus/adu.js';
import { ModbusLine } from '../../drivers/modbus/line.js';
import { encodeRegisters } from '../../drivers/modbus/decode.js';
import { testUnless } from '../support/skip.js';
import { waitFor } from '../support/net.js';
import { pymodbusMissing, startModbusPeer, type ModbusPeer } from './peer.js';

let server: ModbusPeer | undefined;
let line: ModbusLine | undefined;
let link: SerialLink | undefined;

const float = encodeRegisters(13.25, { type: 'float32', word_order: 'little', byte_order: 'big' });
const name = encodeRegisters('EPEVER', { type: 'string', length: 4, word_order: 'big', byte_order: 'big' });

test.before(async () => {
  if (pymodbusMissing !== undefined) return;
  server = await startModbusPeer({ mode: 'tcp' }, { 1: { input: [1234, 65436, 0, 0, ...float], holding: [...name], coil: [0, 1] } });
  link = new SerialLink({ path: `tcp://127.0.0.1:${server.where}`, baud: 9600, data_bits: 8, parity: 'none', stop_bits: 1, reconnect: { min: 50, max: 200 } });
  line = new ModbusLine({ name: 'bus:power', link, codec: tcpCodec(), timeoutMs: 200, retries: 0 });
  await line.start();
});

test.after(async () => {
  await line?.stop();
  await server?.stop();
});

function device(config: Record<string, unknown>, records: RecordDraft[]): ModbusDeviceSensor {
  const parsed = modbusDeviceSchema.parse({ type: 'modbus-device', bus: 'power', ...config });
  return new ModbusDeviceSensor(parsed, {
    name: 'charger',
    log: silentLogger(),
    sink: { emit: (draft) => records.push(draft) },
    time: { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_NTP }) },
    line: line!,
  });
}

const charger = {
  unit: 1,
  interval: '1h',
  batch: 2,
  points: [
    { name: 'battery_voltage', table: 'input', address: 0, scale: 0.01, unit: 'V' },
    { name: 'charge_current', table: 'input', address: 1, type: 'int16', scale: 0.01, unit: 'A' },
    { name: 'temperature', table: 'input', address: 4, type: 'float32', word_order: 'little', unit: 'Cel' },
    { name: 'load_on', table: 'coil', address: 1 },
    { name: 'model', table: 'holding', address: 0, type: 'string', length: 4 },
  ],
};

testUnless(test, pymodbusMissing, 'a register map becomes batched Reading records; adjacent points share one request', async () => {
  const records: RecordDraft[] = [];
  const sensor = device(charger, records);
  const before = server!.requests().length;
  await sensor.pollOnce();
  assert.is(records.filter((r) => 'reading' in r).length, 0, 'the first sample waits for the batch');
  await sensor.pollOnce();
  const readings = records.filter((r): r is Extract<RecordDraft, { reading: unknown }> => 'reading' in r);
  assert.is(readings.length, 1);
  const reading = readings[0]!.reading;
  assert.equal(reading.channels, [
    { name: 'battery_voltage', unit: 'V' },
    { name: 'charge_current', unit: 'A' },
    { name: 'temperature', unit: 'Cel' },
    { name: 'load_on', unit: '' },
  ]);
  assert.is(reading.samples?.length, 2);
  const [first, second] = reading.samples!;
  assert.equal(second!.values, [12.34, -1, 13.25, 1]);
  assert.equal(second!.faulted, []);
  assert.ok(Number(first!.offsetMs) <= 0 && Number(second!.offsetMs) === 0);
  assert.is(readings[0]!.timeQuality, v1.TimeQuality.TIME_QUALITY_NTP);
  // input 0..5 in one request, coil 1 and the string: three requests; the second poll comes
  // before the hour-long interval is up, so its sample repeats the values without reading.
  // The server prints each request on stdout, which may trail the answers on the wire.
  await waitFor('the server log', () => server!.requests().length - before >= 3);
  assert.is(server!.requests().length - before, 3);
  assert.equal(server!.requests().slice(before).map((r) => `${r.table}:${r.address}:${r.count}`).sort(), ['coil:1:1', 'holding:0:4', 'input:0:6']);
  const events = records.filter((r): r is Extract<RecordDraft, { event: unknown }> => 'event' in r);
  assert.is(events.length, 1, 'the model string is reported once, not on every poll');
  assert.equal(events[0]!.event.attributes, { model: 'EPEVER', unit_id: '1' });
  assert.is(events[0]!.event.kind, v1.EventKind.EVENT_KIND_DEVICE_INFO);
  assert.is(sensor.health().status, 'ok');
  await sensor.stop();
});

testUnless(test, pymodbusMissing, 'a point the device refuses is NaN and faulted, the others read; a refused group is split', async () => {
  const records: RecordDraft[] = [];
  const sensor = device({ ...charger, batch: 1, points: [...charger.points.slice(0, 2), { name: 'ghost', table: 'input', address: 40 }] }, records);
  await sensor.pollOnce();
  await sensor.pollOnce();
  const readings = records.filter((r): r is Extract<RecordDraft, { reading: unknown }> => 'reading' in r);
  const sample = readings.at(-1)!.reading.samples![0]!;
  assert.equal(sample.values!.slice(0, 2), [12.34, -1]);
  assert.ok(Number.isNaN(sample.values![2]));
  assert.equal(sample.faulted, [2]);
  const health = sensor.health();
  assert.is(health.status, 'degraded');
  assert.match(health.message ?? '', /1 of 3 points failing \(ghost\): unit 1 on bus:power: illegal data address at input 40/);
  assert.is(health.counters?.['split_reads'], 1);
  assert.is(health.counters?.['faulted_points'], 1);
  await sensor.stop();
});

testUnless(test, pymodbusMissing, 'a silent unit is a device fault with the wiring hint; stop flushes the partial batch', async () => {
  const records: RecordDraft[] = [];
  const sensor = device({ ...charger, unit: 42, batch: 10, points: charger.points.slice(0, 2) }, records);
  await sensor.pollOnce();
  const health = sensor.health();
  assert.is(health.status, 'fault');
  assert.match(health.message ?? '', /unit 42 on bus:power: no answer within 200 ms; check the unit id/);
  assert.is(health.counters?.['timeouts'], 1);
  await sensor.stop();
  const readings = records.filter((r): r is Extract<RecordDraft, { reading: unknown }> => 'reading' in r);
  assert.is(readings.length, 1);
  assert.equal(readings[0]!.reading.samples![0]!.faulted, [0, 1]);
});

testUnless(test, pymodbusMissing, 'started, the sensor polls by itself on its interval', async () => {
  const records: RecordDraft[] = [];
  const sensor = device({ ...charger, interval: '50ms', batch: 1, points: charger.points.slice(0, 1) }, records);
  await sensor.start();
  const deadline = Date.now() + 5000;
  while (records.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await sensor.stop();
  assert.ok(records.length >= 3, `records: ${records.length}`);
});

testUnless(test, pymodbusMissing, 'a point with a longer interval is read less often; samples repeat its last value', async () => {
  const records: RecordDraft[] = [];
  const sensor = device(
    {
      ...charger,
      interval: '50ms',
      batch: 1,
      points: [
        { name: 'battery_voltage', table: 'input', address: 0, scale: 0.01, unit: 'V' },
        { name: 'load_on', table: 'coil', address: 1, interval: '1h' },
      ],
    },
    records,
  );
  const before = server!.requests();
  await sensor.start();
  await waitFor('four readings', () => records.length >= 4);
  await sensor.stop();
  // The peer logs a request after answering it, so its log can trail the readings: wait for the fourth input read.
  const served = () => server!.requests().slice(before.length);
  await waitFor('the server log to show four input reads', () => served().filter((r) => r.table === 'input').length >= 4);
  assert.is(served().filter((r) => r.table === 'coil').length, 1, 'the hourly coil is read once');
  for (const record of records) {
    if ('reading' in record) assert.equal(record.reading.samples![0]!.values, [12.34, 1]);
  }
});

testUnless(test, pymodbusMissing, 'a device whose server goes away is a fault naming the line, and recovers when it returns', async () => {
  const records: RecordDraft[] = [];
  const sensor = device({ ...charger, interval: '1h', batch: 1, points: charger.points.slice(0, 1) }, records);
  const port = Number(server!.where);
  await server!.stop();
  await waitFor('the line to notice', () => !line!.linkOpen);
  await sensor.pollOnce();
  assert.is(sensor.health().status, 'fault');
  assert.match(sensor.health().message ?? '', /unit 1 on bus:power: line tcp:\/\/127\.0\.0\.1:\d+ is not open/);
  // While nothing answers, one all-faulted sample marks the gap and later polls add none.
  await sensor.pollOnce();
  await sensor.pollOnce();
  assert.is(records.length, 1);
  assert.equal((records[0] as Extract<RecordDraft, { reading: unknown }>).reading.samples![0]!.faulted, [0]);
  server = await startModbusPeer({ mode: 'tcp', port }, { 1: { input: [999] } });
  await waitFor('the line to reconnect', () => line!.linkOpen);
  // A failed read is due again at the next poll, though the point's interval is an hour.
  await sensor.pollOnce();
  assert.is(sensor.health().status, 'ok');
  assert.equal((records.at(-1) as Extract<RecordDraft, { reading: unknown }>).reading.samples![0]!.values, [9.99]);
  assert.is(records.length, 2);
  await sensor.stop();
});

testUnless(test, pymodbusMissing, 'started, a silent device whose line is down reads nothing until the line is back', async () => {
  const records: RecordDraft[] = [];
  const sensor = device({ ...charger, interval: '50ms', batch: 1, points: charger.points.slice(0, 1) }, records);
  const port = Number(server!.where);
  await server!.stop();
  await waitFor('the line to notice', () => !line!.linkOpen);
  const tries = () => line!.unitCounters(1).requests + line!.unitCounters(1).disconnected;
  const before = tries();
  await sensor.start();
  await waitFor('the gap marker', () => records.length >= 1);
  // Five failed reopens of the line (reconnect backoff 50-200 ms) span about twenty ticks of 50 ms.
  const failures = () => Number(link!.health().counters?.['open_failures'] ?? 0);
  const failed = failures();
  await waitFor('five more failed reopens', () => failures() >= failed + 5);
  assert.is(records.length, 1, 'one all-faulted sample for the whole outage');
  assert.is(tries() - before, 1, 'only the first poll tried the line while it was down');
  server = await startModbusPeer({ mode: 'tcp', port }, { 1: { input: [700] } });
  await waitFor('a reading once the line is back', () => records.length >= 2);
  await sensor.stop();
  assert.equal((records[1] as Extract<RecordDraft, { reading: unknown }>).reading.samples![0]!.values, [7]);
});

test('the schema rejects a non-bool coil, a string without length and duplicate names', () => {
  const result = modbusDeviceSchema.safeParse({
    type: 'modbus-device',
    bus: 'power',
    unit: 1,
    points: [
      { name: 'a', table: 'coil', address: 0, type: 'int16' },
      { name: 'b', table: 'holding', address: 0, type: 'string' },
      { name: 'a', table: 'holding', address: 1 },
    ],
  });
  assert.not.ok(result.success);
  const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  assert.ok(messages.some((m) => /^points\.0\.type: a coil holds one bit/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /^points\.1\.length: a string needs length/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /^points\.2\.name: point name a is used twice/.test(m)), messages.join('\n'));
});

test.run();
