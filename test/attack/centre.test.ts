import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type mqtt from 'mqtt';
import { statSync } from 'node:fs';
import { connect } from 'node:net';
import { deflateRawSync } from 'node:zlib';
import { MAX_ENVELOPE_BYTES, MAX_ENVELOPE_RECORDS, toUnsignedString, v1, type outpost } from '../../wire/index.js';
import type { CentreStats } from '../../centre/index.js';
import { longestStall, readingsEnvelope, startCentreProcess, type CentreProcess } from '../centre/centre-process.js';
import { waitFor } from '../support/net.js';

// Hostile input thrown at a real `outpost centre` process: it must stay up, refuse and count
// what is bad, keep its event loop responsive, and still store a good envelope afterwards.
const test = suite('attack: outpost centre');
const POST = 'bp-attack';
const STORE = 4242n;

let centre: CentreProcess;
let post: mqtt.MqttClient;
const acks: outpost.v1.Ack[] = [];

test.before(async () => {
  // umask 000: the database must still be private.
  centre = await startCentreProcess([], { umask: '000' });
  post = await centre.client();
  post.on('message', (_topic, payload) => acks.push(v1.Ack.decode(payload)));
  await post.subscribeAsync(`outpost/v1/${POST}/ack`, { qos: 1 });
});

test.after(async () => {
  post.end(true);
  await centre.peer.stop();
});

/** Sends an HTTP request line as written (fetch would normalise it) and gives the status code. */
function rawStatus(target: string): Promise<number> {
  const { port, hostname } = new URL(centre.api);
  return new Promise((resolve, reject) => {
    const socket = connect({ port: Number(port), host: hostname });
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (status === null) reject(new Error(`no HTTP answer to GET ${target}: "${text.slice(0, 100)}"`));
      else resolve(Number(status[1]));
    });
    socket.write(`GET ${target} HTTP/1.1\r\nHost: centre\r\nConnection: close\r\n\r\n`);
  });
}

async function publish(payload: Uint8Array, topicPost = POST): Promise<void> {
  await post.publishAsync(`outpost/v1/${topicPost}/up`, Buffer.from(payload), { qos: 1 });
}

async function afterCounting(before: CentreStats, key: keyof CentreStats, more: number): Promise<CentreStats> {
  return waitFor(`stats.${key} to grow by ${more}`, async () => {
    const stats = await centre.stats();
    return stats[key] >= before[key] + more ? stats : undefined;
  });
}

/** A good envelope still goes in and is acked. */
async function stillIngests(seq: number): Promise<void> {
  const before = await centre.stats();
  await publish(readingsEnvelope(POST, STORE, [seq]));
  await afterCounting(before, 'stored', 1);
  await waitFor(`the ack of seq ${seq}`, () => acks.some((ack) => (ack.ranges ?? []).some((range) => Number(range.first) <= seq && Number(range.last) >= seq)));
}

test('hostile request paths get a 4xx, never a crash or a 500', async () => {
  for (const target of ['//', '//[', '/api/posts/%', '/api/posts/%E0%A4%A', '//api//stats', 'http://[', '/api/posts/%zz?limit=-1', `/${'x'.repeat(8000)}`]) {
    const status = await rawStatus(target);
    assert.ok(status >= 400 && status < 500, `GET ${target.slice(0, 40)} answered ${status}`);
  }
  assert.is(await rawStatus('/api/posts/%'), 400, 'a bad percent-encoding is a 400');
  assert.is((await centre.get('/api/stats')).status, 200, 'the centre still serves');
});

test('DEFLATE bombs and oversized envelopes are refused as malformed within the event-loop budget, once each', async () => {
  const empties = (bytes: number): Buffer => {
    const entries = Buffer.alloc(bytes);
    for (let at = 0; at < bytes; at += 2) entries[at] = 0x1a; // field 3, length 0: an empty record
    return entries;
  };
  const bomb64 = v1.Envelope.encode({ postId: POST, storeId: Number(STORE), deflatedRecords: deflateRawSync(empties(64 * 1024 * 1024), { level: 9 }) }).finish();
  assert.ok(bomb64.length < 100 * 1024, `the 64 MiB bomb is ${bomb64.length} bytes on the wire`);
  // Under the byte limit, far over the record limit: refused by counting, not by decoding.
  const manyDeflated = v1.Envelope.encode({ postId: POST, storeId: Number(STORE), deflatedRecords: deflateRawSync(empties(MAX_ENVELOPE_BYTES - 1024)) }).finish();
  const manyPlain = Buffer.concat([v1.Envelope.encode({ postId: POST, storeId: Number(STORE) }).finish(), empties(2 * (MAX_ENVELOPE_RECORDS + 1))]);
  const good = v1.Envelope.decode(readingsEnvelope(POST, STORE, [7001]));
  const block = deflateRawSync(v1.Envelope.encode({ records: good.records }).finish());
  const twoBlocks = Buffer.concat([v1.Envelope.encode({ postId: POST, storeId: Number(STORE), deflatedRecords: block }).finish(), v1.Envelope.encode({ deflatedRecords: block }).finish()]);
  const oversized = Buffer.concat([v1.Envelope.encode({ postId: POST, storeId: Number(STORE) }).finish(), Buffer.from([0x22]), Buffer.from([0x80, 0x80, 0x80, 0x08]), Buffer.alloc(MAX_ENVELOPE_BYTES)]);

  const unknownFlood = Buffer.alloc(MAX_ENVELOPE_BYTES - 64);
  for (let at = 0; at < unknownFlood.length; at += 2) unknownFlood.set([0x30, 0x01], at); // field 6 = 1, four million times
  const flood = Buffer.concat([v1.Envelope.encode({ postId: POST, storeId: Number(STORE) }).finish(), unknownFlood]);

  const before = await centre.stats();
  const hostile = [bomb64, manyDeflated, manyPlain, twoBlocks, oversized, flood];
  let stall = 0;
  for (const [index, payload] of hostile.entries()) {
    const sent = (async () => {
      await publish(payload);
      await afterCounting(before, 'malformed', index + 1);
    })();
    const one = await longestStall(centre, sent);
    stall = Math.max(stall, one);
    await sent;
  }
  console.log(`centre longest stall while refusing ${hostile.length} hostile envelopes: ${Math.round(stall)} ms`);
  assert.ok(stall < 400, `the centre's event loop stalled ${Math.round(stall)} ms (budget ~100 ms, 400 under test load)`);
  await stillIngests(7002);
  const after = await centre.stats();
  assert.is(after.malformed, before.malformed + hostile.length, 'each counted once: acked to the broker, not redelivered');
  assert.is(after.received, before.received + hostile.length + 1);
  assert.not.ok((await centre.get('/api/readings?post=bp-attack&limit=1000')).body.includes('"seq":"7001"'), 'the two-block envelope stored nothing');
});

