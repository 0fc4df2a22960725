import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startModbusPeer, pymodbusMissing } from '../modbus/peer.js';
import { runCli } from '../support/cli.js';
import { freePort } from '../support/net.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const post = (dir: string, port: string, broker: string) => `post: { id: once-01 }
buses:
  power: { type: modbus-tcp, host: '127.0.0.1:${port}', timeout: 500ms }
  gps: { type: serial, path: ${join(dir, 'no-such-tty')} }
sensors:
  charger:
    type: modbus-device
    bus: power
    unit: 1
    interval: 1s
    batch: 10
    points:
      - { name: battery_voltage, table: holding, address: 0, type: uint16, scale: 0.01, unit: V }
      - { name: load_on, table: coil, address: 0, type: bool }
  gnss: { type: gps, bus: gps }
outbox: { path: ${join(dir, 'data', 'outbox.db')} }
uplink: { broker: '${broker}' }
`;

testUnless(test, pymodbusMissing, 'outpost run --once: one record per sensor that reads, the failed sensor named, nothing stored or sent', async () => {
  const modbus = await startModbusPeer({ mode: 'tcp' }, { 1: { holding: [1312], coil: [1] } });
  try {
    const dir = tempDir('once');
    const config = join(dir, 'post.yaml');
    writeFileSync(config, post(dir, modbus.where, `mqtt://127.0.0.1:${await freePort()}`));

    const text = await runCli(['run', '--once', '--config', config, '--wait', '5s']);
    assert.is(text.code, 1, text.stderr);
    assert.match(text.stdout, /once-01 +reading +charger +battery_voltage=13\.12 V +load_on=1/);
    assert.match(text.stdout, /✔ sensor:charger +read \(1 record\)/);
    assert.match(text.stdout, /✘ sensor:gnss +failed: .*no-such-tty/);
    assert.match(text.stderr, /1 sensor\(s\) failed: gnss/);
    assert.equal(modbus.requests().filter((request) => request.unit === 1).length > 0, true, 'the device was really polled');

    const json = await runCli(['run', '--once', '--json', '--config', config, '--wait', '5s']);
    const parsed = JSON.parse(json.stdout) as { records: { sensor: string; record: { reading?: { channels: { name: string }[]; samples: { values: number[] }[] }; priority: string } }[]; sensors: { sensor: string; outcome: string }[] };
    const reading = parsed.records.find((entry) => entry.sensor === 'charger')?.record;
    assert.equal(reading?.reading?.channels.map((channel) => channel.name), ['battery_voltage', 'load_on']);
    const values = reading?.reading?.samples[0]?.values ?? [];
    assert.ok(Math.abs((values[0] ?? 0) - 13.12) < 1e-9 && values[1] === 1, `values ${values.join(', ')}`);
    assert.is(reading?.priority, 'PRIORITY_STATUS');
    assert.equal(parsed.sensors.map((entry) => `${entry.sensor}:${entry.outcome}`).sort(), ['charger:read', 'gnss:failed']);

    assert.not.ok(existsSync(join(dir, 'data')), 'no outbox was created');
    assert.equal(readdirSync(dir).sort(), ['post.yaml']);
  } finally {
    await modbus.stop();
  }
});

testUnless(test, pymodbusMissing, 'outpost run --once exits 0 when every sensor reads', async () => {
  const modbus = await startModbusPeer({ mode: 'tcp' }, { 1: { holding: [1200], coil: [0] } });
  try {
    const dir = tempDir('once');
    const config = join(dir, 'post.yaml');
    writeFileSync(config, post(dir, modbus.where, 'mqtt://127.0.0.1:1').replace(/  gps: .*\n/, '').replace(/  gnss: .*\n/, ''));
    const result = await runCli(['run', '--once', '--config', config]);
    assert.is(result.code, 0, result.stderr);
    assert.match(result.stdout, /battery_voltage=12 V/);
  } finally {
    await modbus.stop();
  }
});

test.run();
