import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSapientConfig } from '../../sapient/config.js';
import { SapientError } from '../../sapient/errors.js';
import { ULID_PATTERN } from '../../sapient/ids.js';
import { NodeIds } from '../../sapient/node-ids.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { root } from './helpers.js';

function problem(text: string): string {
  try {
    parseSapientConfig(text, 'bridge.yaml');
  } catch (error) {
    assert.instance(error, SapientError);
    return (error as SapientError).describe();
  }
  throw new Error('expected the config to be refused');
}

test('a minimal sapient: section gets the documented defaults', () => {
  const config = parseSapientConfig('sapient:\n  peer: 10.0.0.5:5020\n', 'bridge.yaml');
  assert.is(config.peer, '10.0.0.5:5020');
  assert.is(config.broker, 'mqtt://127.0.0.1:1883');
  assert.is(config.node_ids, 'per-post');
  assert.is(config.status_interval, 30_000);
  assert.is(config.max_frame, 1024 * 1024);
  assert.equal(config.reconnect, { min: 1000, max: 60_000 });
  assert.equal(config.battery, { empty_v: 11.8, full_v: 12.8 });
  assert.match(config.client_id, /^outpost-sapient-/);
});

test('a bad value names the file, line, key, what was expected and what to do', () => {
  const text = problem('# bridge\nsapient:\n  peer: nowhere\n  node_ids: per-camera\n');
  assert.match(text, /bridge\.yaml:3: sapient\.peer: host:port, e\.g\. 192\.168\.1\.20:502/);
  assert.match(text, /bridge\.yaml:4: sapient\.node_ids: .*per-post.*per-sensor/);
  assert.match(text, /README\.md, "SAPIENT bridge"/);
  assert.not.match(text, /\n\s+at /, 'no stack trace');
});

test('unknown keys, a missing section and inconsistent values are refused', () => {
  assert.match(problem('sapient:\n  peer: 127.0.0.1:1\n  peers: 127.0.0.1:2\n'), /Unrecognized key.*peers/);
  assert.match(problem('uplink: {}\n'), /no sapient: section; expected at least\n  sapient:\n    peer: HOST:PORT/);
  assert.match(problem('sapient:\n  peer: 127.0.0.1:1\n  reconnect: { min: 10s, max: 1s }\n'), /sapient\.reconnect\.max: reconnect\.max must be at least reconnect\.min/);
  assert.match(problem('sapient:\n  peer: 127.0.0.1:1\n  broker: http://centre\n'), /sapient\.broker: an MQTT URL such as mqtt:\/\/127\.0\.0\.1:1883/);
  assert.match(problem('sapient:\n  peer: 127.0.0.1:1\n  battery: { empty_v: 13, full_v: 12 }\n'), /full_v must be above empty_v/);
});

test('node ids are ULIDs kept in the state file: the same after a restart, new for a new node', () => {
  const file = join(tempDir(), 'nested', 'state.json');
  const first = NodeIds.open(file);
  const id = first.ulidOf('bp-1');
  assert.match(id, ULID_PATTERN);
  const again = NodeIds.open(file);
  assert.is(again.ulidOf('bp-1'), id, 'kept across a restart');
  assert.is.not(again.ulidOf('bp-1/geophone'), id);
  assert.match(again.nodeIdOf('bp-1'), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.equal(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { nodes: Record<string, string> }).nodes), ['bp-1', 'bp-1/geophone']);
});

test('a state file that is not the bridge\'s is refused with what to do, never silently replaced', () => {
  const file = join(tempDir(), 'state.json');
  writeFileSync(file, '{"nodes": {"bp-1": "not-a-ulid"}}');
  assert.throws(() => NodeIds.open(file), /is not what the bridge writes.*/);
  assert.is(readFileSync(file, 'utf8'), '{"nodes": {"bp-1": "not-a-ulid"}}');
});

test('outpost sapient run with a bad config exits 1 with the problem; listen with a bad port is a usage error', async () => {
  const file = join(tempDir(), 'bridge.yaml');
  writeFileSync(file, 'sapient:\n  peer: 127.0.0.1\n');
  const run = await runCli(['sapient', 'run', '-c', file]);
  assert.is(run.code, 1);
  assert.match(run.stderr, /bridge\.yaml:2: sapient\.peer: host:port/);
  assert.not.match(run.stderr, /\n\s+at /);
  const listen = await runCli(['sapient', 'listen', '--port', 'abc']);
  assert.is(listen.code, 2);
  assert.match(listen.stderr, /--port: expected a TCP port 0-65535, found "abc"/);
});

test('the sample config in README.md validates, so the docs cannot drift from the schema', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const sample = /<!-- sapient-sample -->\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(sample, 'README.md has the sample config');
  assert.throws(() => parseSapientConfig(sample as string, 'README.md'), /sapient\.password_env: the environment variable OUTPOST_SAPIENT_TOKEN is not set/);
  process.env['OUTPOST_SAPIENT_TOKEN'] = '';
  assert.throws(() => parseSapientConfig(sample as string, 'README.md'), /OUTPOST_SAPIENT_TOKEN is set but empty/);
  process.env['OUTPOST_SAPIENT_TOKEN'] = 'opc_sample';
  const config = parseSapientConfig(sample as string, 'README.md');
  delete process.env['OUTPOST_SAPIENT_TOKEN'];
  assert.is(config.node_ids, 'per-post');
  assert.is(config.username, '_reader');
  assert.is(config.password, 'opc_sample', 'the password comes from the environment, never the file');
});

test.run();
