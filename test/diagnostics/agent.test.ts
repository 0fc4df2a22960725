import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { freePort, waitFor } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

// `outpost run` as a real child with its diagnostics API on loopback: what a request or a
// SIGHUP does to it is seen from outside, as a crew on site would.
const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

// Stopped after each test, passed or failed, so a failure ends the file instead of hanging it.
const running: Peer[] = [];
test.after.each(async () => {
  for (const peer of running.splice(0)) await peer.kill();
});

async function startAgent(): Promise<{ agent: Peer; port: number; config: string }> {
  const dir = tempDir('diag-');
  const port = await freePort();
  const config = join(dir, 'post.yaml');
  // No broker listens at the uplink's port: the agent runs on, its records wait in the outbox.
  writeFileSync(config, `post: { id: diag-01 }\noutbox: { path: ${join(dir, 'outbox.db')} }\nuplink: { broker: 'mqtt://127.0.0.1:${await freePort()}' }\ndiagnostics: { listen: '127.0.0.1:${port}' }\n`);
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'info' } });
  running.push(agent);
  await agent.waitForOutput(/diagnostics API listening/, 30_000);
  return { agent, port, config };
}

/** Sends one request as raw bytes (fetch would normalise the path) and returns the status code. */
function rawStatus(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nhost: post\r\nconnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (match) resolve(Number(match[1]));
      else reject(new Error(`no HTTP answer to GET ${target.slice(0, 40)}: ${JSON.stringify(text.slice(0, 200))}`));
    });
  });
}

test('malformed request paths get 400 and the agent keeps answering', async () => {
  const { agent, port } = await startAgent();
  assert.is(await rawStatus(port, '//'), 400);
  assert.is(await rawStatus(port, '//['), 400);
  assert.is(await rawStatus(port, '/api/%zz%'), 400);
  assert.is(await rawStatus(port, '/%'), 400);
  assert.is(await rawStatus(port, `/api/identity?${'q'.repeat(10_240)}`), 200);
  assert.is(await rawStatus(port, '/api/identity'), 200);
  assert.is(agent.child.exitCode, null, agent.output());
  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
});

test('a SIGHUP with 40,000 unknown keys keeps the agent answering, logs the first problems and keeps the running config', async () => {
  const { agent, port, config } = await startAgent();
  const keys = Array.from({ length: 40_000 }, (_, index) => `  k${index}: 1\n`).join('');
  writeFileSync(config, `post:\n  id: diag-02\n${keys}uplink:\n  broker: mqtt://127.0.0.1:1\n`);
  agent.child.kill('SIGHUP');
  // Ask the diagnostics API over and over while the reload is checked; no answer may take a second.
  let slowest = 0;
  let asked = 0;
  const rejected = agent.waitForOutput(/40000 problem\(s\); keeping the running config/, 60_000);
  let done = false;
  void rejected.then(() => (done = true), () => (done = true));
  while (!done) {
    const started = performance.now();
    const answer = await fetch(`http://127.0.0.1:${port}/api/identity`, { signal: AbortSignal.timeout(5_000) });
    assert.is(answer.status, 200);
    await answer.arrayBuffer();
    slowest = Math.max(slowest, performance.now() - started);
    asked++;
  }
  await rejected;
  assert.ok(asked >= 3, `asked ${asked} times during the reload`);
  assert.ok(slowest < 1_000, `the slowest answer during the reload took ${Math.round(slowest)} ms`);
  assert.match(agent.output(), /… and 39950 more problems \(the first 50 are shown\)/);
  assert.not.match(agent.output(), /k39999/, 'the log holds the first problems, not all of them');
  const identity = (await (await fetch(`http://127.0.0.1:${port}/api/identity`)).json()) as { postId: string };
  assert.is(identity.postId, 'diag-01', 'the running config is kept');
  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
});

test.run();
