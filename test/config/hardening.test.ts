import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_CONFIG_BYTES, MAX_REPORTED_PROBLEMS, parseConfig } from '../../agent/config/index.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

// Every case runs `outpost config validate` as a real process: a file that exhausts memory or
// a quadratic check shows up there, not in a function call.
const main = fileURLToPath(new URL('../../agent/cli/main.ts', import.meta.url));

const uplink = 'uplink:\n  broker: mqtt://127.0.0.1:1883\n';

async function validate(files: string[], env: Record<string, string | undefined> = {}, timeoutMs = 30_000): Promise<{ code: number | null; output: string; ms: number }> {
  const started = performance.now();
  const child = startPeer(process.execPath, ['--import', 'tsx', main, 'config', 'validate', ...files], { env: { PATH: process.env['PATH'], ...env } });
  const timer = setTimeout(() => void child.kill(), timeoutMs);
  const code = await child.exited;
  clearTimeout(timer);
  return { code, output: child.output(), ms: performance.now() - started };
}

/** The lines `validate` printed about one file. */
function about(output: string, file: string): string[] {
  return output.split('\n').filter((line) => line.startsWith(`${file}:`) || line.startsWith('…'));
}

test('a device, a FIFO, a directory and a file past 1 MiB are refused with a reason, without reading them', async () => {
  const dir = tempDir('config-');
  const fifo = join(dir, 'post.fifo');
  execFileSync('mkfifo', [fifo]);
  const folder = join(dir, 'post.d');
  mkdirSync(folder);
  const huge = join(dir, 'huge.yaml');
  writeFileSync(huge, `post:\n  id: bp-001\n${uplink}# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
  const result = await validate(['/dev/zero', fifo, folder, huge], {}, 60_000);
  assert.is(result.code, 1, result.output);
  assert.match(result.output, /\/dev\/zero: not a regular file \(a character device\)/);
  assert.match(result.output, new RegExp(`${fifo}: not a regular file \\(a FIFO\\)`));
  assert.match(result.output, new RegExp(`${folder}: not a regular file \\(a directory\\)`));
  assert.match(result.output, new RegExp(`${huge}: the post config is larger than ${MAX_CONFIG_BYTES} bytes \\(1 MiB\\)`));
  assert.not.match(result.output, /internal error|\n\s+at /, 'no stack trace');
});

test('outpost run refuses a config that is not a regular file, as validate does', async () => {
  const agent = startPeer(process.execPath, ['--import', 'tsx', main, 'run', '--config', '/dev/zero'], { env: { PATH: process.env['PATH'] } });
  const timer = setTimeout(() => void agent.kill(), 30_000);
  assert.is(await agent.exited, 1, agent.output());
  clearTimeout(timer);
  assert.match(agent.output(), /\/dev\/zero: not a regular file \(a character device\)/);
});

test('a YAML alias bomb is a located problem, not an internal error', async () => {
  const dir = tempDir('config-');
  const file = join(dir, 'bomb.yaml');
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let level = 1; level < 9; level++) levels.push(`l${level}: &l${level} [${Array(9).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
  writeFileSync(file, `${levels.join('\n')}\n`);
  const result = await validate([file]);
  assert.is(result.code, 1, result.output);
  assert.match(result.output, new RegExp(`${file}:2:\\d+: too many aliases: .*more than 100 copies; a post config never needs that many`));
  assert.not.match(result.output, /internal error/);
});

test('40,000 unknown keys are checked in linear time and reported as the first 50 and a count', async () => {
  const dir = tempDir('config-');
  const file = join(dir, 'keys.yaml');
  const keys = Array.from({ length: 40_000 }, (_, index) => `  k${index}: 1\n`).join('');
  writeFileSync(file, `post:\n  id: bp-001\n${keys}${uplink}`);
  const result = await validate([file], {}, 60_000);
  assert.is(result.code, 1, result.output);
  const lines = about(result.output, file);
  assert.is(lines.length, MAX_REPORTED_PROBLEMS + 2, 'the first 50, a count of the rest, the total');
  assert.match(lines[0] ?? '', /:3:3: post\.k0: unknown key "k0"/);
  assert.match(result.output, /… and 39950 more problems \(the first 50 are shown\)/);
  assert.match(result.output, /: 40000 problems/);
  // Quadratic, this took 25 s on a quiet machine (60 s on a loaded one); linear about 2 s with tsx's start.
  assert.ok(result.ms < 20_000, `validating took ${Math.round(result.ms)} ms`);
});

test('checking four times the keys takes about four times as long, not sixteen', () => {
  const text = (count: number): string => `post:\n  id: bp-001\n${Array.from({ length: count }, (_, index) => `  k${index}: 1\n`).join('')}${uplink}`;
  const fastest = (source: string): number => {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      assert.ok(parseConfig(source, 'keys.yaml', {}).problems.length > 0);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  const small = fastest(text(5_000));
  const large = fastest(text(20_000));
  assert.ok(large / small < 6, `5,000 keys: ${Math.round(small)} ms, 20,000 keys: ${Math.round(large)} ms`);
});

test('an empty ${VAR} is told apart from an unset one', async () => {
  const dir = tempDir('config-');
  const file = join(dir, 'post.yaml');
  writeFileSync(file, `post:\n  id: bp-001\nuplink:\n  broker: mqtt://127.0.0.1:1883\n  username: \${MQTT_USER}\n  password: \${MQTT_PASSWORD}\n`);
  const result = await validate([file], { MQTT_USER: '' });
  assert.is(result.code, 1, result.output);
  assert.match(result.output, /uplink\.username: environment variable MQTT_USER is set but empty; give it a value/);
  assert.match(result.output, /uplink\.password: environment variable MQTT_PASSWORD is not set; export it/);
});

test('validate refuses the bounds run cannot honour (outbox 0 bytes or records, 0 TTL, 0 lease, a negative queue or commit wait; health every 0 s)', async () => {
  const dir = tempDir('config-');
  const file = join(dir, 'post.yaml');
  writeFileSync(
    file,
    `post:\n  id: bp-001\n${uplink}outbox:\n  max_bytes: 0\n  max_records: 0\n  lease: 0s\n  drop_report_interval: 0\n  ttl: { alarm: 0, status: 0ms, bulk: 0d }\n  memory_queue: -1\n  group_commit: -1\nhealth:\n  interval: 0\n`,
  );
  const result = await validate([file]);
  assert.is(result.code, 1, result.output);
  for (const key of ['max_bytes', 'max_records', 'lease', 'drop_report_interval', 'ttl.alarm', 'ttl.status', 'ttl.bulk']) assert.match(result.output, new RegExp(`outbox\\.${key}: expected (at least 1|more than 0|a size of at least 1 byte|a duration longer than 0)`), key);
  // The store takes these as the schema leaves them (it does not check again): the schema must refuse them.
  assert.match(result.output, /outbox\.memory_queue: expected at least 0, found -1/);
  assert.match(result.output, /outbox\.group_commit: expected at least 0, found -1/);
  assert.match(result.output, /health\.interval: expected more than 0, found 0/);
  assert.match(result.output, /: 10 problems/);
});

test('an unknown bus type still lets the keys no bus type has, and the other buses and sensors, be reported', async () => {
  const dir = tempDir('config-');
  const file = join(dir, 'post.yaml');
  writeFileSync(
    file,
    `post:\n  id: bp-001\n${uplink}buses:\n  a:\n    type: seriall\n    path: /dev/ttyS0\n    bauds: 9600\n  b:\n    type: serial\n    path: /dev/ttyS1\n    bogus: 1\nsensors:\n  gnss:\n    type: gps\n    bus: b\n    intervall: 1s\n`,
  );
  const result = await validate([file]);
  assert.is(result.code, 1, result.output);
  assert.equal(about(result.output, file), [
    `${file}:7:11: buses.a.type: unknown type "seriall"; did you mean "serial"?`,
    `${file}:9:5: buses.a.bauds: unknown key "bauds" (no bus type has it); did you mean "baud"?`,
    `${file}:13:5: buses.b.bogus: unknown key "bogus"; expected one of: type, path, baud, data_bits, parity, stop_bits, rtscts, reconnect`,
    `${file}:18:5: sensors.gnss.intervall: unknown key "intervall"; did you mean "interval"?`,
    `${file}: 4 problems`,
  ]);
});

test('credentials in the broker URL are refused, pointing to uplink.username and uplink.password, and never echoed', async () => {
  const dir = tempDir('config-');
  const file = join(dir, 'post.yaml');
  const planted = 'S3cr3t-in-url-7781';
  writeFileSync(file, `post:\n  id: bp-001\nuplink:\n  broker: mqtt://crew:${planted}@127.0.0.1:1883\ndiagnostics:\n  listen: 127.0.0.1:8088\n  token: \${TOKEN}\n`);
  const result = await validate([file], { TOKEN: 'short-tok-99' });
  assert.is(result.code, 1, result.output);
  assert.match(result.output, /uplink\.broker: credentials do not belong in the broker URL .*set uplink\.username and uplink\.password: \$\{OUTPOST_MQTT_PASSWORD\}/);
  assert.match(result.output, /diagnostics\.token: expected at least 16 characters, found a secret of 12 characters \(not shown\)/);
  assert.not.match(result.output, new RegExp(planted));
  assert.not.match(result.output, /short-tok-99/);
});

test.run();
