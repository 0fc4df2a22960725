import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCentre } from '../../centre/index.js';
import type { Check } from '../../agent/maintenance/diag/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { startGpsSimulator } from '../../agent/demo/sim/gps.js';
import { startModbusPeer, pymodbusMissing } from '../modbus/peer.js';
import { runCli } from '../support/cli.js';
import { onCleanup } from '../support/cleanup.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

const post = (dir: string, modbus: string, broker: string, withGps: boolean) => `post: { id: diag-02 }
buses:
  power: { type: modbus-tcp, host: '127.0.0.1:${modbus}', timeout: 500ms }
${withGps ? `  gps: { type: serial, path: ${join(dir, 'no-such-tty')} }\n` : ''}sensors:
  charger:
    type: modbus-device
    bus: power
    unit: 1
    interval: 1s
    points:
      - { name: battery_voltage, table: holding, address: 0, type: uint16, scale: 0.01, unit: V }
${withGps ? '  gnss: { type: gps, bus: gps }\n' : ''}outbox: { path: ${join(dir, 'outbox.db')}, max_bytes: 1MB }
uplink: { broker: '${broker}' }
`;

interface DiagJson {
  agentRunning: boolean;
  passed: boolean;
  checks: Check[];
}

async function diag(config: string): Promise<{ code: number; json: DiagJson; text: string }> {
  const json = await runCli(['diag', '--config', config, '--json', '--wait', '5s']);
  const text = await runCli(['diag', '--config', config, '--wait', '5s']);
  assert.is(json.code, text.code, text.stderr);
  return { code: json.code, json: JSON.parse(json.stdout) as DiagJson, text: text.stdout };
}

const byPart = (checks: readonly Check[], part: string): Check | undefined => checks.find((check) => check.part === part);

testUnless(test, pymodbusMissing, 'outpost diag with one device missing names it and its fix, passes the rest, exits 1; with it removed, exits 0', async () => {
  const modbus = await startModbusPeer({ mode: 'tcp' }, { 1: { holding: [1250] } });
  const dir = tempDir('diag');
  const centre = await startCentre({ embeddedBroker: `127.0.0.1:${await freePort()}`, db: join(dir, 'centre.db'), log: silentLogger() });
  onCleanup(() => void centre.stop());
  try {
    const config = join(dir, 'post.yaml');
    writeFileSync(config, post(dir, modbus.where, centre.brokerAddress, true));
    const { code, json, text } = await diag(config);
    assert.is(code, 1);
    assert.is(json.agentRunning, false);
    const gps = byPart(json.checks, 'bus:gps');
    assert.is(gps?.result, 'fail');
    assert.match(gps?.detail ?? '', /no-such-tty: no such device/);
    assert.match(gps?.fix ?? '', /check the cable/);
    assert.is(byPart(json.checks, 'bus:power')?.result, 'pass');
    assert.is(byPart(json.checks, 'sensor:charger')?.result, 'pass');
    assert.is(byPart(json.checks, 'broker')?.result, 'pass');
    assert.is(byPart(json.checks, 'disk')?.result, 'pass');
    assert.is(byPart(json.checks, 'outbox')?.result, 'pass');
    assert.match(text, /✘ bus:gps +.*no-such-tty/);
    assert.match(text, /to fix:\n {2}bus:gps: .*check the cable/);
    assert.match(text, /✔ sensor:charger +answers/);

    writeFileSync(config, post(dir, modbus.where, centre.brokerAddress, false));
    const healthy = await diag(config);
    const failed = healthy.json.checks.filter((check) => check.result === 'fail');
    assert.equal(failed, [], 'nothing fails');
    assert.is(healthy.code, 0);
  } finally {
    await modbus.stop();
    await centre.stop();
  }
});

testUnless(test, pymodbusMissing, 'outpost diag while the agent runs: devices as the agent sees them (it holds the ports), broker and outbox checked for real', async () => {
  const modbus = await startModbusPeer({ mode: 'tcp' }, { 1: { holding: [1250] } });
  const dir = tempDir('diag');
  const config = join(dir, 'post.yaml');
  writeFileSync(config, post(dir, modbus.where, `mqtt://127.0.0.1:${await freePort()}`, true));
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config]);
  try {
    await waitFor('the status socket', () => existsSync(join(dir, 'agent.sock')), 30_000);
    const { code, json } = await waitFor('the agent to have polled the charger', async () => {
      const seen = await diag(config);
      return byPart(seen.json.checks, 'sensor:charger')?.result === 'pass' ? seen : undefined;
    }, 30_000);
    assert.is(code, 1);
    assert.is(json.agentRunning, true);
    assert.match(byPart(json.checks, 'sensor:charger')?.detail ?? '', /running agent/);
    assert.match(byPart(json.checks, 'bus:gps')?.fix ?? '', /check the cable/);
    assert.is(byPart(json.checks, 'broker')?.result, 'fail', 'no broker listens');
    assert.is(byPart(json.checks, 'outbox')?.result, 'pass', 'the running agent\'s outbox passes its integrity check');
    agent.child.kill('SIGTERM');
    assert.is(await agent.exited, 0, agent.output());
  } finally {
    await agent.stop();
    await modbus.stop();
  }
});

test('outpost diag with a GPS receiver: the port opens, the receiver talks, it has a fix and its time agrees with the system clock', async () => {
  const port = await freePort();
  const simulator = await startGpsSimulator({ host: '127.0.0.1', port, rateHz: 5 });
  try {
    const dir = tempDir('diag');
    const config = join(dir, 'post.yaml');
    writeFileSync(config, `post: { id: diag-03 }\nbuses:\n  gps: { type: serial, path: 'tcp://127.0.0.1:${port}' }\nsensors:\n  gnss: { type: gps, bus: gps }\noutbox: { path: ${join(dir, 'outbox.db')}, max_bytes: 1MB }\nuplink: { broker: 'mqtt://127.0.0.1:${await freePort()}' }\n`);
    const { json } = await diag(config);
    assert.is(byPart(json.checks, 'bus:gps')?.result, 'pass');
    assert.is(byPart(json.checks, 'sensor:gnss')?.result, 'pass', JSON.stringify(byPart(json.checks, 'sensor:gnss')));
    const fix = byPart(json.checks, 'sensor:gnss fix');
    assert.is(fix?.result, 'pass', JSON.stringify(fix));
    assert.match(fix?.detail ?? '', /GPS time agrees with the system clock \(-?\d+ ms\)/);
  } finally {
    await simulator.stop();
  }
});

test.run();
