import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { readFileSync } from 'node:fs';
import { v1 } from '../../wire/index.js';
import { writeEnvelope, type Uplink } from '../../agent/uplink/index.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { makeUplink, reading } from './helpers.js';
import { MemoryOutbox } from './memory-outbox.js';
import { Mosquitto } from './mosquitto.js';
import { TestPki, type Identity } from './test-pki.js';

let broker: Mosquitto | undefined;
let centre: RunningCentre | undefined;
const uplinks: Uplink[] = [];
const clients: mqtt.MqttClient[] = [];

test.after.each(async () => {
  for (const client of clients.splice(0)) client.end(true);
  for (const uplink of uplinks.splice(0)) await uplink.stop();
  await centre?.stop();
  await broker?.stop();
  centre = broker = undefined;
});

/** Mosquitto demanding a client certificate whose CN becomes the username, and an ACL keyed on it. */
async function secureBroker(dir: string, pki: TestPki): Promise<Mosquitto> {
  const server = pki.issue('localhost', ['DNS:localhost', 'IP:127.0.0.1']);
  const acl = join(dir, 'acl');
  writeFileSync(
    acl,
    [
      '# each post may only write its own up/state and read its own ack',
      'pattern write outpost/v1/%u/up',
      'pattern write outpost/v1/%u/state',
      'pattern read outpost/v1/%u/ack',
      '',
      'user centre',
      'topic read outpost/v1/+/up',
      'topic read outpost/v1/+/state',
      'topic write outpost/v1/+/ack',
    ].join('\n') + '\n',
  );
  return Mosquitto.start(dir, {
    extra: [`cafile ${pki.ca}`, `certfile ${server.cert}`, `keyfile ${server.key}`, 'require_certificate true', 'use_identity_as_username true', 'allow_anonymous false', `acl_file ${acl}`],
  });
}

function rawClient(url: string, pki: TestPki, identity: Identity): mqtt.MqttClient {
  const client = mqtt.connect(url, { ca: readFileSync(pki.ca), cert: readFileSync(identity.cert), key: readFileSync(identity.key), protocolVersion: 5, reconnectPeriod: 0, clientId: `raw-${Math.random()}` });
  clients.push(client);
  return client;
}

function envelopeBytes(postId: string, seq: number): Buffer {
  const record = v1.Record.encode({ seq, timeUnixMs: Date.now(), priority: v1.Priority.PRIORITY_STATUS, reading: { sensor: 'power', channels: [{ name: 'v', unit: 'V' }], samples: [{ values: [1] }] } }).finish();
  return Buffer.from(writeEnvelope({ postId, storeId: 77n }, [{ bytes: record }], Date.now()));
}

test('mutual TLS: posts and centre authenticate by certificate; the ACL stops post A writing as post B; the centre refuses a post id that differs from its topic', async () => {
  const dir = tempDir();
  const pki = TestPki.create(dir);
  broker = await secureBroker(dir, pki);
  const url = `mqtts://localhost:${broker.port}`;
  const centreId = pki.issue('centre');
  centre = await startCentre({ broker: url, db: join(dir, 'centre.db'), clientId: 'centre', security: { ca: pki.ca, cert: centreId.cert, key: centreId.key } });

  const postA = pki.issue('bp-a');
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1), reading(2), reading(3)]);
  const uplink = makeUplink('bp-a', outbox, { broker: url, ca: pki.ca, cert: postA.cert, key: postA.key });
  uplinks.push(uplink);
  await uplink.start();
  await waitFor('post A drained over mutual TLS', () => outbox.stats().records === 0);
  const store = centre.store as SqliteCentreStore;
  assert.equal(store.seqs('bp-a').map((row) => row.seq), [1, 2, 3]);

  // Post A, holding its own certificate, tries to publish as post B: the broker refuses (MQTT 5 reason code).
  const intruder = rawClient(url, pki, postA);
  await new Promise<void>((resolve, reject) => {
    intruder.once('connect', () => resolve());
    intruder.once('error', reject);
  });
  const refusal = await intruder.publishAsync('outpost/v1/bp-b/up', envelopeBytes('bp-b', 1), { qos: 1 }).then(
    () => undefined,
    (error: unknown) => error as { code?: number; message: string },
  );
  assert.ok(refusal !== undefined, 'the broker must refuse post A publishing on post B topics');
  assert.is(refusal.code, 135, `expected reason code 135 (not authorized), got ${String(refusal.code)}: ${refusal.message}`);

  // On its own topic, post A claims to be post B: the ACL lets it through, the centre refuses it.
  await intruder.publishAsync('outpost/v1/bp-a/up', envelopeBytes('bp-b', 1), { qos: 1 });
  await waitFor('the centre to refuse the envelope', () => (centre as RunningCentre).stats().rejected === 1);
  assert.equal(store.seqs('bp-b'), []);
  assert.is(centre.stats().stored, 3);
});

test('the broker certificate name is checked: a wrong server_name is a fault in health, and nothing is sent', async () => {
  const dir = tempDir();
  const pki = TestPki.create(dir);
  broker = await secureBroker(dir, pki);
  const postA = pki.issue('bp-a');
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1)]);
  const uplink = makeUplink('bp-a', outbox, { broker: `mqtts://127.0.0.1:${broker.port}`, ca: pki.ca, cert: postA.cert, key: postA.key, server_name: 'centre.example.org' });
  uplinks.push(uplink);
  await uplink.start();
  const health = await waitFor('a fault in health', () => (uplink.health().status === 'fault' ? uplink.health() : undefined));
  assert.match(health.message ?? '', /server_name|expected name/);
  assert.is(uplink.linkVitals().recordsSent, 0);
  assert.is(outbox.stats().records, 1);
});

test.run();
