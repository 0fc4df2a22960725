import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { deflateRawKept, deflaterPath, forceDeflateFallback } from '../../wire/raw-deflater.js';
import { writeEnvelope } from '../../wire/envelope-writer.js';
import { decodeWholeEnvelope } from '../../wire/deflated.js';
import { v1 } from '../../wire/index.js';
import { withSeq } from '../../wire/framing.js';

/** Inputs like an envelope's record entries: repeated names, changing values; and some noise. */
function sample(bytes: number, seed: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0;
    out[i] = i % 97 < 60 ? (i % 23) + 65 : x >>> 24;
  }
  return out;
}

const params = (n: number) => {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(n))));
  return { windowBits, memLevel: Math.min(8, windowBits - 6) };
};

for (const path of ['kept', 'fallback'] as const) {
  test(`${path}: the bytes are deflateRawSync's, call after call on one stream, and inflate back`, () => {
    forceDeflateFallback(path === 'fallback');
    try {
      assert.is(deflaterPath(), path);
      for (const size of [256, 257, 1_000, 3_121, 4_096, 9_000, 40_000, 70_000]) {
        for (let round = 0; round < 3; round++) {
          const input = sample(size, size + round);
          const ours = deflateRawKept(input, params(size));
          assert.ok(Buffer.from(ours).equals(deflateRawSync(input, params(size))), `${size} bytes, round ${round}`);
          assert.ok(inflateRawSync(ours).equals(input), `${size} bytes inflate back`);
        }
      }
    } finally {
      forceDeflateFallback(false);
    }
  });
}

test('an envelope is the same bytes either way, and a receiver inflates its records back', () => {
  const records = Array.from({ length: 10 }, (_, i) => ({
    bytes: withSeq(i + 1, v1.Record.encode({ reading: { sensor: `plc-${i}`, channels: Array.from({ length: 20 }, (_, r) => ({ name: `r${r}` })), samples: [{ offsetMs: 0, values: Array.from({ length: 20 }, (_, r) => r * i) }] } }).finish()),
  }));
  const header = { postId: 'bp-017', storeId: 7n };
  const kept = writeEnvelope(header, records, 1_700_000_000_000, 'deflate');
  forceDeflateFallback(true);
  const fallback = writeEnvelope(header, records, 1_700_000_000_000, 'deflate');
  forceDeflateFallback(false);
  assert.ok(Buffer.from(kept).equals(Buffer.from(fallback)));
  const envelope = decodeWholeEnvelope(kept);
  assert.ok(v1.Envelope.decode(kept).deflatedRecords.length > 0, 'deflated on the wire');
  assert.equal(envelope.records.map((record) => Number(record.seq)), records.map((_, i) => i + 1));
});

test.run();
