import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Long from 'long';
import mqtt from 'mqtt';
import { decodeEnvelope, toNumber, v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../centre/embedded-broker.js';
import { readEnvelope, type ReadEnvelope } from '../../centre/envelope-reader.js';
import { waitFor } from '../support/net.js';
import { detection, makeUplink, reading } from './helpers.js';
import { MemoryOutbox } from './memory-outbox.js';
import { TcpProxy } from './tcp-proxy.js';

/**
 * The send loop against a scripted centre: a plain MQTT client on an in-process broker that
 * records every envelope and acks only when the test says so.
 */
const test = suite('uplink send loop');

let broker: EmbeddedBroker | undefined;
let centre: mqtt.MqttClient | undefined;
let uplink: Uplink | undefined;
let proxy: TcpProxy | undefined;
const envelopes: ReadEnvelope[] = [];
const payloads: Buffer[] = [];
const states: { status: number; retain: boolean }[] = [];

test.before.each(async () => {
  envelopes.length = 0;
  payloads.length = 0;
  states.length = 0;
  broker = await startEmbeddedBroker('127.0.0.1:0', silentLogger());
  const client = mqtt.connect(broker.url, { reconnectPeriod: 0 });
  centre = client;
  client.on('message', (topic, payload, packet) => {
    if (topic.endsWith('/up')) {
      payloads.push(payload);
      envelopes.push(readEnvelope(payload));
    } else if (topic.endsWith('/state')) states.push({ status: v1.PostState.decode(payload).status, retain: packet.retain });
  });
  await new Promise<void>((resolve) => client.once('connect', () => resolve()));
  await client.subscribeAsync({ 'outpost/v1/+/up': { qos: 1 }, 'outpost/v1/+/state': { qos: 1 } });
});

test.after.each(async () => {
  await uplink?.stop();
  centre?.end(true);
  await proxy?.close();
  await broker?.close();
  uplink = centre = proxy = broker = undefined;
});

function ack(storeId: bigint, ranges: [number, number][], rejected: [number, number][] = [], reason = ''): Promise<unknown> {
  const bytes = v1.Ack.encode({
    storeId: Long.fromString(BigInt.asUintN(64, storeId).toString(), true),
    ranges: ranges.map(([first, last]) => ({ first, last })),
    rejected: rejected.map(([first, last]) => ({ first, last })),
    reason,
  }).finish();
  return (centre as mqtt.MqttClient).publishAsync('outpost/v1/bp-010/ack', Buffer.from(bytes), { qos: 1 });
}

const seqsOf = (envelope: ReadEnvelope): number[] => envelope.records.map((entry) => entry.seq);

test('an envelope carries the stored record bytes verbatim and decodes (protobufjs) as the records enqueued', async () => {
  const outbox = new MemoryOutbox();
  const records = [reading(11), detection('geo-1:7'), reading(12)];
  await outbox.enqueue(records);
  uplink = makeUplink('bp-010', outbox, { broker: (broker as EmbeddedBroker).url, compression: 'none' }, { clock: () => 1_800_000_000_123 });
  await uplink.start();
  await waitFor('an envelope', () => payloads.length > 0);
  const envelope = decodeEnvelope(payloads[0] as Buffer);
  assert.is(envelope.postId, 'bp-010');
  assert.is(BigInt.asUintN(64, BigInt(String(envelope.storeId))), outbox.storeId);
  assert.is(toNumber(envelope.sentUnixMs), 1_800_000_000_123);
  // Alarms drain first: the detection (seq 2) leads.
  assert.equal(envelope.records.map((record) => toNumber(record.seq)), [2, 1, 3]);
  assert.is(envelope.records[0]?.detection?.id, 'geo-1:7');
  assert.equal(envelope.records[1]?.reading?.samples?.[0]?.values, [11]);
  const payload = payloads[0] as Buffer;
  for (const seq of [1, 2, 3]) assert.ok(payload.includes(Buffer.from(outbox.bytesOf(seq))), `record ${seq} appears byte for byte`);
  assert.equal(states.map((state) => state.status), [v1.PostStatus.POST_STATUS_ONLINE]);
});

test('with deflate a batch travels compressed, smaller, and inflates to the stored bytes', async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue(Array.from({ length: 40 }, (_, index) => reading(index)));
  const stored = Array.from({ length: 40 }, (_, index) => Buffer.from(outbox.bytesOf(index + 1)));
  uplink = makeUplink('bp-010', outbox, { broker: (broker as EmbeddedBroker).url });
  await uplink.start();
  await waitFor('an envelope', () => envelopes.length > 0);
  const envelope = envelopes[0] as ReadEnvelope;
  assert.equal(seqsOf(envelope), Array.from({ length: 40 }, (_, index) => index + 1));
  envelope.records.forEach((entry, index) => assert.ok(Buffer.from(entry.bytes).equals(stored[index] as Buffer), `record ${index + 1} byte for byte`));
  assert.is(v1.Envelope.decode(payloads[0] as Buffer).records.length, 0, 'nothing in field 3: all in deflated_records');
  assert.is(decodeEnvelope(payloads[0] as Buffer).records.length, 40, 'the codec inflates them for any reader');
  const raw = stored.reduce((sum, bytes) => sum + bytes.length, 0);
  assert.ok((payloads[0] as Buffer).length < raw / 2, `compressed ${(payloads[0] as Buffer).length} bytes vs ${raw} raw`);
});

