import { EventEmitter } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfigFile } from '../../agent/config/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { Agent } from '../../agent/runtime/agent.js';
import { serveUntilSignalled, type SignalSource } from '../../agent/runtime/service.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';
import { fakeParts } from './fakes.js';

const config = (broker: string, name: string) => `post: { id: bp-001, name: ${name} }
uplink: { broker: '${broker}' }
health: { interval: 1h }
`;

class Signals extends EventEmitter implements SignalSource {
  listening(): number {
    return this.listenerCount('SIGTERM') + this.listenerCount('SIGINT') + this.listenerCount('SIGHUP');
  }
}

async function serving(dir: string) {
  const file = join(dir, 'post.yaml');
  writeFileSync(file, config('mqtt://127.0.0.1:1', 'First'));
  const parts = fakeParts();
  const agent = new Agent(loadConfigFile(file, {}), parts, silentLogger());
  const signals = new Signals();
  const served = serveUntilSignalled({ agent, configFile: file, env: {}, log: silentLogger(), signals });
  return { file, parts, agent, signals, served };
}

test('SIGHUP with an invalid config keeps the running one; with a valid one it reloads; SIGTERM stops cleanly', async () => {
  const dir = tempDir('service');
  const { file, parts, agent, signals, served } = await serving(dir);

  writeFileSync(file, 'post: { id: bp-001 }\nuplinkk: {}\n');
  signals.emit('SIGHUP');
  // The rejected reload leaves everything as it was and listening for the next signal.
  writeFileSync(file, config('mqtt://127.0.0.1:2', 'Second'));
  signals.emit('SIGHUP');
  await waitFor('the valid config to be applied', () => agent.post.post.name === 'Second');
  assert.is(parts.uplinks.length, 2, 'the uplink section changed, so the link restarted once');
  assert.equal(parts.names, ['First', 'Second']);

  signals.emit('SIGTERM');
  await served;
  assert.ok(parts.outboxes.every((outbox) => outbox.closed), 'every store was closed');
  assert.ok(parts.uplinks.every((uplink) => uplink.stopped === 1), 'every link was stopped once');
  assert.is(signals.listening(), 0, 'no signal handler left behind');
});

test('SIGINT during a reload waits for the reload, then stops', async () => {
  const dir = tempDir('service');
  const { file, parts, agent, signals, served } = await serving(dir);
  writeFileSync(file, config('mqtt://127.0.0.1:3', 'Third'));
  signals.emit('SIGHUP');
  signals.emit('SIGINT');
  await served;
  assert.is(agent.post.post.name, 'Third', 'the reload under way was finished');
  assert.ok(parts.outboxes.every((outbox) => outbox.closed));
});

test('a stop signal while the agent is still starting stops it once it has started', async () => {
  const dir = tempDir('service');
  const { parts, signals, served } = await serving(dir);
  // Emitted in the same turn as the start: nothing has finished starting yet.
  signals.emit('SIGTERM');
  await served;
  assert.is(parts.uplinks[0]?.started, 1, 'the start ran to its end');
  assert.is(parts.uplinks[0]?.stopped, 1, 'and then the agent stopped');
  assert.ok(parts.outboxes[0]?.closed);
  assert.is(signals.listening(), 0);
});

test.run();
