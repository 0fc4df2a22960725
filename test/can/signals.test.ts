import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OutpostError } from '../../kernel/errors.js';
import { decodeSignal, encodeSignal, rawBits, signalBits } from '../../drivers/can/signals/decode.js';
import { channelName, parseDbc } from '../../drivers/can/signals/dbc.js';
import { SignalSet } from '../../drivers/can/signals/signal-set.js';
import type { SignalDefinition } from '../../drivers/can/signals/types.js';
import { decodeFrame, encodeFrame } from '../../drivers/can/slcan/codec.js';

const dbcText = readFileSync(fileURLToPath(new URL('../fixtures/can/mast.dbc', import.meta.url)), 'utf8');

function signal(overrides: Partial<SignalDefinition>): SignalDefinition {
  return { name: 's', id: 1, extended: false, startBit: 0, length: 8, byteOrder: 'little', signed: false, valueType: 'integer', scale: 1, offset: 0, unit: '', ...overrides };
}

test('Intel and Motorola bit layouts follow DBC numbering on unaligned signals', () => {
  const data = Buffer.from([0xa5, 0x3c]);
  assert.is(rawBits(data, { startBit: 4, length: 12, byteOrder: 'little' }), 0x3can);
  assert.is(rawBits(data, { startBit: 3, length: 12, byteOrder: 'big' }), 0x53cn);
  assert.equal(signalBits({ startBit: 3, length: 6, byteOrder: 'big' }), [3, 2, 1, 0, 15, 14]);
  assert.is(rawBits(Buffer.from([0x01]), { startBit: 0, length: 16, byteOrder: 'little' }), undefined, 'a frame too short gives no value');
});

test('signed, scaled, offset and float signals', () => {
  assert.is(decodeSignal(Buffer.from([0xff, 0xff]), signal({ length: 16, signed: true })), -1);
  assert.is(decodeSignal(Buffer.from([0x10, 0x00]), signal({ length: 16, scale: 0.5, offset: -40 })), -32);
  const float = Buffer.alloc(4);
  float.writeFloatLE(21.5);
  assert.is(decodeSignal(float, signal({ length: 32, valueType: 'float32' })), 21.5);
  const wide = Buffer.alloc(8);
  wide.writeBigUInt64LE(0xfedcba9876543210n);
  assert.is(rawBits(wide, { startBit: 0, length: 64, byteOrder: 'little' }), 0xfedcba9876543210n);
});

test('encode then decode returns the value for any layout that fits 8 bytes', () => {
  fc.assert(
    fc.property(
      fc.record({ length: fc.integer({ min: 1, max: 32 }), big: fc.boolean(), signed: fc.boolean(), start: fc.integer({ min: 0, max: 63 }), raw: fc.integer({ min: 0, max: 0xffffffff }) }),
      ({ length, big, signed, start, raw }) => {
        const definition = signal({ startBit: start, length, byteOrder: big ? 'big' : 'little', signed, scale: 0.25, offset: 3 });
        const bits = signalBits(definition);
        fc.pre(bits.every((bit) => bit >= 0 && bit < 64));
        const rawValue = raw % 2 ** length;
        const expected = (signed ? Number(BigInt.asIntN(length, BigInt(rawValue))) : rawValue) * 0.25 + 3;
        const data = Buffer.alloc(8, 0xaa);
        encodeSignal(data, definition, expected);
        assert.is(decodeSignal(data, definition), expected);
      },
    ),
  );
});

