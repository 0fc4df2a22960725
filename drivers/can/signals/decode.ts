import type { SignalDefinition } from './types.js';

/** Frame bit positions of a signal, most significant first, DBC numbering. */
export function signalBits(signal: Pick<SignalDefinition, 'startBit' | 'length' | 'byteOrder'>): number[] {
  const bits: number[] = [];
  if (signal.byteOrder === 'little') {
    for (let i = signal.length - 1; i >= 0; i -= 1) bits.push(signal.startBit + i);
    return bits;
  }
  // Motorola: from the MSB, walk down within a byte, then to the top bit of the next byte.
  let position = signal.startBit;
  for (let i = 0; i < signal.length; i += 1) {
    bits.push(position);
    position = position % 8 === 0 ? position + 15 : position - 1;
  }
  return bits;
}

/** The bytes a signal needs: a frame shorter than this cannot carry it. */
export function bytesNeeded(signal: Pick<SignalDefinition, 'startBit' | 'length' | 'byteOrder'>): number {
  return (Math.max(...signalBits(signal)) >> 3) + 1;
}

/** The raw unsigned bits of a signal, or undefined when the frame is too short to hold it. */
export function rawBits(data: Uint8Array, signal: Pick<SignalDefinition, 'startBit' | 'length' | 'byteOrder'>): bigint | undefined {
  let value = 0n;
  for (const bit of signalBits(signal)) {
    const byte = data[bit >> 3];
    if (byte === undefined) return undefined;
    value = (value << 1n) | BigInt((byte >> (bit & 7)) & 1);
  }
  return value;
}

/** The physical value (raw × scale + offset), or undefined when the frame is too short. */
export function decodeSignal(data: Uint8Array, signal: SignalDefinition): number | undefined {
  const raw = rawBits(data, signal);
  if (raw === undefined) return undefined;
  let value: number;
  if (signal.valueType === 'float32' || signal.valueType === 'float64') {
    const view = new DataView(new ArrayBuffer(8));
    if (signal.valueType === 'float32') {
      view.setUint32(0, Number(raw));
      value = view.getFloat32(0);
    } else {
      view.setBigUint64(0, raw);
      value = view.getFloat64(0);
    }
  } else {
    const signed = signal.signed ? BigInt.asIntN(signal.length, raw) : raw;
    value = Number(signed);
  }
  return value * signal.scale + signal.offset;
}

/** Puts a physical value into frame bytes: the inverse of decodeSignal, for tests, benches and simulators. */
export function encodeSignal(data: Uint8Array, signal: SignalDefinition, physical: number): void {
  let raw: bigint;
  if (signal.valueType === 'integer') {
    raw = BigInt.asUintN(signal.length, BigInt(Math.round((physical - signal.offset) / signal.scale)));
  } else {
    const view = new DataView(new ArrayBuffer(8));
    const value = (physical - signal.offset) / signal.scale;
    if (signal.valueType === 'float32') {
      view.setFloat32(0, value);
      raw = BigInt(view.getUint32(0));
    } else {
      view.setFloat64(0, value);
      raw = view.getBigUint64(0);
    }
  }
  const bits = signalBits(signal);
  bits.forEach((bit, index) => {
    const set = (raw >> BigInt(bits.length - 1 - index)) & 1n;
    const byteIndex = bit >> 3;
    const mask = 1 << (bit & 7);
    data[byteIndex] = set === 1n ? (data[byteIndex] ?? 0) | mask : (data[byteIndex] ?? 0) & ~mask;
  });
}

/** Whether a decoded value is inside the signal's physical range (a range of [0|0] means "none given", as in DBC). */
export function inRange(signal: SignalDefinition, value: number): boolean {
  if (signal.min === undefined || signal.max === undefined || (signal.min === 0 && signal.max === 0)) return true;
  const slack = Math.abs(signal.scale) / 2;
  return value >= signal.min - slack && value <= signal.max + slack;
}
