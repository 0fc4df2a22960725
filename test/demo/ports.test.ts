import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { duplicateKeys } from '../support/json-keys.js';
import { occupyPort } from '../support/net.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));
const shipped = fileURLToPath(new URL('../../deploy/examples/demo-post.yaml', import.meta.url));

const test = suite('outpost demo with its ports taken');
let output = '';
let exitCode: number | null = null;
let apart: string | undefined;
let leftBehind = false;
const busy = new Map<string, number>();

test.before(async () => {
  const dir = tempDir('demo-ports');
  let text = readFileSync(shipped, 'utf8');
  for (const port of ['15020', '15021', '15022', '18830']) {
    const taken = await occupyPort();
    busy.set(port, taken);
    text = text.replaceAll(`127.0.0.1:${port}`, `127.0.0.1:${taken}`);
  }
  const http = await occupyPort();
  text = text.replace('path: var/demo/outbox.db', `path: ${join(dir, 'outbox.db')}`).replace('interval: 5s', 'interval: 1s');
  const config = join(dir, 'demo-post.yaml');
  writeFileSync(config, text);
  const demo = startPeer(process.execPath, ['--import', 'tsx', main, 'demo', '--config', config, '--http', `127.0.0.1:${http}`, '--for', '8s'], { env: { ...process.env, OUTPOST_LOG_LEVEL: 'debug' } });
  exitCode = await demo.exited;
  output = demo.output();
  // With its ports busy the demo keeps its data apart from the other demo's, in a temp dir of its own.
  apart = /database (\S+)\/centre\.db \(this demo's own, removed when it stops\)/.exec(output)?.[1];
  leftBehind = apart !== undefined && existsSync(apart);
  if (apart !== undefined) rmSync(apart, { recursive: true, force: true });
});

test('its data goes in a temp dir of its own, said in the banner and removed when it stops', () => {
  assert.ok(apart?.includes('outpost-demo-'), `no temp dir of its own in the banner:\n${output}`);
  assert.not.ok(leftBehind, `${apart} was left behind`);
});

test('a busy port is moved to a free one, said in the banner, and the agent talks to the device there', () => {
  assert.is(exitCode, 0, output);
  for (const [shippedPort, taken] of busy) {
    const moved = new RegExp(`127\\.0\\.0\\.1:${taken} is in use \\(another demo running\\?\\), so (bus \\w+|the broker) listens on 127\\.0\\.0\\.1:(\\d+)`).exec(output);
    assert.ok(moved, `port ${taken} (${shippedPort} in the shipped config) was not moved:\n${output}`);
    assert.is.not(Number(moved[2]), taken);
  }
  assert.match(output, /the centre API listens on 127\.0\.0\.1:\d+/);
  assert.match(output, /centre API: http:\/\/127\.0\.0\.1:\d+\/api\/posts {2}\(also .*\/api\/incidents.*\/api\/stats/);
  assert.not.match(output, /EADDRINUSE|\n\s+at /);
  assert.match(output, /reading\s+charger\s+pv_voltage=/, 'readings from the simulated charge controller on its moved port');
});

test('the duplicate-key check sees what JSON.parse hides', () => {
  assert.equal(duplicateKeys('{"module":"bus","a":{"x":[1,{"y":2}]},"module":"can"}'), ['module']);
  assert.equal(duplicateKeys('{"a":"\\"a\\"","b":{"a":1},"c":[{"a":1},{"a":2}]}'), []);
});

test('every JSON log line carries each key once, nested components included', () => {
  const lines = output.split('\n').filter((line) => line.startsWith('{'));
  assert.ok(lines.length > 5, output);
  for (const line of lines) assert.equal(duplicateKeys(line), [], line);
  // A driver's logger is a child of the bus logger: it used to write `module` twice.
  const nested = lines.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line['module'] === 'gpio' && line['bus'] === 'track-gpio');
  assert.ok(nested, 'a debug line from the GPIO driver of bus track-gpio');
});

test.run();
