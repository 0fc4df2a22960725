import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { freePort, waitFor } from '../support/net.js';
import { DEBIAN_PYTHON, startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));
const listenerScript = fileURLToPath(new URL('./notify-listener.py', import.meta.url));
const blockedLoop = fileURLToPath(new URL('./notify-blocked-loop.ts', import.meta.url));

// Every child a test starts is killed after it, pass or fail, so a failure cannot leave the file hanging.
const started: Peer[] = [];
const start = (...args: Parameters<typeof startPeer>): Peer => {
  const peer = startPeer(...args);
  started.push(peer);
  return peer;
};
test.after.each(async () => {
  await Promise.all(started.splice(0).map((peer) => peer.kill()));
});

/** A NOTIFY_SOCKET of our own: every assignment systemd would receive, in arrival order. */
async function notifySocket(dir: string): Promise<{ path: string; messages(): string[]; listener: Peer }> {
  const path = join(dir, 'notify.sock');
  const listener = start(DEBIAN_PYTHON, [listenerScript, path]);
  await listener.waitForOutput(/^listening$/m);
  const messages = (): string[] =>
    listener
      .output()
      .split('\n')
      .filter((line) => line.startsWith('"'))
      // One datagram may carry several newline-separated assignments, as sd_notify allows.
      .flatMap((line) => (JSON.parse(line) as string).split('\n'))
      .filter((assignment) => assignment !== '');
  return { path, messages, listener };
}

test('outpost run under Type=notify: READY once running, WATCHDOG pings at half WATCHDOG_USEC, STOPPING on SIGTERM', async () => {
  const dir = tempDir('sd-notify');
  const socket = await notifySocket(dir);
  const config = join(dir, 'post.yaml');
  writeFileSync(
    config,
    `post: { id: notify-01 }
buses:
  gps: { type: serial, path: ${join(dir, 'no-such-tty')} }
sensors:
  gnss: { type: gps, bus: gps }
outbox: { path: ${join(dir, 'outbox.db')} }
uplink: { broker: 'mqtt://127.0.0.1:${await freePort()}' }
`,
  );
  const env = { ...process.env, NOTIFY_SOCKET: socket.path, WATCHDOG_USEC: '400000' };
  const agent = start(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env });

  await waitFor('READY=1 from the agent', () => socket.messages().includes('READY=1'), 30_000);
  await waitFor('three WATCHDOG=1 pings', () => socket.messages().filter((m) => m === 'WATCHDOG=1').length >= 3, 10_000);
  const ready = socket.messages().indexOf('READY=1');
  assert.ok(ready < socket.messages().indexOf('WATCHDOG=1'), 'no watchdog ping before READY');
  assert.ok(socket.messages().includes('STATUS=running'), socket.messages().join(' | '));

  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
  await waitFor('STOPPING=1', () => socket.messages().includes('STOPPING=1'), 5_000);
  assert.is(socket.messages().filter((m) => m === 'READY=1').length, 1, 'READY is sent once');
});

test('no WATCHDOG=1 while the event loop is blocked, pings again once it turns', async () => {
  const dir = tempDir('sd-notify');
  const socket = await notifySocket(dir);
  const env = { ...process.env, NOTIFY_SOCKET: socket.path, WATCHDOG_USEC: '200000' };
  const child = start(process.execPath, ['--import', 'tsx', blockedLoop], { env });
  assert.is(await child.exited, 0, child.output());
  await waitFor('the unblocked marker', () => socket.messages().includes('STATUS=unblocked'), 5_000);

  const messages = socket.messages();
  const blocking = messages.indexOf('STATUS=blocking');
  const unblocked = messages.indexOf('STATUS=unblocked');
  const pingsBefore = messages.slice(0, blocking).filter((m) => m === 'WATCHDOG=1').length;
  const pingsDuring = messages.slice(blocking, unblocked).filter((m) => m === 'WATCHDOG=1').length;
  assert.ok(pingsBefore >= 2, `pings before the block (every 100 ms for 600 ms): ${messages.join(' | ')}`);
  assert.is(pingsDuring, 0, `a ping was sent while the loop was blocked for 1.5 s: ${messages.join(' | ')}`);
  await waitFor('a ping after the loop turns again', () => socket.messages().slice(unblocked).includes('WATCHDOG=1'), 5_000);
});

test('NOTIFY_SOCKET set but no socat: the log says what to install', async () => {
  const dir = tempDir('sd-notify');
  const socket = await notifySocket(dir);
  const config = join(dir, 'post.yaml');
  writeFileSync(config, `post: { id: notify-02 }\noutbox: { path: ${join(dir, 'outbox.db')} }\nuplink: { broker: 'mqtt://127.0.0.1:${await freePort()}' }\n`);
  const env = { ...process.env, NOTIFY_SOCKET: socket.path, PATH: join(dir, 'empty-path'), OUTPOST_LOG_LEVEL: 'error' };
  const agent = start(process.execPath, ['--import', 'tsx', main, 'run', '--config', config], { env });
  await agent.waitForOutput(/install socat \(apt-get install socat\)/, 30_000);
  agent.child.kill('SIGTERM');
  assert.is(await agent.exited, 0, agent.output());
  assert.equal(socket.messages(), [], 'nothing reached the socket');
});

test.run();
