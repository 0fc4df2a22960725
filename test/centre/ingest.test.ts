import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createLogger } from '../../kernel/logger.js';
import mqtt from 'mqtt';
import { toNumber, v1, type outpost } from '../../wire/index.js';
import { writeEnvelope } from '../../agent/uplink/index.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import { toSeqRanges } from '../../centre/ingest.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

const test = suite('centre ingest');
const STORE = 991n;

let centre: RunningCentre | undefined;
let post: mqtt.MqttClient | undefined;
const acks: outpost.v1.Ack[] = [];
const logLines: Record<string, unknown>[] = [];

test.before.each(async () => {
  acks.length = 0;
  logLines.length = 0;
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunk.toString('utf8').split('\n').filter((text) => text.trim() !== '').forEach((text) => logLines.push(JSON.parse(text) as Record<string, unknown>)));
  const log = createLogger({ destination: stream, pretty: false, level: 'info' });
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(tempDir(), 'centre.db'), log });
  const client = mqtt.connect(centre.brokerAddress, { reconnectPeriod: 0 });
  post = client;
  client.on('message', (_topic, payload) => acks.push(v1.Ack.decode(payload)));
  await new Promise<void>((resolve) => client.once('connect', () => resolve()));
  await client.subscribeAsync('outpost/v1/bp-020/ack', { qos: 1 });
});

test.after.each(async () => {
  post?.end(true);
  await centre?.stop();
  post = centre = undefined;
});

function record(seq: number, body: Partial<outpost.v1.IRecord>, priority = v1.Priority.PRIORITY_STATUS): Uint8Array {
  return v1.Record.encode({ seq, timeUnixMs: 1_750_000_000_000 + seq, priority, ...body }).finish();
}

const reading = (seq: number): Uint8Array => record(seq, { reading: { sensor: 'power', channels: [{ name: 'v', unit: 'V' }], samples: [{ values: [seq] }] } });

function send(payload: Uint8Array, topicPost = 'bp-020'): Promise<unknown> {
  return (post as mqtt.MqttClient).publishAsync(`outpost/v1/${topicPost}/up`, Buffer.from(payload), { qos: 1 });
}

function envelope(records: Uint8Array[], postId = 'bp-020'): Uint8Array {
  return writeEnvelope({ postId, storeId: STORE }, records.map((bytes) => ({ bytes })), Date.now());
}

const ranges = (list: outpost.v1.ISeqRange[] | null | undefined): [number, number][] => (list ?? []).map((range) => [toNumber(range.first), toNumber(range.last)]);

test('malformed payloads (garbage, truncated, another message type, bad deflate) are counted and the centre keeps serving', async () => {
  const good = envelope([reading(1), reading(2)]);
  await send(Buffer.from('definitely not protobuf \x00\xff\xff\xff', 'latin1'));
  // Cut inside the second record (the send time, last, is 7 bytes).
  await send(good.subarray(0, good.length - 12));
  await send(v1.PostState.encode({ postId: 'bp-020', status: v1.PostStatus.POST_STATUS_ONLINE, bootId: 'x' }).finish());
  await send(v1.Envelope.encode({ postId: 'bp-020', storeId: 5, deflatedRecords: Buffer.from('not deflate at all') }).finish());
  await send(good);
  await waitFor('the good envelope acked', () => acks.length === 1);
  const stats = (centre as RunningCentre).stats();
  assert.is(stats.malformed, 4);
  const warnings = logLines.filter((line) => line['level'] === 40 && line['post'] === 'bp-020' && /malformed payload on the up topic/.test(String(line['msg'])));
  assert.is(warnings.length, 4, 'each one logged, naming the post');
  assert.ok(warnings.some((line) => /truncated/.test(String(line['err']))), 'the reason is in the log');
  assert.is(stats.stored, 2);
  assert.equal(ranges(acks[0]?.ranges), [[1, 2]]);
  assert.is(toNumber(acks[0]?.storeId as number), Number(STORE));
});

test('a resent envelope is acked again but stored once', async () => {
  const payload = envelope([reading(5), reading(6), reading(8)]);
  await send(payload);
  await waitFor('the first ack', () => acks.length === 1);
  await send(payload);
  await waitFor('two acks', () => acks.length === 2);
  assert.equal(ranges(acks[0]?.ranges), [[5, 6], [8, 8]]);
  assert.equal(ranges(acks[1]?.ranges), ranges(acks[0]?.ranges));
  assert.is(toNumber(acks[0]?.duplicates as number), 0);
  assert.is(toNumber(acks[1]?.duplicates as number), 3, 'the second ack tells the post its resend cost 3 copies');
  const stats = (centre as RunningCentre).stats();
  assert.is(stats.stored, 3);
  assert.is(stats.duplicates, 3);
  assert.equal((centre?.store as SqliteCentreStore).seqs('bp-020').map((row) => row.seq), [5, 6, 8]);
});

test('records without a body or with the wrong priority are rejected for good; the rest is stored', async () => {
  await send(envelope([reading(1), record(2, {}), record(3, { reading: { sensor: 'x' } }, v1.Priority.PRIORITY_ALARM)]));
  await waitFor('an ack', () => acks.length === 1);
  assert.equal(ranges(acks[0]?.ranges), [[1, 1]]);
  assert.equal(ranges(acks[0]?.rejected), [[2, 3]]);
  assert.match(acks[0]?.reason ?? '', /no body/);
  assert.match(acks[0]?.reason ?? '', /priority/);
  assert.is((centre as RunningCentre).stats().rejectedRecords, 2);
});

test('an envelope whose post id differs from its topic is refused and not acked', async () => {
  await send(envelope([reading(1)], 'bp-999'));
  await send(envelope([reading(2)]));
  await waitFor('the honest envelope acked', () => acks.length === 1);
  assert.equal(ranges(acks[0]?.ranges), [[2, 2]]);
  assert.is((centre as RunningCentre).stats().rejected, 1);
  assert.equal((centre?.store as SqliteCentreStore).seqs('bp-999'), []);
});

test('seqs collapse into inclusive ranges', () => {
  assert.equal(toSeqRanges([3, 1, 2, 7, 9, 8, 8]), [
    { first: 1, last: 3 },
    { first: 7, last: 9 },
  ]);
  assert.equal(toSeqRanges([]), []);
});

test.run();
