import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startCentre } from '../../centre/index.js';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

const post = (dir: string, broker: string, healthInterval: string) => `post: { id: run-01, name: Run test post }
buses:
  gps: { type: serial, path: ${join(dir, 'no-such-tty')} }   # absent at start: reported and retried
sensors:
  gnss: { type: gps, bus: gps }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: '${broker}' }
health: { interval: ${healthInterval} }
`;

test('outpost run: starts with a device missing, reloads on SIGHUP only a valid config, stops cleanly on SIGTERM', async () => {
  const dir = tempDir('run');
  const centre = await startCentre({ embeddedBroker: `127.0.0.1:${await freePort()}`, db: join(dir, 'centre.db'), log: silentLogger() });
  // Stopped here even when an assertion fails: a centre left listening keeps the file from exiting.
  try {
    const kinds: string[] = [];
    centre.onRecord((stored) => {
      const event = stored.record.event;
      if (event) kinds.push(v1.EventKind[event.kind ?? 0] ?? String(event.kind));
      if (stored.record.health) kinds.push('health');
    });
    const config = join(dir, 'post.yaml');
    writeFileSync(config, post(dir, centre.brokerAddress, '1h'));
    const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });

    await waitFor('the post to be online at the centre', async () => (await centre.store.post('run-01'))?.status === v1.PostStatus.POST_STATUS_ONLINE, 30_000);
    await waitFor('the start event at the centre', () => kinds.includes('EVENT_KIND_AGENT_STARTED'), 30_000);
    await agent.waitForOutput(/no-such-tty/, 10_000);

    writeFileSync(config, `${post(dir, centre.brokerAddress, '1h')}uplinq: {}\n`);
    agent.child.kill('SIGHUP');
    await agent.waitForOutput(/1 problem\(s\); keeping the running config/);
    assert.not.ok(kinds.includes('EVENT_KIND_CONFIG_RELOADED'), 'the invalid config was not applied');

    writeFileSync(config, post(dir, centre.brokerAddress, '1s'));
    agent.child.kill('SIGHUP');
    await waitFor('the reload event at the centre', () => kinds.includes('EVENT_KIND_CONFIG_RELOADED'), 30_000);
    await waitFor('health at the new interval', () => kinds.includes('health'), 30_000);

    agent.child.kill('SIGTERM');
    assert.is(await agent.exited, 0, agent.output());
    // The agent exits once the broker has its OFFLINE state; the centre hears of it a moment later.
    await waitFor('the post to say it went offline', async () => (await centre.store.post('run-01'))?.status === v1.PostStatus.POST_STATUS_OFFLINE, 10_000);
  } finally {
    await centre.stop();
  }
});

test('log.level in the config sets what the agent logs, unless OUTPOST_LOG_LEVEL says otherwise', async () => {
  const dir = tempDir('run');
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `${post(dir, `mqtt://127.0.0.1:${await freePort()}`, '1h')}log: { level: warn }\n`);
  const env = { ...process.env };
  delete env['OUTPOST_LOG_LEVEL'];
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env });
  await agent.waitForOutput(/no-such-tty/, 30_000);
  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
  assert.not.match(agent.output(), /agent running/, 'info lines are left out at warn');
});

test('outpost run with an invalid config exits 1 and names every problem', async () => {
  const dir = tempDir('run');
  const config = join(dir, 'post.yaml');
  writeFileSync(config, 'post: { id: run-02 }\nuplink: { brokr: x }\n');
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config]);
  assert.is(await agent.exited, 1);
  assert.match(agent.output(), /problem\(s\); the agent did not start/);
  assert.match(agent.output(), /brokr/);
});

test.run();
