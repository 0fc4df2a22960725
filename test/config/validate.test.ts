import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfigFile, parseConfig, postConfigJsonSchema, ConfigError } from '../../agent/config/index.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'deploy', 'examples');

const minimal = `post:
  id: bp-001
uplink:
  broker: mqtt://127.0.0.1:1883
`;

test('every example post in deploy/examples validates', async () => {
  const files = readdirSync(examples).filter((file) => file.endsWith('.yaml'));
  assert.ok(files.includes('small-post.yaml') && files.includes('demo-post.yaml'), 'the small and demo posts are shipped');
  for (const file of files) {
    const result = await runCli(['config', 'validate', join(examples, file)], { env: { OUTPOST_MQTT_PASSWORD: 'x'.repeat(20), OUTPOST_DIAG_TOKEN: 'y'.repeat(20) } });
    assert.is(result.code, 0, `${file}:\n${result.stdout}${result.stderr}`);
    assert.match(result.stdout, /valid/);
  }
});

test('a config with three mistakes gets three located messages, and exit 1', async () => {
  const dir = tempDir();
  const file = join(dir, 'post.yaml');
  writeFileSync(
    file,
    `post:
  id: bp-017
buses:
  rs485-a:
    type: modbus-rtu
    port: /dev/ttyUSB0
    parity: evn
sensors:
  charger:
    type: modbus-device
    bus: rs485-b
    unit: 1
    intervall: 10s
    points:
      - { name: battery_voltage, table: input, address: 0 }
uplink:
  broker: mqtt://127.0.0.1:1883
`,
  );
  const result = await runCli(['config', 'validate', file]);
  assert.is(result.code, 1);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines, [
    `${file}:7:13: buses.rs485-a.parity: expected one of: none, even, odd, mark, space, found "evn"; did you mean "even"?`,
    `${file}:11:10: sensors.charger.bus: no bus named "rs485-b"; did you mean "rs485-a"? (buses: rs485-a)`,
    `${file}:13:5: sensors.charger.intervall: unknown key "intervall"; did you mean "interval"?`,
    `${file}: 3 problems`,
  ]);
});

test('invalid YAML is located too', () => {
  const result = parseConfig('post:\n  id: bp-1\n  name: [unclosed\nuplink: {}\n', 'x.yaml');
  assert.is(result.config, undefined);
  assert.ok(result.problems.length >= 1);
  assert.match(result.problems[0]?.message ?? '', /not valid YAML/);
  assert.ok((result.problems[0]?.line ?? 0) >= 3, JSON.stringify(result.problems));
});

test('duplicate keys are refused, with the line of the duplicate', () => {
  const result = parseConfig(`${minimal}post:\n  id: bp-002\n`, 'dup.yaml');
  assert.is(result.config, undefined);
  assert.is(result.problems[0]?.line, 5);
  assert.match(result.problems[0]?.message ?? '', /unique/i);
});

test('missing required keys and wrong types say what was expected and what was found', () => {
  const result = parseConfig('post:\n  name: no id\nuplink:\n  broker: mqtt://h:1\n  in_flight: many\n', 'p.yaml');
  const text = result.problems.map((problem) => `${problem.line}:${problem.path}: ${problem.message}`);
  assert.ok(text.some((line) => /^1:post\.id: missing; text is required here$/.test(line)), text.join('\n'));
  assert.ok(text.some((line) => /^5:uplink\.in_flight: expected a number, found "many"$/.test(line)), text.join('\n'));
});

test('unknown bus and sensor types suggest the nearest known type', () => {
  const result = parseConfig(`${minimal}buses:\n  can0:\n    type: socketcn\n    interface: can0\n`, 'p.yaml');
  assert.match(result.problems[0]?.message ?? '', /unknown type "socketcn"; did you mean "socketcan"\?/);
  assert.is(result.problems[0]?.line, 7);
});

test('a sensor on the wrong kind of bus is refused with both types named', () => {
  const yaml = `${minimal}buses:\n  gpio:\n    type: gpio\nsensors:\n  charger:\n    type: modbus-device\n    bus: gpio\n    unit: 1\n    points: [{ name: v, table: input, address: 0 }]\n`;
  const result = parseConfig(yaml, 'p.yaml');
  assert.match(result.problems[0]?.message ?? '', /a modbus-device sensor needs a modbus-rtu or modbus-tcp bus, but "gpio" is gpio/);
});

test('${VAR} comes from the environment; ${VAR:-default} falls back; a missing one is located', () => {
  const yaml = 'post:\n  id: bp-1\nuplink:\n  broker: mqtt://127.0.0.1:1883\n  username: ${MQTT_USER:-post}\n  password: ${MQTT_PASSWORD}\n';
  const ok = parseConfig(yaml, 'p.yaml', { MQTT_PASSWORD: 's3cret' });
  assert.is(ok.config?.uplink.password, 's3cret');
  assert.is(ok.config?.uplink.username, 'post');
  const missing = parseConfig(yaml, 'p.yaml', {});
  assert.is(missing.problems[0]?.line, 6);
  assert.match(missing.problems[0]?.message ?? '', /environment variable MQTT_PASSWORD is not set/);
});

test('durations and sizes parse to ms and bytes; defaults apply', () => {
  const { config } = parseConfig(`${minimal}outbox:\n  max_bytes: 64MiB\n  ttl: { alarm: 14d }\nhealth:\n  interval: 90\n`, 'p.yaml', {});
  assert.ok(config);
  assert.is(config.outbox.max_bytes, 64 * 1024 * 1024);
  assert.is(config.outbox.ttl.alarm, 14 * 86_400_000);
  assert.is(config.outbox.ttl.status, 7 * 86_400_000);
  assert.is(config.health.interval, 90_000);
  assert.is(config.uplink.ack_timeout, 30_000);
});

test('a missing file is one clear problem, not a stack trace', () => {
  try {
    loadConfigFile('/nonexistent/post.yaml');
    assert.unreachable('should throw');
  } catch (error) {
    assert.instance(error, ConfigError);
    assert.match((error as Error).message, /^\/nonexistent\/post\.yaml: cannot read the post config: no such file; check the path$/);
  }
});

test('deploy/post.schema.json equals `outpost config schema`', async () => {
  const result = await runCli(['config', 'schema']);
  assert.is(result.code, 0);
  const committed = readFileSync(join(root, 'deploy', 'post.schema.json'), 'utf8');
  assert.ok(result.stdout === committed, 'deploy/post.schema.json is stale: run `npx tsx agent/cli/main.ts config schema --out deploy/post.schema.json`');
  const schema = postConfigJsonSchema() as { properties: Record<string, unknown>; required: string[] };
  assert.ok('buses' in schema.properties && 'sensors' in schema.properties);
  assert.equal(schema.required.sort(), ['post', 'uplink']);
});

test.run();
