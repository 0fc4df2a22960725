import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const trace = fileURLToPath(new URL('../support/module-trace.mjs', import.meta.url));

/**
 * `outpost run` checks its config in a worker thread and never loads zod or the config schemas
 * itself (issue 13): they were a tenth of a running agent's heap, kept for years to be used once.
 * A post with a Modbus device and an uplink (both refusing), run until it is running.
 */
test('a running agent has not loaded zod nor the config schemas', async () => {
  const dir = tempDir();
  const [device, broker] = [await freePort(), await freePort()];
  const file = join(dir, 'post.yaml');
  writeFileSync(
    file,
    `post: { id: bp-001 }
buses:
  plc: { type: modbus-tcp, host: '127.0.0.1:${device}' }
sensors:
  meter: { type: modbus-device, bus: plc, unit: 1, interval: 1s, points: [{ name: r0, table: holding, address: 0, type: uint16 }] }
uplink: { broker: 'mqtt://127.0.0.1:${broker}' }
outbox: { path: ${join(dir, 'outbox.db')} }
`,
  );
  const out = join(dir, 'modules.txt');
  const agent = spawn(process.execPath, ['--import', trace, join(root, 'bin/outpost.js'), 'run', '--config', file], { cwd: dir, env: { ...process.env, OUTPOST_MODULE_TRACE: out }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  agent.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  agent.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    // Its status socket listens once everything has started (the log, on a pipe, is written in blocks).
    await waitFor('the agent running', () => existsSync(join(dir, 'agent.sock')) || agent.exitCode !== null, 30_000);
    assert.ok(existsSync(join(dir, 'agent.sock')), `the agent did not start:\n${output}`);
  } finally {
    agent.kill('SIGTERM');
    await new Promise((resolve) => (agent.exitCode === null ? agent.once('exit', resolve) : resolve(undefined)));
  }
  // The V8 options bin/outpost.js sets for `run` are ones this Node's V8 knows (Node 22 printed an error at every start).
  assert.not.match(output, /unrecognized flag/, 'V8 refused an option');
  const modules = readFileSync(out, 'utf8').split('\n').filter((url) => url.startsWith('file://')).map((url) => fileURLToPath(url).slice(root.length));
  assert.ok(modules.includes('dist/agent/runtime/agent.js'), 'the trace sees the running agent');
  assert.equal(modules.filter((path) => path.includes('node_modules/zod/') || /^dist\/agent\/config\/(schema|registry|load|locate)\.js$/.test(path)), []);
});

test.run();
