import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeEnvelope, toNumber } from '../../wire/index.js';
import { writeEnvelope } from '../../wire/envelope-writer.js';
import { classifyLinkError } from '../../agent/uplink/link-problem.js';
import { LinkFigures } from '../../agent/uplink/link-figures.js';
import { LinkMeter } from '../../agent/uplink/link-meter.js';
import { publishWireBytes } from '../../agent/uplink/mqtt-framing.js';
import { v1 } from '../../wire/index.js';

test('drain estimate: backlog over the recent ack rate; 0 when empty or nothing drained lately', () => {
  let now = 1_000_000;
  const figures = new LinkFigures(() => now);
  assert.is(figures.drainEstimateS(500), 0, 'no rate known yet');
  figures.acked(100);
  now += 10_000;
  figures.acked(100);
  // 200 records over 10 s: 20 records/s, so 500 wait 25 s.
  assert.is(figures.drainEstimateS(500), 25);
  assert.is(figures.drainEstimateS(0), 0);
  now += 600_000;
  assert.is(figures.drainEstimateS(500), 0, 'an old rate is forgotten');
  assert.is(figures.vitals(0, new LinkMeter({ initialRtoMs: 30_000, batch: { maxBytes: 65_536, maxRecords: 500 }, keepaliveMs: 60_000 }, () => now)).lastSuccessUnixMs, 1_010_000);
});

test('envelope writer: lengths across varint boundaries, non-ASCII post id, 64-bit store id', () => {
  const sizes = [0, 1, 127, 128, 16_383, 16_384, 70_000];
  const records = sizes.map((size, index) => ({
    bytes: v1.Record.encode({ seq: index + 1, priority: v1.Priority.PRIORITY_BULK, snapshot: { camera: 'cam', data: new Uint8Array(size).fill(index) } }).finish(),
  }));
  const bytes = writeEnvelope({ postId: 'poste-été', storeId: 0xffff_ffff_ffff_fffen }, records, 2 ** 45 + 3);
  const envelope = decodeEnvelope(bytes);
  assert.is(envelope.postId, 'poste-été');
  assert.is(BigInt.asUintN(64, BigInt(envelope.storeId.toString())), 0xffff_ffff_ffff_fffen);
  assert.is(toNumber(envelope.sentUnixMs), 2 ** 45 + 3);
  assert.equal(envelope.records.map((record) => record.snapshot?.data?.length), sizes);
  assert.equal(Buffer.from(v1.Envelope.encode(envelope).finish()).length, bytes.length, 'same size as protobufjs would write');
});

test('MQTT framing: fixed header, remaining length, topic, packet id, PUBACK', () => {
  // 2 + 5 (topic) + 2 (id) + 10 = 19 remaining: 1 + 1 + 19 + PUBACK 4.
  assert.is(publishWireBytes('a/b/c', 10), 25);
  assert.is(publishWireBytes('a/b/c', 10, 0), 1 + 1 + 17);
  assert.is(publishWireBytes('a/b/c', 200), 1 + 2 + 209 + 4);
});

test('link errors: unreachable brokers degrade, refusals that need a person are faults', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  assert.is(classifyLinkError(refused, 'mqtt://c:1883').status, 'degraded');
  const altname = Object.assign(new Error("Hostname/IP does not match certificate's altnames"), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
  assert.match(classifyLinkError(altname, 'mqtts://c:8883').message, /server_name/);
  const notAuthorised = Object.assign(new Error('Connection refused: Not authorized'), { code: 5 });
  assert.is(classifyLinkError(notAuthorised, 'mqtts://c:8883').status, 'fault');
  assert.match(classifyLinkError(Object.assign(new Error('x'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' }), 'mqtts://c:8883').message, /uplink\.ca/);
});

test.run();
