import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Long from 'long';
import { v1, type outpost } from '../../wire/index.js';
import { admit } from '../../agent/outbox/admission.js';
import { encodeReadingRecord } from '../../agent/outbox/reading-encoder.js';
import { seededRandom } from '../../agent/detection/synthetic.js';

const test = suite('outbox reading encoder');


const STRINGS = ['', 'a', 'meter0', 'r19', 'battery_voltage', 'Cel', '%', 'µS/cm', 'Ω', 'température', '温度', '🌡️ sensor', 'x'.repeat(127), 'y'.repeat(128), 'z'.repeat(300), '\uD800 lone', 'tail \uDC00', 'é'.repeat(70)];
const DOUBLES = [0, -0, 1, -1, 0.1, 1e300, -1e-300, 5e-324, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 65535, 12345.678, 2 ** 53];
const INTS = [0, 1, 127, 128, 16383, 16384, 2 ** 21, 2 ** 28, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 1_733_140_000_000, 2 ** 52, Number.MAX_SAFE_INTEGER];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function maybe<T>(next: () => number, value: () => T): T | undefined | null {
  const roll = next();
  return roll < 0.1 ? undefined : roll < 0.15 ? null : value();
}

function generated(next: () => number): outpost.v1.IRecord {
  const channelCount = Math.floor(next() * 25);
  const channels = Array.from({ length: channelCount }, () => {
    const channel: outpost.v1.IChannel = { name: maybe(next, () => pick(next, STRINGS)), unit: maybe(next, () => pick(next, STRINGS)) };
    return next() < 0.5 ? Object.freeze(channel) : channel;
  });
  const samples = Array.from({ length: Math.floor(next() * 4) }, () => ({
    offsetMs: maybe(next, () => (next() < 0.5 ? -1 : 1) * pick(next, INTS.filter((n) => n <= 2 ** 52))),
    values: maybe(next, () => Array.from({ length: Math.floor(next() * 30) }, () => (next() < 0.5 ? pick(next, DOUBLES) : (next() - 0.5) * 10 ** Math.floor(next() * 20)))),
    faulted: maybe(next, () => Array.from({ length: Math.floor(next() * 6) }, () => pick(next, INTS.filter((n) => n < 2 ** 32)))),
  }));
  return {
    seq: pick(next, [0, undefined, null]),
    timeUnixMs: maybe(next, () => pick(next, INTS)),
    timeQuality: maybe(next, () => Math.floor(next() * 5)),
    priority: maybe(next, () => Math.floor(next() * 4)),
    reading: {
      sensor: maybe(next, () => pick(next, STRINGS)),
      channels: next() < 0.1 ? undefined : next() < 0.5 ? (Object.freeze(channels) as outpost.v1.IChannel[]) : channels,
      samples: next() < 0.05 ? undefined : samples,
    },
  };
}

function protobufjs(record: outpost.v1.IRecord, priority: number): Uint8Array {
  return v1.Record.encode({ ...record, seq: 0, priority }).finish();
}

test('5,000 generated readings encode byte for byte as protobufjs does', () => {
  const next = seededRandom(13);
  let fast = 0;
  for (let i = 0; i < 5000; i++) {
    const record = generated(next);
    const priority = pick(next, [0, 1, 2, 3, v1.Priority.PRIORITY_STATUS]);
    const encoded = encodeReadingRecord(record, priority);
    if (encoded === undefined) continue;
    fast++;
    assert.equal([...encoded], [...protobufjs(record, priority)], `record ${i}: ${JSON.stringify(record)}`);
    // Encoded again (frozen channel lists now come from the cache): the same bytes.
    assert.equal([...(encodeReadingRecord(record, priority) as Uint8Array)], [...protobufjs(record, priority)], `record ${i}, again`);
  }
  assert.is(fast, 5000, 'every generated reading takes the hand-written path');
});

test('a record as the Modbus sensor makes it: the hand-written path, the same bytes, decoded back the same', () => {
  const channels = Object.freeze(Array.from({ length: 20 }, (_, r) => Object.freeze({ name: `r${r}`, unit: '' })));
  for (let tick = 0; tick < 50; tick++) {
    const record: outpost.v1.IRecord = {
      seq: 0,
      timeUnixMs: 1_733_140_000_000 + tick * 1000,
      timeQuality: v1.TimeQuality.TIME_QUALITY_RTC,
      priority: v1.Priority.PRIORITY_STATUS,
      reading: { sensor: 'meter3', channels: channels as outpost.v1.IChannel[], samples: [{ offsetMs: 0, values: channels.map((_, r) => r * tick), faulted: tick % 7 === 0 ? [3, 19] : [] }] },
    };
    const encoded = encodeReadingRecord(record, v1.Priority.PRIORITY_STATUS);
    assert.ok(encoded !== undefined);
    assert.equal([...encoded], [...protobufjs(record, v1.Priority.PRIORITY_STATUS)]);
    const [admitted] = admit([record]);
    assert.equal([...(admitted as { body: Uint8Array }).body], [...encoded]);
    const back = v1.Record.toObject(v1.Record.decode(encoded), { longs: Number });
    assert.is(back['reading'].samples[0].values[5], 5 * tick);
  }
});

test('what it is unsure of goes to protobufjs: admit still gives protobufjs bytes', () => {
  const base = { timeUnixMs: 1_733_140_000_000, reading: { sensor: 's', channels: [{ name: 'a' }], samples: [{ offsetMs: -5, values: [1] }] } };
  const unsure: outpost.v1.IRecord[] = [
    { ...base, timeUnixMs: Long.fromNumber(1_733_140_000_000) },
    { ...base, timeUnixMs: -1 },
    { ...base, timeQuality: -2 as outpost.v1.TimeQuality },
    { ...base, reading: { ...base.reading, samples: [{ offsetMs: Long.fromNumber(-5), values: [1] }] } },
    { ...base, reading: { ...base.reading, samples: [{ offsetMs: 2 ** 53, values: [1] }] } },
    { ...base, reading: Object.assign(Object.create({ sensor: 'inherited' }) as object, { channels: [] }) },
    { ...base, reading: { ...base.reading, $unknowns: [new Uint8Array([0x78, 1])] } as outpost.v1.IReading },
    { ...base, event: { message: 'two bodies' } },
  ];
  for (const [i, record] of unsure.entries()) {
    assert.is(encodeReadingRecord(record, v1.Priority.PRIORITY_STATUS), undefined, `case ${i}`);
    if (i === unsure.length - 1) continue; // two bodies: classify decides, not the encoder
    const [admitted] = admit([record]);
    assert.equal([...(admitted as { body: Uint8Array }).body], [...protobufjs(record, v1.Priority.PRIORITY_STATUS)], `case ${i}`);
  }
  assert.is(encodeReadingRecord({ event: { message: 'not a reading' } }, 2), undefined);
});

test('a channel list changed after its first record is encoded afresh unless frozen', () => {
  const channels: outpost.v1.IChannel[] = [{ name: 'a', unit: 'V' }];
  const record = (): outpost.v1.IRecord => ({ reading: { sensor: 's', channels, samples: [{ values: [1] }] } });
  const before = encodeReadingRecord(record(), 2) as Uint8Array;
  channels[0] = { name: 'b', unit: 'A' };
  channels.push({ name: 'c' });
  const after = encodeReadingRecord(record(), 2) as Uint8Array;
  assert.equal([...after], [...protobufjs(record(), 2)]);
  assert.is.not(Buffer.compare(Buffer.from(before), Buffer.from(after)), 0);
});

test.run();
