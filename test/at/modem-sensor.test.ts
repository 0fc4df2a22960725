import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../kernel/logger.js';
import type { RecordDraft } from '../../agent/runtime/records.js';
import type { outpost } from '../../wire/index.js';
import type { ModemConfig } from '../../agent/sensors/modem/config.js';
import { ModemSensor } from '../../agent/sensors/modem/sensor.js';
import { waitFor } from '../support/net.js';
import { loadTranscript, memoryLinkPair, ModemSimulator } from './modem-sim.js';

const config = (extra: Partial<ModemConfig> = {}): ModemConfig => ({ type: 'modem', bus: 'modem', interval: 60_000, timeout: 300, signal: true, registration: ['creg', 'cereg'], queries: [], ...extra });

function rig(transcript: string, extra: Partial<ModemConfig> = {}) {
  const { host, modem } = memoryLinkPair();
  const sim = new ModemSimulator(modem, loadTranscript(transcript));
  const records: RecordDraft[] = [];
  const sensor = new ModemSensor({ name: 'lte', config: config(extra), link: host, sink: { emit: (d) => records.push(d) }, log: silentLogger() });
  const readings = (): outpost.v1.IReading[] => records.flatMap((d) => ('reading' in d ? [d.reading] : []));
  return { host, sim, sensor, records, readings };
}

const valuesOf = (reading: outpost.v1.IReading): Record<string, number> =>
  Object.fromEntries((reading.channels ?? []).map((c, i) => [c.name as string, reading.samples?.[0]?.values?.[i] as number]));

test('a registered LTE modem: signal in dBm and registration codes in a Reading, health ok, signal exposed', async () => {
  const r = rig('quectel-ec25-echo.txt');
  await r.sensor.start();
  try {
    await waitFor('a reading', () => r.readings().length > 0);
    const reading = r.readings()[0] as outpost.v1.IReading;
    assert.is(reading.sensor, 'lte');
    assert.equal(valuesOf(reading), { signal_dbm: -77, rssi: 18, creg_stat: 1, cereg_stat: 1 });
    assert.equal(reading.samples?.[0]?.faulted, []);
    assert.is(r.sensor.health().status, 'ok');
    assert.is(r.sensor.signalDbm(), -77);
    assert.equal(r.sim.received, ['AT+CSQ', 'AT+CREG?', 'AT+CEREG?']);
  } finally {
    await r.sensor.stop();
  }
});

test('no SIM: degraded with the registration in words; CEREG (ERROR) is not asked again', async () => {
  const r = rig('no-sim.txt');
  await r.sensor.start();
  try {
    await waitFor('a reading', () => r.readings().length > 0);
    const health = r.sensor.health();
    assert.is(health.status, 'degraded');
    assert.match(health.message ?? '', /not registered \(CREG: not registered, not searching\)/);
    assert.match(health.message ?? '', /signal not known \(CSQ 99\)/);
    const reading = r.readings()[0] as outpost.v1.IReading;
    assert.ok(Number.isNaN(valuesOf(reading)['signal_dbm']));
    assert.equal(reading.samples?.[0]?.faulted, [0, 3]);
    r.sensor.pollSoon();
    await waitFor('a second reading', () => r.readings().length > 1);
    assert.equal(r.sim.received, ['AT+CSQ', 'AT+CREG?', 'AT+CEREG?', 'AT+CSQ', 'AT+CREG?']);
  } finally {
    await r.sensor.stop();
  }
});

test('registration URCs update the state between polls', async () => {
  const r = rig('sim7600-urcs.txt');
  await r.sensor.start();
  try {
    await waitFor('a reading', () => r.readings().length > 0);
    assert.equal(valuesOf(r.readings()[0] as outpost.v1.IReading), { signal_dbm: -67, rssi: 23, creg_stat: 2, cereg_stat: 5 });
    assert.is(r.sensor.health().status, 'ok', 'roaming on LTE counts as registered');
    await r.sim.inject('\r\n+CREG: 3\r\n');
    await waitFor('URC read', () => r.sensor.registrationState().find((reg) => reg.kind === '+CREG')?.stat === 3);
    assert.is(r.sensor.registrationState().find((reg) => reg.kind === '+CREG')?.words, 'registration denied');
  } finally {
    await r.sensor.stop();
  }
});

test('a data radio with its own dialect: extra queries by pattern, 3GPP queries switched off', async () => {
  const r = rig('data-radio.txt', {
    signal: false,
    registration: [],
    queries: [
      { name: 'rssi_dbm', command: 'AT+RSSI?', pattern: 'RSSI: (-?\\d+)', unit: 'dBm' },
      { name: 'temperature', command: 'ATS104?', pattern: '^(\\d+)$', unit: 'Cel' },
    ],
  });
  await r.sensor.start();
  try {
    await waitFor('a reading', () => r.readings().length > 0);
    assert.equal(valuesOf(r.readings()[0] as outpost.v1.IReading), { rssi_dbm: -87, temperature: 41 });
    assert.equal(r.readings()[0]?.channels?.map((c) => c.unit), ['dBm', 'Cel']);
    assert.is(r.sensor.health().status, 'ok');
  } finally {
    await r.sensor.stop();
  }
});

test('a silent modem is a fault naming the port and what to check', async () => {
  const r = rig('quectel-ec25-echo.txt');
  r.sim.silent = true;
  await r.sensor.start();
  try {
    await waitFor('fault', () => r.sensor.health().status === 'fault', 5000);
    assert.match(r.sensor.health().message ?? '', /modem silent on memory:host: no final result code to AT\+CSQ within 300 ms/);
    assert.match(r.sensor.health().message ?? '', /check that the device is powered/);
  } finally {
    await r.sensor.stop();
  }
});

test('stop during a poll waits for it, emits nothing more and leaves the sensor stopped', async () => {
  const r = rig('quectel-ec25-echo.txt');
  r.sim.delayMs = 100;
  await r.sensor.start();
  await waitFor('the first query sent', () => r.sim.received.length > 0);
  await r.sensor.stop();
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(r.readings(), []);
  assert.is(r.sensor.health().status, 'stopped');
});

test.run();
