import { spawn } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { onCleanup } from '../support/cleanup.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));
const bugLater = fileURLToPath(new URL('./fixtures/bug-later.ts', import.meta.url));
const capture = fileURLToPath(new URL('../fixtures/nmea/bu353s4.log', import.meta.url));

const test = suite('the outpost process');

/** The JSON lines among what a process printed. */
function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

for (const bug of ['rejection', 'exception'] as const) {
  test(`an unhandled ${bug} logs one fatal line with its context and exits 70 for systemd to restart`, async () => {
    // `replay nmea -` waits on stdin, which the test keeps open: the command is running when the bug fires.
    const agent = startPeer(process.execPath, ['--import', 'tsx', '--import', bugLater, main, 'replay', 'nmea', '-'], { env: { ...process.env, OUTPOST_TEST_BUG: bug } });
    const code = await agent.exited;
    const fatal = jsonLines(agent.output()).filter((line) => line['level'] === 60);
    assert.is(code, 70, agent.output());
    assert.is(fatal.length, 1, agent.output());
    const line = fatal[0] as Record<string, unknown>;
    assert.is(line['module'], 'process');
    assert.is(line['event'], bug === 'rejection' ? 'unhandledRejection' : 'uncaughtException');
    assert.is(line['component'], 'bus:mast-can');
    assert.match(String(line['msg']), /BELL/);
    const err = line['err'] as Record<string, unknown>;
    assert.is(err['code'], 'can.refused');
    assert.match(String(err['stack']), /bug-later/);
  });
}

/** Runs `outpost ARGS | head -c 100` in bash; returns outpost's exit code and everything it printed on stderr. */
async function throughHead(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  const quoted = [process.execPath, '--import', 'tsx', main, ...args].map((word) => `'${word}'`).join(' ');
  const shell = spawn('bash', ['-c', `${quoted} | head -c 100 >/dev/null; echo "outpost exited \${PIPESTATUS[0]}" >&2`], { stdio: ['ignore', 'ignore', 'pipe'] });
  onCleanup(() => shell.kill('SIGKILL'));
  let stderr = '';
  shell.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  await new Promise((resolve) => shell.once('exit', resolve));
  const match = /outpost exited (\d+)\n$/.exec(stderr);
  assert.ok(match, stderr);
  return { code: Number(match[1]), stderr: stderr.slice(0, match.index) };
}

test('outpost replay nmea | head: the closed pipe ends the command quietly, exit 0', async () => {
  const dir = tempDir('epipe');
  const big = join(dir, 'big.nmea');
  // Far more output than a pipe buffer holds, so the write after head has gone meets EPIPE.
  writeFileSync(big, readFileSync(capture, 'utf8').repeat(100));
  const { code, stderr } = await throughHead(['replay', 'nmea', big]);
  assert.is(stderr, '');
  assert.is(code, 0);
});

test('outpost probe nmea --raw | head: a streaming command ends quietly too', async () => {
  const sentences = readFileSync(capture, 'utf8').split('\n').filter((line) => line.startsWith('$')).join('\r\n');
  const clients = new Set<Socket>();
  const server = createServer((socket) => {
    clients.add(socket);
    socket.on('error', () => socket.destroy());
    const feed = setInterval(() => socket.write(`${sentences}\r\n`), 20);
    socket.on('close', () => {
      clearInterval(feed);
      clients.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stop = (): void => {
    for (const socket of clients) socket.destroy();
    server.close();
  };
  onCleanup(stop);
  try {
    const address = server.address();
    assert.ok(address !== null && typeof address === 'object');
    const { code, stderr } = await throughHead(['probe', 'nmea', `tcp://127.0.0.1:${address.port}`, '--raw']);
    assert.is(stderr, `reading NMEA on tcp://127.0.0.1:${address.port}; Ctrl-C to stop\n`);
    assert.is(code, 0, stderr);
  } finally {
    stop();
  }
});

test.run();