test('the DBC importer reads messages, byte order, sign, ranges, units, multiplexing and floats', () => {
  const dbc = parseDbc(dbcText, 'mast.dbc');
  assert.equal(dbc.messages.map((m) => [m.name, m.id, m.extended, m.length]), [
    ['MastDrive', 0x120, false, 8],
    ['MastPower', 0x121, false, 8],
    ['EnvSensors', 0x18fef1fe, true, 8],
  ]);
  const [speed, temp] = dbc.messages[0]?.signals ?? [];
  assert.equal({ ...speed }, { name: 'WheelSpeed', id: 0x120, extended: false, startBit: 0, length: 16, byteOrder: 'little', signed: false, valueType: 'integer', scale: 0.1, offset: 0, min: 0, max: 6553.5, unit: 'km/h' });
  assert.is(temp?.signed, true);
  assert.is(dbc.messages[1]?.signals[0]?.byteOrder, 'big');
  const env = dbc.messages[2]?.signals ?? [];
  assert.equal(env.map((s) => [s.name, s.multiplexor ?? false, s.multiplexValue ?? null, s.valueType]), [
    ['Page', true, null, 'integer'],
    ['Humidity', false, 1, 'integer'],
    ['Pressure', false, 2, 'integer'],
    ['AirTemp', false, null, 'float32'],
  ]);
  assert.ok(dbc.notes.some((note) => /VAL_/.test(note)), 'value tables are noted as unused');
});

test('multiplexed signals decode only under their multiplexor value; out-of-range is flagged', () => {
  const set = new SignalSet(parseDbc(dbcText).messages.flatMap((m) => m.signals));
  const data = Buffer.alloc(8);
  data[0] = 2;
  data.writeUInt16LE(10132, 1);
  data.writeFloatLE(-7.25, 4);
  const decoded = set.decode({ id: 0x18fef1fe, extended: true, remote: false, error: false, data, length: 8, timeMs: 0 });
  assert.equal(
    decoded.map((d) => [d.signal.name, Math.round(d.value * 100) / 100]),
    [
      ['Page', 2],
      ['Pressure', 1013.2],
      ['AirTemp', -7.25],
    ],
  );
  const power = Buffer.from([0, 0, 0x7f, 0, 0, 0, 0, 0]);
  const tilt = set.decode({ id: 0x121, extended: false, remote: false, error: false, data: power, length: 8, timeMs: 0 }).find((d) => d.signal.name === 'Tilt');
  assert.is(tilt?.outOfRange, false, '12.7 is the top of the range');
  const high = set.decode({ id: 0x120, extended: false, remote: false, error: false, data: Buffer.from([0, 0, 0xff, 0x7f, 0, 0, 0, 0]), length: 8, timeMs: 0 });
  assert.is(high.find((d) => d.signal.name === 'MotorTemp')?.outOfRange, true, '16343.5 Cel is outside -40..200');
  assert.equal(set.decode({ id: 0x120, extended: true, remote: false, error: false, data, length: 8, timeMs: 0 }), [], 'an extended frame with the same number is another frame');
});

test('a broken DBC line is reported with file and line', () => {
  try {
    parseDbc('BO_ 100 Foo: 8 X\n SG_ Bar : 0|8@2+ (1,0) [0|1] "" X\n', 'bad.dbc');
    assert.unreachable();
  } catch (error) {
    assert.instance(error, OutpostError);
    assert.is((error as OutpostError).subject, 'bad.dbc:2');
    assert.is((error as OutpostError).code, 'can.dbc-invalid');
  }
});

test('DBC names become channel names', () => {
  assert.is(channelName('WheelSpeed'), 'wheel_speed');
  assert.is(channelName('ENGINE_RPM'), 'engine_rpm');
  assert.is(channelName('HVBattSOC'), 'hv_batt_soc');
});

test('SLCAN frame lines: encode/decode round trip, timestamps, and malformed lines rejected', () => {
  const frame = { id: 0x1abcdef0, extended: true, remote: false, data: Buffer.from('0102', 'hex') };
  assert.is(encodeFrame(frame, 2), 'T1ABCDEF020102');
  assert.equal(decodeFrame('T1ABCDEF020102', 5)?.data, Buffer.from('0102', 'hex'));
  assert.is(decodeFrame('t12320102ABCD', 5)?.id, 0x123, 'a 4-digit timestamp after the data is allowed');
  for (const bad of ['t12', 't1232AA', 't8001AA', 'T2000000000', 'r12', 't123', 'x1231AA', 't1230ABC']) assert.is(decodeFrame(bad, 0), undefined, bad);
});

test.run();
