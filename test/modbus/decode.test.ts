import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodeRegisters, encodeRegisters, registerCount, type RegisterLayout } from '../../drivers/modbus/decode.js';
import { planReads, splitRead, type PlannablePoint } from '../../drivers/modbus/plan.js';
import { crc16 } from '../../drivers/modbus/crc.js';
import { parseReadResponse, readRequest, exceptionName } from '../../drivers/modbus/pdu.js';

const layout = (type: RegisterLayout['type'], word_order: 'big' | 'little' = 'big', byte_order: 'big' | 'little' = 'big', length?: number): RegisterLayout => ({ type, word_order, byte_order, length });

// 123.456 as float32 is 0x42F6E979: the four orders as devices put it on the wire.
test('float32 in all four orders (ABCD, CDAB, BADC, DCBA)', () => {
  const close = (a: number | string, b: number) => assert.ok(Math.abs((a as number) - b) < 1e-4, `${a} != ${b}`);
  close(decodeRegisters([0x42f6, 0xe979], layout('float32', 'big', 'big')), 123.456);
  close(decodeRegisters([0xe979, 0x42f6], layout('float32', 'little', 'big')), 123.456);
  close(decodeRegisters([0xf642, 0x79e9], layout('float32', 'big', 'little')), 123.456);
  close(decodeRegisters([0x79e9, 0xf642], layout('float32', 'little', 'little')), 123.456);
});

test('integers: signedness and 32-bit word order', () => {
  assert.is(decodeRegisters([0xfffe], layout('int16')), -2);
  assert.is(decodeRegisters([0xfffe], layout('uint16')), 65534);
  assert.is(decodeRegisters([0x3412], layout('uint16', 'big', 'little')), 0x1234);
  assert.is(decodeRegisters([0x0001, 0x0002], layout('uint32')), 65538);
  assert.is(decodeRegisters([0x0002, 0x0001], layout('uint32', 'little')), 65538);
  assert.is(decodeRegisters([0xffff, 0xfffe], layout('int32')), -2);
  assert.is(decodeRegisters([0xfffe, 0xffff], layout('int32', 'little')), -2);
  assert.is(decodeRegisters([0xffff, 0xffff], layout('uint32')), 4294967295);
  assert.is(decodeRegisters([7], layout('bool')), 1);
  assert.is(decodeRegisters([0], layout('bool')), 0);
});

test('strings: two characters per register, trailing NULs and spaces dropped, byte swap', () => {
  assert.is(decodeRegisters([0x4d50, 0x5054, 0x0000], layout('string', 'big', 'big', 3)), 'MPPT');
  assert.is(decodeRegisters([0x504d, 0x5450, 0x2020], layout('string', 'big', 'little', 3)), 'MPPT');
  assert.is(registerCount(layout('string', 'big', 'big', 5)), 5);
});

test('decode rejects the wrong number of registers', () => {
  assert.throws(() => decodeRegisters([1], layout('float32')), /float32 needs 2 register/);
});

test('encode is the inverse of decode for every type and order', () => {
  for (const word of ['big', 'little'] as const) {
    for (const byte of ['big', 'little'] as const) {
      for (const [type, value] of [['int16', -300], ['uint16', 60000], ['int32', -70000], ['uint32', 4000000000], ['float32', -0.5], ['bool', 1]] as const) {
        const l = layout(type, word, byte);
        assert.is(decodeRegisters(encodeRegisters(value, l), l), value, `${type} ${word}/${byte}`);
      }
      const s = layout('string', word, byte, 4);
      assert.is(decodeRegisters(encodeRegisters('BMV-712', s), s), 'BMV-712');
    }
  }
});

test('CRC-16/MODBUS of a known request', () => {
  // 01 03 00 00 00 0A -> C5 CD (low byte first)
  const frame = Buffer.from([1, 3, 0, 0, 0, 10]);
  assert.is(crc16(frame), 0xcdc5);
});

test('PDUs: request layout, response parsing, limits, exception names', () => {
  assert.equal([...readRequest('holding', 0x1000, 2)], [3, 0x10, 0, 0, 2]);
  assert.equal(parseReadResponse(Buffer.from([3, 4, 0, 1, 0xff, 0xff]), 'holding', 2), { words: [1, 65535] });
  assert.equal(parseReadResponse(Buffer.from([1, 2, 0b00000101, 0b1]), 'coil', 9), { bits: [true, false, true, false, false, false, false, false, true] });
  assert.throws(() => parseReadResponse(Buffer.from([3, 2, 0, 1]), 'holding', 2), /2 bytes for 2 registers/);
  assert.throws(() => readRequest('holding', 0, 126), /count 126 is outside 1..125/);
  assert.throws(() => readRequest('input', 65535, 2), /runs past 65535/);
  assert.is(exceptionName(2), 'illegal data address');
  assert.is(exceptionName(11), 'gateway target device failed to respond');
});

const point = (name: string, table: PlannablePoint['table'], address: number, type: PlannablePoint['type'] = 'uint16', interval = 1000): PlannablePoint => ({ name, table, address, type, interval, word_order: 'big', byte_order: 'big' });

test('planning groups adjacent points per table and interval within max_span', () => {
  const reads = planReads(
    [point('a', 'holding', 10), point('b', 'holding', 0, 'float32'), point('c', 'holding', 70), point('d', 'input', 0), point('e', 'holding', 12, 'uint16', 5000), point('f', 'coil', 0, 'bool'), point('g', 'coil', 1100, 'bool'), point('h', 'coil', 1000, 'bool')],
    64,
  );
  const summary = reads.map((r) => `${r.table}:${r.address}+${r.count}@${r.interval}:${r.points.map((p) => p.name).join('')}`);
  assert.equal(summary, ['holding:0+11@1000:ba', 'holding:70+1@1000:c', 'input:0+1@1000:d', 'holding:12+1@5000:e', 'coil:0+1001@1000:fh', 'coil:1100+1@1000:g']);
  assert.is(planReads([point('a', 'holding', 0), point('b', 'holding', 1)], 1).length, 2, 'max_span 1 reads each point alone');
  const split = splitRead(reads[0]!);
  assert.equal(split.map((r) => `${r.address}+${r.count}`), ['0+2', '10+1']);
});

test.run();
