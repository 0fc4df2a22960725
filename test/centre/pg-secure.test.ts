import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt from 'mqtt';
import type { Uplink } from '../../agent/uplink/index.js';
import { runCli } from '../support/cli.js';
import { waitFor } from '../support/net.js';
import { postgresMissing, POSTGRES_PASSWORD, TestPostgres } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';
import { startCentreProcess, type CentreProcess } from './centre-process.js';
import { detection, makeUplink, reading } from '../uplink/helpers.js';
import { MemoryOutbox } from '../uplink/memory-outbox.js';

const test = suite('a secure centre on PostgreSQL');
const missing = postgresMissing();
let server: TestPostgres | undefined;
let centre: CentreProcess | undefined;
let uplink: Uplink | undefined;
const clients: mqtt.MqttClient[] = [];

test.after(async () => {
  for (const client of clients.splice(0)) client.end(true);
  await uplink?.stop();
  await centre?.peer.stop();
  await server?.stop();
});

/** Resolves with the broker's refusal, or undefined when the client got in. */
function refusal(broker: string, options: mqtt.IClientOptions): Promise<Error | undefined> {
  const client = mqtt.connect(broker, { reconnectPeriod: 0, connectTimeout: 5000, ...options });
  clients.push(client);
  return new Promise((resolve) => {
    client.once('connect', () => resolve(undefined));
    client.once('error', (error) => resolve(error));
    client.once('close', () => resolve(new Error('closed before CONNACK')));
  });
}

testUnless(test, missing, 'starts without --insecure; admin commands on --db postgres://… add a user who logs in and a post that delivers; strangers are refused', async () => {
  server = await TestPostgres.start();
  const db = await server.createDatabase('secure_centre');
  centre = await startCentreProcess([], { secure: true, db });
  assert.match(centre.peer.output(), /no users yet: create the first admin with `outpost centre user add NAME --role admin --db postgres:\/\/outpost@127\.0\.0\.1:\d+\/secure_centre` \(it prints a generated password; the database password from PGPASSWORD\)/);
  assert.ok(!centre.peer.output().includes(POSTGRES_PASSWORD), 'the database password was printed');
  assert.is((await centre.get('/api/stats')).status, 401);

  // The admin commands expand ${VAR} from their environment, as the systemd unit's would.
  const cliDb = `postgres://outpost:\${OUTPOST_TEST_DB_PASSWORD}@127.0.0.1:${server.port}/secure_centre`;
  const env = { OUTPOST_TEST_DB_PASSWORD: POSTGRES_PASSWORD };
  const user = await runCli(['centre', 'user', 'add', 'duty', '--role', 'operator', '--db', cliDb], { env });
  assert.is(user.code, 0, user.stderr);
  const userPassword = /password: (\S+)/.exec(user.stdout)?.[1] as string;
  const post = await runCli(['centre', 'post', 'add', 'bp-041', '--db', cliDb], { env });
  assert.is(post.code, 0, post.stderr);
  const postPassword = /password: (\S+)/.exec(post.stdout)?.[1] as string;
  const listed = await runCli(['centre', 'post', 'list', '--db', cliDb], { env });
  assert.match(listed.stdout, /^bp-041\tchanged /);

  assert.match(String((await refusal(centre.broker, {}))?.message), /Bad username or password|Not authorized/i);
  assert.match(String((await refusal(centre.broker, { username: 'bp-041', password: `${postPassword}-wrong` }))?.message), /Bad username or password|Not authorized/i);

  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(12.5), detection('geo-1:1')]);
  uplink = makeUplink('bp-041', outbox, { broker: centre.broker, username: 'bp-041', password: postPassword });
  await uplink.start();
  await waitFor('every record of bp-041 acked', () => outbox.stats().records === 0);
  const stored = await server.query<{ seq: string }>("SELECT seq FROM records WHERE post_id = 'bp-041' ORDER BY seq", [], 'secure_centre');
  assert.equal(stored.map((row) => Number(row.seq)), [1, 2]);

  const wrong = await fetch(`${centre.api}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'duty', password: `${userPassword}x` }) });
  assert.is(wrong.status, 401);
  const login = await fetch(`${centre.api}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'duty', password: userPassword }) });
  assert.is(login.status, 200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const detections = (await (await fetch(`${centre.api}/api/detections?post=bp-041`, { headers: { cookie } })).json()) as unknown[];
  assert.is(detections.length, 1, JSON.stringify(detections));
  const audit = await server.query<{ actor: string; action: string; subject: string }>('SELECT actor, action, subject FROM audit ORDER BY id', [], 'secure_centre');
  assert.equal(audit.map((row) => `${row.actor} ${row.action} ${row.subject}`).slice(0, 2), ['cli user.add duty', 'cli post.add bp-041']);
  assert.ok(audit.some((row) => row.action === 'session.login' && row.subject === 'duty'), JSON.stringify(audit));
});

test.run();