test('acks for another store are ignored; the right ack deletes; rejected seqs are dropped and counted', async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1), reading(2), reading(3)]);
  uplink = makeUplink('bp-010', outbox, { broker: (broker as EmbeddedBroker).url });
  await uplink.start();
  await waitFor('an envelope', () => envelopes.length > 0);
  await ack(outbox.storeId + 1n, [[1, 3]]);
  await ack(outbox.storeId, [[1, 1]], [[2, 3]], 'no body this centre knows');
  await waitFor('the outbox to empty', () => outbox.stats().records === 0);
  const counters = uplink.health().counters ?? {};
  assert.is(counters['rejected'], 2);
  assert.is(counters['acks'], 1, 'the foreign ack is not counted');
  assert.is(envelopes.length, 1, 'nothing resent');
});

test('no more than in_flight envelopes wait for acks; an ack opens the window', async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue([1, 2, 3, 4, 5].map(reading));
  uplink = makeUplink('bp-010', outbox, { broker: (broker as EmbeddedBroker).url, in_flight: 2, batch: { max_records: 1 }, ack_timeout: '60s' });
  await uplink.start();
  await waitFor('two envelopes', () => envelopes.length === 2);
  // A negative needs a pause: the loop had every chance to send a third one by now.
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.is(envelopes.length, 2);
  assert.is(uplink.health().counters?.['in_flight'], 2);
  await ack(outbox.storeId, [[1, 1]]);
  await waitFor('a third envelope', () => envelopes.length === 3);
  assert.equal(seqsOf(envelopes[2] as ReadEnvelope), [3]);
});

test('without an ack in time the same seqs go out again', async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1), reading(2)]);
  uplink = makeUplink('bp-010', outbox, { broker: (broker as EmbeddedBroker).url, ack_timeout: '300ms' });
  await uplink.start();
  await waitFor('a resend', () => envelopes.length >= 2);
  assert.equal(seqsOf(envelopes[1] as ReadEnvelope), seqsOf(envelopes[0] as ReadEnvelope));
  assert.ok((uplink.health().counters?.['resends'] ?? 0) >= 1);
  await ack(outbox.storeId, [[1, 2]]);
  await waitFor('the outbox to empty', () => outbox.stats().records === 0);
  assert.ok(uplink.linkVitals().ackRttMs !== undefined);
});

test('stop waits for the acks in flight before it says OFFLINE and leaves', async () => {
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(1), reading(2)]);
  uplink = makeUplink('bp-010', outbox, { broker: (broker as EmbeddedBroker).url });
  await uplink.start();
  await waitFor('an envelope', () => envelopes.length === 1);
  const stopping = uplink.stop();
  await ack(outbox.storeId, [[1, 2]]);
  await stopping;
  assert.is(outbox.stats().records, 0, 'the ack that came in during stop was applied');
  assert.is(outbox.released, 0, 'nothing had to be given back');
  await waitFor('offline', () => states.at(-1)?.status === v1.PostStatus.POST_STATUS_OFFLINE);
});

test('linger holds readings back to share an envelope until an alarm arrives or a batch is full', async () => {
  const outbox = new MemoryOutbox();
  uplink = makeUplink('bp-010', outbox, { broker: (broker as EmbeddedBroker).url, linger: '60s', batch: { max_records: 6 } });
  await uplink.start();
  await waitFor('connected', () => states.length === 1);
  await outbox.enqueue([reading(1), reading(2), reading(3)]);
  // A negative needs a pause: without linger these would be out within one idle poll (20 ms).
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.is(envelopes.length, 0, 'readings wait');
  await outbox.enqueue([detection('geo-1:9')]);
  await waitFor('the alarm to end the wait', () => envelopes.length === 1);
  assert.equal(seqsOf(envelopes[0] as ReadEnvelope), [4, 1, 2, 3]);
  await ack(outbox.storeId, [[1, 4]]);
  await waitFor('acked', () => outbox.stats().records === 0);
  await outbox.enqueue([5, 6, 7, 8, 9, 10].map(reading));
  await waitFor('a full batch to go at once', () => envelopes.length === 2);
  assert.equal(seqsOf(envelopes[1] as ReadEnvelope), [5, 6, 7, 8, 9, 10]);
});

test('a dropped link leaves the retained state LOST (the will); reconnecting says ONLINE; a clean stop says OFFLINE', async () => {
  proxy = await TcpProxy.start(Number(new URL((broker as EmbeddedBroker).url).port));
  const outbox = new MemoryOutbox();
  uplink = makeUplink('bp-010', outbox, { broker: proxy.url, reconnect: { min: '100ms', max: '200ms' } });
  await uplink.start();
  await waitFor('online', () => states.length === 1);
  proxy.cut();
  await waitFor('the will', () => states.some((state) => state.status === v1.PostStatus.POST_STATUS_LOST));
  proxy.restore();
  await waitFor('online again', () => states.filter((state) => state.status === v1.PostStatus.POST_STATUS_ONLINE).length === 2);
  assert.is(uplink.linkVitals().reconnects, 1);
  await uplink.stop();
  await waitFor('offline', () => states.at(-1)?.status === v1.PostStatus.POST_STATUS_OFFLINE);
  const retained = await new Promise<number>((resolve) => {
    const late = mqtt.connect((broker as EmbeddedBroker).url, { reconnectPeriod: 0 });
    late.on('message', (_topic, payload) => {
      late.end(true);
      resolve(v1.PostState.decode(payload).status);
    });
    late.once('connect', () => void late.subscribeAsync('outpost/v1/bp-010/state'));
  });
  assert.is(retained, v1.PostStatus.POST_STATUS_OFFLINE, 'a centre that connects later sees the retained OFFLINE');
});

test.run();
