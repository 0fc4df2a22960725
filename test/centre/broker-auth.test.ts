import { test } from 'uvu';
import * as assert from 'uvu/assert';
import mqtt from 'mqtt';
import { join } from 'node:path';
import { v1 } from '../../wire/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { AccessAdmin } from '../../centre/access/admin.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { readingsEnvelope } from './centre-process.js';
import { detection, makeUplink, reading } from '../uplink/helpers.js';
import { MemoryOutbox } from '../uplink/memory-outbox.js';

let centre: RunningCentre | undefined;
let uplink: Uplink | undefined;
const clients: mqtt.MqttClient[] = [];
let passwords: Record<string, string> = {};

test.before.each(async () => {
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(tempDir(), 'centre.db'), secure: true });
  const admin = new AccessAdmin((centre.store as SqliteCentreStore).access);
  passwords = { 'bp-a': await admin.setPostPassword('cli', 'bp-a', undefined, false), 'bp-b': await admin.setPostPassword('cli', 'bp-b', undefined, false) };
});

test.after.each(async () => {
  for (const client of clients.splice(0)) client.end(true);
  await uplink?.stop();
  await centre?.stop();
  uplink = centre = undefined;
});

/** Connects; resolves with the client, or rejects with the broker's refusal. */
function connect(options: mqtt.IClientOptions): Promise<mqtt.MqttClient> {
  const client = mqtt.connect(centre?.brokerAddress as string, { reconnectPeriod: 0, connectTimeout: 5000, ...options });
  clients.push(client);
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('error', reject);
    client.once('close', () => reject(new Error('closed before CONNACK')));
  });
}

const closed = (client: mqtt.MqttClient): Promise<void> => new Promise((resolve) => (client.disconnected ? resolve() : client.once('close', () => resolve())));

test('a client without credentials, with a wrong password, or with another post\'s password is refused', async () => {
  for (const options of [{}, { username: 'bp-a', password: 'not-the-password' }, { username: 'bp-a', password: passwords['bp-b'] as string }, { username: '_centre', password: 'guess-guess-guess' }, { username: 'bp-unknown', password: 'whatever-whatever' }]) {
    const error = (await connect(options).then(
      () => undefined,
      (refusal: unknown) => refusal,
    )) as (Error & { code?: number }) | undefined;
    assert.ok(error !== undefined, `${JSON.stringify(options)} connected`);
    assert.match(String(error.message), /Bad username or password|Not authorized/i);
  }
});

test('post A publishing on B\'s topics is disconnected and nothing is stored for B; A cannot subscribe to B\'s acks or to wildcards', async () => {
  const a = await connect({ username: 'bp-a', password: passwords['bp-a'] as string });
  const outcomes: string[] = [];
  for (const topic of ['outpost/v1/bp-b/ack', 'outpost/v1/+/ack', 'outpost/v1/#', 'outpost/v1/bp-a/up', 'outpost/v1/bp-a/ack', 'outpost/v1/bp-a/cmd']) {
    // mqtt.js rejects a SUBACK failure (0x80) as "Unspecified error".
    outcomes.push(await a.subscribeAsync(topic, { qos: 1 }).then(() => 'granted', () => 'refused'));
  }
  assert.equal(outcomes, ['refused', 'refused', 'refused', 'refused', 'granted', 'granted']);
  const gone = closed(a);
  a.publish('outpost/v1/bp-b/up', Buffer.from(readingsEnvelope('bp-b', 7n, [1])), { qos: 1 });
  await gone;
  const b = await connect({ username: 'bp-b', password: passwords['bp-b'] as string });
  const goneB = closed(b);
  b.publish('outpost/v1/bp-a/state', Buffer.from('x'), { qos: 1, retain: true });
  await goneB;
  assert.is(centre?.stats().received, 0);
  assert.equal(await centre?.store.posts(), []);
});

test('a post publishing an Ack (even on its own ack topic) is refused: only the centre acks', async () => {
  const a = await connect({ username: 'bp-a', password: passwords['bp-a'] as string });
  const listener = await connect({ username: 'bp-a', password: passwords['bp-a'] as string, clientId: 'bp-a-listener' });
  const heard: string[] = [];
  listener.on('message', (topic) => heard.push(topic));
  await listener.subscribeAsync('outpost/v1/bp-a/ack', { qos: 1 });
  const gone = closed(a);
  a.publish('outpost/v1/bp-a/ack', Buffer.from(v1.Ack.encode({ storeId: 7, ranges: [{ first: 1, last: 3 }] }).finish()), { qos: 1 });
  await gone;
  // The listener is still connected and heard nothing: a round trip through the broker proves nothing was queued.
  await listener.publishAsync('outpost/v1/bp-a/state', Buffer.from(v1.PostState.encode({ postId: 'bp-a', status: v1.PostStatus.POST_STATUS_ONLINE, bootId: 'b1' }).finish()), { qos: 1 });
  assert.equal(heard, []);
});

test('a post with its password delivers end to end, and its acks reach it', async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(12.5), detection('geo-1:1')]);
  uplink = makeUplink('bp-a', outbox, { broker: centre?.brokerAddress, username: 'bp-a', password: passwords['bp-a'] });
  await uplink.start();
  await waitFor('every record acked', () => outbox.stats().records === 0);
  assert.equal((centre?.store as SqliteCentreStore).seqs('bp-a').map((row) => row.seq), [1, 2]);
  const [post] = (await centre?.store.posts()) ?? [];
  assert.is(post?.status, v1.PostStatus.POST_STATUS_ONLINE);
});

test('a reader logs in with a live API token: it reads every post\'s up and state, publishes nothing, and a revoked token is refused', async () => {
  const admin = new AccessAdmin((centre?.store as SqliteCentreStore).access);
  await admin.addUser('cli', 'duty', 'viewer', 'a-long-enough-password');
  const { token, secret } = await admin.addToken('cli', 'duty', 'sapient bridge', 'viewer');
  const reader = await connect({ username: '_reader', password: secret, clientId: 'reader-1' });
  const outcomes: string[] = [];
  for (const topic of ['outpost/v1/+/up', 'outpost/v1/bp-a/state', 'outpost/v1/+/ack', 'outpost/v1/bp-a/cmd', 'outpost/v1/#', '#']) {
    outcomes.push(await reader.subscribeAsync(topic, { qos: 1 }).then(() => 'granted', () => 'refused'));
  }
  assert.equal(outcomes, ['granted', 'granted', 'refused', 'refused', 'refused', 'refused']);
  const heard: string[] = [];
  reader.on('message', (topic) => heard.push(topic));
  const a = await connect({ username: 'bp-a', password: passwords['bp-a'] as string });
  await a.publishAsync('outpost/v1/bp-a/up', Buffer.from(readingsEnvelope('bp-a', 7n, [1])), { qos: 1 });
  await waitFor('the reader hears the post', () => heard.includes('outpost/v1/bp-a/up'));
  const gone = closed(reader);
  reader.publish('outpost/v1/bp-a/ack', Buffer.from(v1.Ack.encode({ storeId: 7, ranges: [{ first: 1, last: 1 }] }).finish()), { qos: 1 });
  await gone;
  await admin.revokeToken('cli', token.id);
  const refusal = await connect({ username: '_reader', password: secret, clientId: 'reader-2' }).then(() => undefined, (error: unknown) => error);
  assert.ok(refusal !== undefined, 'a revoked token still logs in');
  const guess = await connect({ username: '_reader', password: 'opc_guess', clientId: 'reader-3' }).then(() => undefined, (error: unknown) => error);
  assert.ok(guess !== undefined, 'a made-up token logs in');
});

test.run();
