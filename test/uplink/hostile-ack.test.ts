import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import Long from 'long';
import mqtt from 'mqtt';
import { createLogger, silentLogger } from '../../kernel/logger.js';
import type { SqliteOutbox } from '../../agent/outbox/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../centre/embedded-broker.js';
import { readEnvelope, type ReadEnvelope } from '../../centre/envelope-reader.js';
import { v1 } from '../../wire/index.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { makeUplink, openOutbox, reading } from './helpers.js';

/**
 * Acks a hostile or broken peer could publish on the post's ack topic, against the real SQLite
 * outbox: they must neither delete records that were never sent nor blow up the post's memory.
 */
let broker: EmbeddedBroker | undefined;
let peer: mqtt.MqttClient | undefined;
let uplink: Uplink | undefined;
let outbox: SqliteOutbox | undefined;
const envelopes: ReadEnvelope[] = [];
const lines: Record<string, unknown>[] = [];

test.before.each(async () => {
  envelopes.length = 0;
  lines.length = 0;
  broker = await startEmbeddedBroker('127.0.0.1:0', silentLogger());
  const client = mqtt.connect(broker.url, { reconnectPeriod: 0 });
  peer = client;
  client.on('message', (_topic, payload) => envelopes.push(readEnvelope(payload)));
  await new Promise<void>((resolve) => client.once('connect', () => resolve()));
  await client.subscribeAsync('outpost/v1/+/up', { qos: 1 });
});

test.after.each(async () => {
  await uplink?.stop();
  await outbox?.close();
  peer?.end(true);
  await broker?.close();
  uplink = outbox = peer = broker = undefined;
});

function capturedLog(): ReturnType<typeof createLogger> {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim() !== '') lines.push(JSON.parse(text) as Record<string, unknown>);
  });
  return createLogger({ destination: stream, pretty: false, level: 'info' });
}

function ackBytes(storeId: bigint, ranges: [number, number][]): Buffer {
  const bytes = v1.Ack.encode({ storeId: Long.fromString(BigInt.asUintN(64, storeId).toString(), true), ranges: ranges.map(([first, last]) => ({ first, last })) }).finish();
  return Buffer.from(bytes);
}

async function startWithRecords(count: number): Promise<{ uplink: Uplink; outbox: SqliteOutbox }> {
  const dir = tempDir('hostile-ack-');
  const store = openOutbox(dir);
  outbox = store;
  await store.enqueue(Array.from({ length: count }, (_, index) => reading(index)));
  // One record per envelope, one envelope at a time: seq 1 is in flight, 2.. were never sent.
  const link = makeUplink('bp-066', store, { broker: (broker as EmbeddedBroker).url, in_flight: 1, batch: { max_records: 1 }, ack_timeout: '60s' }, { log: capturedLog() });
  uplink = link;
  await link.start();
  await waitFor('the first envelope', () => envelopes.length === 1);
  return { uplink: link, outbox: store };
}

test('an ack for 1..2^53 settles only the seq in flight; the never-sent records stay, the rest is counted and logged once', async () => {
  const { uplink: link, outbox: store } = await startWithRecords(5);
  const everything = ackBytes(store.storeId, [[1, Number.MAX_SAFE_INTEGER]]);
  await (peer as mqtt.MqttClient).publishAsync('outpost/v1/bp-066/ack', everything, { qos: 1 });
  await waitFor('the second envelope', () => envelopes.length === 2);
  assert.equal(envelopes[1]?.records.map((entry) => entry.seq), [2]);
  await (peer as mqtt.MqttClient).publishAsync('outpost/v1/bp-066/ack', everything, { qos: 1 });
  await waitFor('the third envelope', () => envelopes.length === 3);
  assert.is(store.stats().records, 3, 'seqs 3..5 were never sent and are still waiting');
  const counters = link.health().counters ?? {};
  assert.is(counters['ignored_ack_seqs'], 2 * (Number.MAX_SAFE_INTEGER - 1));
  assert.is(lines.filter((line) => String(line['msg']).includes('not in flight')).length, 1, 'logged once, not per ack');
});

test('an ack with a million ranges is refused by its size before decoding; counted, logged once, nothing deleted', async () => {
  const { uplink: link, outbox: store } = await startWithRecords(3);
  const ranges: [number, number][] = Array.from({ length: 1_000_000 }, (_, index) => [2 * index + 1, 2 * index + 1]);
  const huge = ackBytes(store.storeId, ranges);
  assert.ok(huge.length > 4_000_000, `${huge.length} bytes`);
  const before = process.memoryUsage().heapUsed;
  for (let round = 0; round < 2; round++) await (peer as mqtt.MqttClient).publishAsync('outpost/v1/bp-066/ack', huge, { qos: 1 });
  await waitFor('both counted', () => link.health().counters?.['unusable_acks'] === 2);
  assert.is(store.stats().records, 3, 'nothing deleted');
  assert.is(envelopes.length, 1, 'the envelope in flight still waits for a real ack');
  // Decoding a million ranges costs hundreds of MB of heap; refusing by length costs the payload.
  assert.ok(process.memoryUsage().heapUsed - before < 100 * 1024 * 1024, `heap grew by ${process.memoryUsage().heapUsed - before} bytes`);
  assert.is(lines.filter((line) => String(line['msg']).includes('unusable ack')).length, 1);
  // A small ack with more ranges than can be in flight is refused too.
  const many = ackBytes(store.storeId, Array.from({ length: 2 }, (_, index) => [index + 1, index + 1]));
  await (peer as mqtt.MqttClient).publishAsync('outpost/v1/bp-066/ack', many, { qos: 1 });
  await waitFor('the third counted', () => link.health().counters?.['unusable_acks'] === 3);
  assert.is(store.stats().records, 3);
});

test.run();
