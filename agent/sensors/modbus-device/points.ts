import { OutpostError } from '../../../kernel/errors.js';
import { decodeRegisters, registerCount, scaleValue } from '../../../drivers/modbus/decode.js';
import type { PlannedRead } from '../../../drivers/modbus/plan.js';
import type { ReadValues } from '../../../drivers/modbus/pdu.js';
import type { ModbusPointConfig } from './config.js';

/**
 * A configured point with its effective interval (ms) and its channel index (-1 for strings,
 * which are not channels). `word`: how a one-register number point (bool, int16, uint16, the
 * most common) turns its register into its raw value, decided once at configuration instead of
 * at each of its reads (issue 13); undefined for the other types.
 */
export type PolledPoint = ModbusPointConfig & { interval: number; channel: number; word?: WordDecoding | undefined };

/** A one-register number: bytes swapped first (byte_order little), then read as bool, int16 or uint16. */
export interface WordDecoding {
  swap: boolean;
  as: 'bool' | 'int16' | 'uint16';
}

/** The WordDecoding of a point that has one (a number in one register), else undefined. */
export function wordDecoding(point: Pick<ModbusPointConfig, 'type' | 'byte_order'>): WordDecoding | undefined {
  return point.type === 'bool' || point.type === 'int16' || point.type === 'uint16' ? { swap: point.byte_order === 'little', as: point.type } : undefined;
}

/** The engineering value of a point with a WordDecoding from its register word (scale and offset applied). */
export function wordValue(point: PolledPoint, decoding: WordDecoding, word: number): number {
  const wire = word & 0xffff;
  const value = decoding.swap ? ((wire & 0xff) << 8) | (wire >> 8) : wire;
  const raw = decoding.as === 'bool' ? (value !== 0 ? 1 : 0) : decoding.as === 'int16' ? (value << 16) >> 16 : value;
  return raw * point.scale + point.offset;
}

/** The engineering value of one point from the values its read returned. */
export function pointValue(point: PolledPoint, read: PlannedRead<PolledPoint>, values: ReadValues): number | string {
  const at = point.address - read.address;
  if ('bits' in values) {
    const bit = values.bits[at];
    if (bit === undefined) throw new OutpostError(`bit ${point.address} missing from the answer`, { code: 'modbus.bad_response' });
    return scaleValue(bit ? 1 : 0, point.scale, point.offset);
  }
  if (point.word !== undefined) {
    const word = values.words[at];
    if (word === undefined) throw new RangeError(`${point.type} needs 1 register(s), got 0`);
    return wordValue(point, point.word, word);
  }
  const words = values.words.slice(at, at + registerCount(point));
  return scaleValue(decodeRegisters(words, point), point.scale, point.offset);
}
