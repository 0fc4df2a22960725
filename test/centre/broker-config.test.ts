import { test } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt from 'mqtt';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../kernel/sqlite.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';
import { Mosquitto } from '../uplink/mosquitto.js';

let broker: Mosquitto | undefined;
const clients: mqtt.MqttClient[] = [];

test.after.each(async () => {
  for (const client of clients.splice(0)) client.end(true);
  await broker?.stop();
  broker = undefined;
});

async function cli(args: string[], stdin?: string): Promise<string> {
  const result = await runCli(args, stdin === undefined ? {} : { stdin });
  assert.is(result.code, 0, `outpost ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function connect(url: string, username: string | undefined, password: string | undefined): Promise<mqtt.MqttClient> {
  const client = mqtt.connect(url, { reconnectPeriod: 0, connectTimeout: 5000, ...(username === undefined ? {} : { username, password }) });
  clients.push(client);
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', reject);
  });
}

test('post add|passwd|del|list keep passwords hashed; errors say what to do', async () => {
  const db = join(tempDir(), 'centre.db');
  const added = await cli(['centre', 'post', 'add', 'bp-017', '--db', db]);
  const password = /password: (\S+)/.exec(added)?.[1] as string;
  assert.ok(password.length >= 24, added);
  await cli(['centre', 'post', 'add', 'bp-018', '--db', db, '--password-stdin'], 'correct horse battery staple\n');
  assert.is(await cli(['centre', 'post', 'list', '--db', db]).then((text) => text.split('\n').filter(Boolean).map((line) => line.split('\t')[0]).join(',')), 'bp-017,bp-018');
  const again = await runCli(['centre', 'post', 'add', 'bp-017', '--db', db]);
  assert.is(again.code, 1);
  assert.match(again.stderr, /already has a password.*post passwd/);
  const short = await runCli(['centre', 'post', 'add', 'bp-019', '--db', db, '--password-stdin'], { stdin: 'short\n' });
  assert.is(short.code, 1);
  assert.match(short.stderr, /at least 12/);
  const bad = await runCli(['centre', 'post', 'add', 'BP/#', '--db', db]);
  assert.match(bad.stderr, /not a post id/);
  await cli(['centre', 'post', 'del', 'bp-018', '--db', db]);
  assert.not.match(await cli(['centre', 'post', 'list', '--db', db]), /bp-018/);
  const raw = openDatabase(db);
  const dump = JSON.stringify(raw.prepare('SELECT * FROM post_credentials').all());
  const audit = raw.prepare('SELECT actor, action, subject FROM audit ORDER BY id').all();
  raw.close();
  assert.not.ok(dump.includes(password), 'the password is not stored');
  assert.match(dump, /scrypt\$/);
  assert.equal(audit, [
    { actor: 'cli', action: 'post.add', subject: 'bp-017' },
    { actor: 'cli', action: 'post.add', subject: 'bp-018' },
    { actor: 'cli', action: 'post.del', subject: 'bp-018' },
  ]);
});

test('broker-config: Mosquitto with the generated files lets a post in on its own topics only, and only the centre acks', async () => {
  const dir = tempDir();
  const db = join(dir, 'centre.db');
  const pa = /password: (\S+)/.exec(await cli(['centre', 'post', 'add', 'bp-a', '--db', db]))?.[1] as string;
  const pb = /password: (\S+)/.exec(await cli(['centre', 'post', 'add', 'bp-b', '--db', db]))?.[1] as string;
  const written = await cli(['centre', 'broker-config', join(dir, 'mosquitto'), '--db', db, '--listener', '127.0.0.1:1883']);
  const centrePassword = /centre's password .*: (\S+)$/m.exec(written)?.[1] as string;
  assert.ok(centrePassword !== undefined, written);
  assert.is(statSync(join(dir, 'mosquitto', 'passwords')).mode & 0o777, 0o600);
  broker = await Mosquitto.start(dir, { extra: ['allow_anonymous false', `password_file ${join(dir, 'mosquitto', 'passwords')}`, `acl_file ${join(dir, 'mosquitto', 'acl')}`] });

  await connect(broker.url, undefined, undefined).then(
    () => assert.unreachable('an anonymous client connected'),
    (error: Error) => assert.match(error.message, /Not authorized|Bad username/i),
  );
  await connect(broker.url, 'bp-a', pb).then(
    () => assert.unreachable("bp-a connected with bp-b's password"),
    (error: Error) => assert.match(error.message, /Not authorized|Bad username/i),
  );

  const centre = await connect(broker.url, '_centre', centrePassword);
  const heard: string[] = [];
  centre.on('message', (topic, payload) => heard.push(`${topic} ${payload.toString()}`));
  await centre.subscribeAsync(['outpost/v1/+/up', 'outpost/v1/+/state'], { qos: 1 });
  const a = await connect(broker.url, 'bp-a', pa);
  const aHeard: string[] = [];
  a.on('message', (topic, payload) => aHeard.push(`${topic} ${payload.toString()}`));
  await a.subscribeAsync(['outpost/v1/bp-a/ack', 'outpost/v1/bp-b/ack'], { qos: 1 });
  // Mosquitto drops a refused publish silently (it still PUBACKs under MQTT 3.1.1).
  await a.publishAsync('outpost/v1/bp-b/up', 'forged', { qos: 1 });
  await a.publishAsync('outpost/v1/bp-a/ack', 'forged ack', { qos: 1 });
  await a.publishAsync('outpost/v1/bp-a/up', 'genuine', { qos: 1 });
  await centre.publishAsync('outpost/v1/bp-b/ack', 'for b', { qos: 1 });
  await centre.publishAsync('outpost/v1/bp-a/ack', 'for a', { qos: 1 });
  const deadline = Date.now() + 10_000;
  while ((heard.length < 1 || aHeard.length < 1) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  // The genuine messages were sent last: once they are heard, the forged ones would have been too.
  assert.equal(heard, ['outpost/v1/bp-a/up genuine']);
  assert.equal(aHeard, ['outpost/v1/bp-a/ack for a']);
});

test.run();
