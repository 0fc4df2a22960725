import { OutpostError } from '../../../kernel/errors.js';
import { decodeRegisters, oneRegister, registerCount, scaleValue } from '../../../drivers/modbus/decode.js';
import type { PlannedRead } from '../../../drivers/modbus/plan.js';
import type { ReadValues } from '../../../drivers/modbus/pdu.js';
import type { ModbusPointConfig } from './config.js';

/** A configured point with its effective interval (ms) and its channel index (-1 for strings, which are not channels). */
export type PolledPoint = ModbusPointConfig & { interval: number; channel: number };

/** The engineering value of one point from the values its read returned. */
export function pointValue(point: PolledPoint, read: PlannedRead<PolledPoint>, values: ReadValues): number | string {
  const at = point.address - read.address;
  if ('bits' in values) {
    const bit = values.bits[at];
    if (bit === undefined) throw new OutpostError(`bit ${point.address} missing from the answer`, { code: 'modbus.bad_response' });
    return scaleValue(bit ? 1 : 0, point.scale, point.offset);
  }
  const count = registerCount(point);
  if (count === 1 && (point.type === 'uint16' || point.type === 'int16' || point.type === 'bool')) {
    const word = values.words[at];
    if (word === undefined) throw new RangeError(`${point.type} needs 1 register(s), got 0`);
    return oneRegister(word, point) * point.scale + point.offset;
  }
  const words = values.words.slice(at, at + count);
  return scaleValue(decodeRegisters(words, point), point.scale, point.offset);
}
