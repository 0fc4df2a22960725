import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCentre } from '../../centre/index.js';
import type { StatusReport } from '../../agent/diagnostics/status-report.js';
import { silentLogger } from '../../kernel/logger.js';
import { runCli } from '../support/cli.js';
import { onCleanup } from '../support/cleanup.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

const post = (dir: string, broker: string) => `post: { id: status-01 }
buses:
  gps: { type: serial, path: ${join(dir, 'no-such-tty')} }
sensors:
  gnss: { type: gps, bus: gps }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: '${broker}' }
`;

function startAgent(config: string) {
  return startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });
}

async function status(args: string[]): Promise<StatusReport> {
  const result = await runCli(['status', ...args, '--json']);
  assert.is(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as StatusReport;
}

test('outpost status while the link is down: the faults with their hints, the link down, the outbox filling; no agent: a clear message', async () => {
  const dir = tempDir('status');
  const config = join(dir, 'post.yaml');
  writeFileSync(config, post(dir, `mqtt://127.0.0.1:${await freePort()}`));
  const agent = startAgent(config);
  try {
    await statusWhileLinkDown(dir, config, agent);
  } finally {
    await agent.stop();
  }
});

async function statusWhileLinkDown(dir: string, config: string, agent: Peer): Promise<void> {
  const socket = join(dir, 'agent.sock');
  await waitFor('the status socket', () => existsSync(socket), 30_000);
  assert.is(statSync(socket).mode & 0o777, 0o660, 'the group may ask, others may not');

  const report = await waitFor('the uplink and the missing port reported', async () => {
    const seen = await status(['--config', config]);
    return seen.faults.some((fault) => fault.name === 'uplink') && seen.faults.some((fault) => fault.name === 'bus:gps') ? seen : undefined;
  });
  assert.is(report.post, 'status-01');
  assert.is(report.link?.connected, false);
  assert.ok(report.outbox !== undefined && report.outbox.records > 0, 'records wait in the outbox');
  assert.equal(report.outbox?.classes.map((entry) => entry.class), ['alarm', 'status', 'bulk']);
  assert.match(report.faults.find((fault) => fault.name === 'bus:gps')?.message ?? '', /no-such-tty: no such device.*check the cable/);
  assert.is(report.versions.node, process.versions.node);
  assert.match(report.configHash, /^[0-9a-f]{64}$/);

  const text = await runCli(['status', '--socket', socket]);
  assert.is(text.code, 0, text.stderr);
  assert.match(text.stdout, /post status-01/);
  assert.match(text.stdout, /✘ bus:gps +fault +since/);
  assert.match(text.stdout, /link: DOWN/);
  assert.match(text.stdout, /status +\d+ records/);
  assert.match(text.stdout, /time: /);

  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
  assert.not.ok(existsSync(socket), 'the agent removes its socket when it stops');
  const none = await runCli(['status', '--config', config]);
  assert.is(none.code, 1);
  assert.match(none.stderr, /no agent is running on this post.*systemctl start outpost/);
}

test('outpost status with the link up: connected, an ack seen; --watch prints again until stopped', async () => {
  const dir = tempDir('status');
  const centre = await startCentre({ embeddedBroker: `127.0.0.1:${await freePort()}`, db: join(dir, 'centre.db'), log: silentLogger() });
  onCleanup(() => void centre.stop());
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `${post(dir, centre.brokerAddress)}diagnostics: { socket: ${join(dir, 'run', 'agent.sock')} }\n`);
  const agent = startAgent(config);
  try {
    const socket = join(dir, 'run', 'agent.sock');
    await waitFor('the status socket', () => existsSync(socket), 30_000);
    const report = await waitFor('an ack from the centre', async () => {
      const seen = await status(['--config', config]);
      return seen.link?.connected === true && seen.link.lastAckUnixMs !== undefined ? seen : undefined;
    }, 30_000);
    assert.ok(report.link !== undefined && report.link.recordsSent > 0);
    assert.not.ok(report.faults.some((fault) => fault.name === 'uplink'));

    const watcher = startPeer(process.execPath, ['--import', 'tsx', main, 'status', '--socket', socket, '--watch', '200ms']);
    await watcher.waitForOutput(/post status-01[\s\S]*post status-01/, 30_000);
    watcher.child.kill('SIGINT');
    assert.is(await watcher.exited, 0, watcher.output());

    agent.child.kill('SIGTERM');
    assert.is(await agent.exited, 0, agent.output());
  } finally {
    await agent.stop();
  }
  await centre.stop();
});

test.run();
