import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { varintLength, withSeq, writeVarint } from '../../wire/framing.js';
import { writeEnvelope } from '../../wire/envelope-writer.js';

const seqs = [1, 127, 128, 300, 16_383, 16_384, 2 ** 31, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER];

test('our varint is protobuf\'s: same bytes and length as protobufjs for every size class up to 2^53', () => {
  const zero = new Uint8Array(1);
  assert.is(writeVarint(zero, 0, 0), 1);
  assert.equal([...zero], [0]);
  for (const value of seqs) {
    const ours = new Uint8Array(10);
    const end = writeVarint(ours, 0, value);
    const theirs = v1.Record.encode({ seq: value }).finish();
    assert.equal([...ours.subarray(0, end)], [...theirs.subarray(1)], `varint of ${value}`);
    assert.is(varintLength(value), end, `length of ${value}`);
  }
});

test('a record framed with its seq in front decodes as that record with that seq', () => {
  const body = v1.Record.encode({ timeUnixMs: 1_700_000_000_000, event: { source: 'bus:gps', message: 'lost' } }).finish();
  for (const seq of seqs) {
    const decoded = v1.Record.decode(withSeq(seq, body));
    assert.is(Number(decoded.seq), seq);
    assert.is(decoded.event?.message, 'lost');
  }
});

test('an envelope written from stored bytes decodes with protobufjs, plain and deflated', () => {
  const records = Array.from({ length: 40 }, (_, i) => ({ bytes: withSeq(i + 1, v1.Record.encode({ reading: { sensor: 'power', channels: [{ name: 'battery_v', unit: 'V' }], samples: [{ offsetMs: 0, values: [12.5] }] } }).finish()) }));
  for (const compression of ['none', 'deflate'] as const) {
    const bytes = writeEnvelope({ postId: 'bp-017', storeId: 0xfedcba9876543210n }, records, 1_700_000_000_123, compression);
    const envelope = v1.Envelope.decode(bytes);
    assert.is(envelope.postId, 'bp-017');
    assert.is(BigInt.asUintN(64, BigInt(envelope.storeId.toString())), 0xfedcba9876543210n);
    assert.is(Number(envelope.sentUnixMs), 1_700_000_000_123);
    assert.is(envelope.deflatedRecords.length > 0, compression === 'deflate', `${compression}: deflated only when asked and smaller`);
    if (compression === 'none') assert.equal(envelope.records.map((record) => Number(record.seq)), records.map((_, i) => i + 1));
  }
});

test.run();