test('seq 0 and seqs above 2^53-1 are refused, counted and named; 2^53+1 is never a duplicate of 2^53', async () => {
  const before = await centre.stats();
  const big = 2n ** 53n + 1n;
  acks.length = 0;
  await publish(readingsEnvelope(POST, STORE, [8001, 0, 2n ** 53n, big]));
  const after = await afterCounting(before, 'rejectedRecords', 3);
  assert.is(after.stored, before.stored + 1);
  assert.is(after.duplicates, before.duplicates);
  const ack = await waitFor('the ack', () => acks.find((entry) => (entry.rejected ?? []).length > 0));
  const rejected = (ack.rejected ?? []).map((range) => [toUnsignedString(range.first), toUnsignedString(range.last)]);
  assert.equal(rejected, [[(2n ** 53n).toString(), big.toString()]], 'exact 64-bit seqs in Ack.rejected, seq 0 left out');
  assert.match(ack.reason ?? '', /above 9007199254740991/);
  assert.match(centre.peer.output(), /seq 0 is not a record number/);
});

test('a retained state stamped decades ahead does not freeze a post: boot and arrival order it', async () => {
  const farFuture = Date.now() + 80 * 365 * 24 * 3600 * 1000;
  const state = (bootId: string, status: outpost.v1.PostStatus, timeUnixMs: number): Buffer =>
    Buffer.from(v1.PostState.encode({ postId: 'bp-clock', status, bootId, timeUnixMs, startedUnixMs: timeUnixMs }).finish());
  await post.publishAsync('outpost/v1/bp-clock/state', state('boot-a', v1.PostStatus.POST_STATUS_OFFLINE, farFuture), { qos: 1, retain: true });
  await waitFor('the far-future state', async () => (await centre.get('/api/posts/bp-clock')).status === 200);
  await post.publishAsync('outpost/v1/bp-clock/state', state('boot-b', v1.PostStatus.POST_STATUS_ONLINE, Date.now()), { qos: 1, retain: true });
  const online = await waitFor('the post online', async () => (JSON.parse((await centre.get('/api/posts/bp-clock')).body) as { online: boolean; bootId: string }).bootId === 'boot-b');
  assert.ok(online);
  assert.is((JSON.parse((await centre.get('/api/posts/bp-clock')).body) as { online: boolean }).online, true);
  // The previous boot's late will does not take it back.
  await post.publishAsync('outpost/v1/bp-clock/state', state('boot-a', v1.PostStatus.POST_STATUS_LOST, farFuture), { qos: 1 });
  await post.publishAsync('outpost/v1/bp-clock/state', state('boot-b', v1.PostStatus.POST_STATUS_ONLINE, Date.now()), { qos: 1 });
  await waitFor('both states handled', async () => (centre.peer.output().match(/post bp-clock is online/g) ?? []).length >= 2);
  assert.is((JSON.parse((await centre.get('/api/posts/bp-clock')).body) as { status: string }).status, 'online');
  await post.publishAsync('outpost/v1/bp-clock/state', '', { qos: 1, retain: true });
});

test('the database and its WAL files are private (0600) even under umask 000', async () => {
  await stillIngests(9001);
  for (const suffix of ['', '-wal', '-shm']) {
    const mode = statSync(`${centre.db}${suffix}`).mode & 0o777;
    assert.is(mode.toString(8), '600', `centre.db${suffix} mode`);
  }
});

test('the default MQTT client id is unguessable (random per start)', () => {
  const subscribed = /"clientId":"([^"]+)"[^\n]*centre subscribed to every post/.exec(centre.peer.output()) ?? /centre subscribed to every post[^\n]*"clientId":"([^"]+)"/.exec(centre.peer.output());
  assert.ok(subscribed, 'the log names the client id');
  assert.match(subscribed[1] as string, /^outpost-centre-.+-[0-9a-f]{16}$/);
});

test('after all that the process is still up and ingesting', async () => {
  assert.is(centre.peer.child.exitCode, null);
  await stillIngests(9002);
});

test.run();
