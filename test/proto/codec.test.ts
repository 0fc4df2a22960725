import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  CodecError,
  bodyKindOf,
  decodeEnvelope,
  decodeMessage,
  encodeEnvelope,
  encodeMessage,
  toBigInt,
  toJson,
  toNumber,
  toUnsignedString,
  v1,
} from '../../wire/index.js';
import Long from 'long';
import { sampleEnvelope } from './fixtures.js';

test('an envelope with every body kind round-trips, 64-bit values exact', () => {
  const bytes = encodeEnvelope(sampleEnvelope());
  const decoded = decodeEnvelope(bytes);
  assert.is(decoded.postId, 'bp-017');
  assert.is(toUnsignedString(decoded.storeId), '18446744073709551615');
  assert.equal(decoded.records.map((record) => bodyKindOf(record)), ['detection', 'incident', 'reading', 'health', 'event', 'snapshot']);
  assert.is(toNumber(decoded.records[5]?.seq), 9_007_199_254_740_991);
  const reading = decoded.records[2]?.reading;
  assert.equal(reading?.samples?.[0]?.values, [12.5, 3.25]);
  assert.ok(Number.isNaN(reading?.samples?.[1]?.values?.[1]));
  assert.equal(reading?.samples?.[1]?.faulted, [1]);
  assert.is(decoded.records[0]?.detection?.speedMps, 1.25);
  assert.is(toBigInt(decoded.storeId), 2n ** 64n - 1n);
});

test('a Long becomes the exact bigint, signed or unsigned, at every 32-bit edge', () => {
  for (const text of ['0', '1', '4294967295', '4294967296', '9007199254740993', '9223372036854775808', '18446744073709551615']) {
    assert.is(toBigInt(Long.fromString(text, true)), BigInt(text), text);
  }
  for (const text of ['-1', '-4294967296', '-4294967297', '-9223372036854775808', '9223372036854775807', '123456789012345']) {
    assert.is(toBigInt(Long.fromString(text, false)), BigInt(text), text);
  }
});

test('JSON form: 64-bit as strings, enums by name, bytes as base64; and back', () => {
  const bytes = encodeEnvelope(sampleEnvelope());
  const json = toJson('outpost.v1.Envelope', decodeEnvelope(bytes)) as { storeId: string; records: Record<string, unknown>[] };
  assert.is(json.storeId, '18446744073709551615');
  const first = json.records[0] as { seq: string; priority: string; detection: { kind: string } };
  assert.is(first.seq, '1');
  assert.is(first.priority, 'PRIORITY_ALARM');
  assert.is(first.detection.kind, 'DETECTION_KIND_PERSON');
  const snapshot = (json.records[5] as { snapshot: { data: string } }).snapshot;
  assert.is(snapshot.data, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 0xff, 0xd9]).toString('base64'));
  const again = encodeMessage('outpost.v1.Envelope', JSON.parse(JSON.stringify(json)) as Record<string, unknown>);
  assert.is(Buffer.from(again).toString('hex'), Buffer.from(bytes).toString('hex'));
});

test('a truncated envelope is a CodecError, or (cut on a field boundary) an exact prefix: never altered records', () => {
  const bytes = encodeEnvelope(sampleEnvelope());
  const whole = decodeEnvelope(bytes);
  const recordHex = whole.records.map((record) => Buffer.from(v1.Record.encode(record).finish()).toString('hex'));
  let truncatedErrors = 0;
  for (let cut = 1; cut < bytes.length; cut++) {
    try {
      const partial = decodeEnvelope(bytes.subarray(0, cut));
      // Protobuf carries no overall length (MQTT frames it): a cut between fields is a valid shorter message.
      partial.records.forEach((record, index) => {
        assert.is(Buffer.from(v1.Record.encode(record).finish()).toString('hex'), recordHex[index], `cut ${cut}: record ${index} altered`);
      });
    } catch (error) {
      assert.instance(error, CodecError);
      if ((error as CodecError).code === 'codec.truncated') truncatedErrors++;
      assert.match((error as Error).message, new RegExp(`^${cut} bytes`));
    }
  }
  assert.ok(truncatedErrors > bytes.length / 2, `most cuts are reported as truncation (${truncatedErrors} of ${bytes.length - 1})`);
});

test('garbage never crashes the decoder: it throws CodecError or yields a value', () => {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let i = 0; i < 2000; i++) {
    const garbage = Uint8Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256));
    try {
      decodeEnvelope(garbage);
    } catch (error) {
      assert.instance(error, CodecError, `input ${i} threw ${String(error)}`);
    }
  }
});

test('envelopes a centre could not act on are refused with the reasons', () => {
  const envelope = sampleEnvelope();
  envelope.postId = '';
  envelope.records = [{ seq: 0, timeUnixMs: 1, priority: v1.Priority.PRIORITY_STATUS }];
  try {
    encodeEnvelope(envelope);
    assert.unreachable('should refuse');
  } catch (error) {
    assert.instance(error, CodecError);
    const message = (error as Error).message;
    assert.match(message, /post_id is empty/);
    assert.match(message, /seq must be positive/);
    assert.match(message, /no body/);
  }
  const mismatched = sampleEnvelope();
  (mismatched.records ?? [])[0]!.priority = v1.Priority.PRIORITY_BULK;
  assert.throws(() => encodeEnvelope(mismatched), /priority .* does not match a detection body/);
});

test('unknown message types and invalid JSON fields are clear errors', () => {
  assert.throws(() => decodeMessage('outpost.v1.Nope', new Uint8Array()), /unknown message type "outpost.v1.Nope"/);
  assert.throws(() => encodeMessage('outpost.v1.Ack', { storeId: 'not a number' }), /storeId: "not a number" was not understood/);
  assert.throws(() => encodeMessage('outpost.v1.Ack', { storId: '5' }), /storId: not a field of this message; did you mean "storeId"\?/);
  assert.throws(() => encodeMessage('outpost.v1.Record', { seq: '1', detection: { knd: 'DETECTION_KIND_PERSON' } }), /detection\.knd: not a field/);
  const ack = decodeMessage('Ack', encodeMessage('Ack', { storeId: '5', ranges: [{ first: '1', last: '9' }] })) as InstanceType<typeof v1.Ack>;
  assert.is(toNumber(ack.ranges[0]?.last), 9);
});

test.run();
