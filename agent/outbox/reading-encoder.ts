import { endianness } from 'node:os';
import protobuf from 'protobufjs/minimal.js';
import type { outpost } from '../../wire/index.js';

/**
 * Encodes a Reading record exactly as protobufjs's `v1.Record.encode` does (seq left out, the
 * given priority), without its Writer, its forks and a copy of the record (issue 13: the
 * outbox's enqueue encoded every poll's record with protobufjs, 5-6 % of the busy agent's CPU).
 * A frozen channel list (ReadingBatch shares one per sensor) is encoded once and reused.
 * Returns undefined for anything it is not sure to encode byte for byte as protobufjs would
 * (other bodies, Long or out-of-range integers, unknown fields, non-plain objects): the caller
 * then uses protobufjs. test/outbox/reading-encoder.test.ts checks it against protobufjs.
 */
export function encodeReadingRecord(record: outpost.v1.IRecord, priority: number): Buffer | undefined {
  const reading = record.reading;
  if (reading === null || reading === undefined || !plain(record) || !plain(reading)) return undefined;
  if (
    record.detection != null ||
    record.incident != null ||
    record.health != null ||
    record.event != null ||
    record.snapshot != null ||
    record.commandResult != null ||
    unknowns(record) ||
    unknowns(reading)
  ) {
    return undefined;
  }
  const time = record.timeUnixMs;
  const timeSet = time != null && time !== 0;
  if (timeSet && (typeof time !== 'number' || !Number.isSafeInteger(time) || time < 0)) return undefined;
  const quality = record.timeQuality;
  const qualitySet = quality != null && quality !== 0;
  if (qualitySet && (typeof quality !== 'number' || (quality | 0) < 0)) return undefined;
  const prioritySet = priority !== 0;
  if (prioritySet && (priority | 0) < 0) return undefined;

  const sensor = reading.sensor;
  const sensorSet = sensor != null && sensor !== '';
  if (sensorSet && typeof sensor !== 'string') return undefined;
  const channels = reading.channels != null && reading.channels.length ? channelBytes(reading.channels) : EMPTY;
  if (channels === undefined) return undefined;
  const samples = reading.samples != null && reading.samples.length ? reading.samples : undefined;
  const sampleSizes = samples === undefined ? undefined : sampleBodySizes(samples);
  if (samples !== undefined && sampleSizes === undefined) return undefined;

  // Sizes first, then one buffer written front to back.
  const sensorBytes = sensorSet ? protobuf.util.utf8.length(sensor as string) : 0;
  let readingSize = (sensorSet ? 1 + varintSize(sensorBytes) + sensorBytes : 0) + channels.length;
  if (sampleSizes !== undefined) for (let i = 0; i < sampleSizes.length; i++) readingSize += 1 + varintSize(sampleSizes[i]!) + sampleSizes[i]!;
  const size =
    (timeSet ? 1 + varintSize(time as number) : 0) +
    (qualitySet ? 1 + varintSize((quality as number) >>> 0) : 0) +
    (prioritySet ? 1 + varintSize(priority >>> 0) : 0) +
    1 +
    varintSize(readingSize) +
    readingSize;

  const out = Buffer.allocUnsafe(size);
  let pos = 0;
  if (timeSet) pos = writeVarint(out, writeTag(out, pos, 16), time as number);
  if (qualitySet) pos = writeVarint(out, writeTag(out, pos, 24), (quality as number) >>> 0);
  if (prioritySet) pos = writeVarint(out, writeTag(out, pos, 32), priority >>> 0);
  pos = writeVarint(out, writeTag(out, pos, 98), readingSize);
  if (sensorSet) {
    pos = writeVarint(out, writeTag(out, pos, 10), sensorBytes);
    pos += protobuf.util.utf8.write(sensor as string, out, pos);
  }
  out.set(channels, pos);
  pos += channels.length;
  if (samples !== undefined && sampleSizes !== undefined) {
    for (let i = 0; i < samples.length; i++) {
      pos = writeVarint(out, writeTag(out, pos, 26), sampleSizes[i]!);
      pos = writeSample(out, pos, samples[i]!);
    }
  }
  if (pos !== size) throw new Error(`reading encoder: wrote ${pos} bytes of ${size} (a bug)`);
  return out;
}

const EMPTY = new Uint8Array(0);

/** Encoded `repeated Channel channels = 2` entries of each frozen channel list seen (a sensor's, shared by all its records). */
const channelCache = new WeakMap<readonly outpost.v1.IChannel[], Uint8Array>();

function channelBytes(channels: readonly outpost.v1.IChannel[]): Uint8Array | undefined {
  const cached = channelCache.get(channels);
  if (cached !== undefined) return cached;
  const parts: { name: string; nameBytes: number; unit: string; unitBytes: number; size: number }[] = [];
  let frozen = Object.isFrozen(channels);
  let total = 0;
  for (const channel of channels) {
    if (channel === null || typeof channel !== 'object' || !plain(channel) || unknowns(channel)) return undefined;
    frozen &&= Object.isFrozen(channel);
    const name = channel.name;
    const unit = channel.unit;
    if ((name != null && typeof name !== 'string') || (unit != null && typeof unit !== 'string')) return undefined;
    const n = name ?? '';
    const u = unit ?? '';
    const nameBytes = protobuf.util.utf8.length(n);
    const unitBytes = protobuf.util.utf8.length(u);
    const size = (n !== '' ? 1 + varintSize(nameBytes) + nameBytes : 0) + (u !== '' ? 1 + varintSize(unitBytes) + unitBytes : 0);
    parts.push({ name: n, nameBytes, unit: u, unitBytes, size });
    total += 1 + varintSize(size) + size;
  }
  const out = Buffer.allocUnsafe(total);
  let pos = 0;
  for (const part of parts) {
    pos = writeVarint(out, writeTag(out, pos, 18), part.size);
    if (part.name !== '') {
      pos = writeVarint(out, writeTag(out, pos, 10), part.nameBytes);
      pos += protobuf.util.utf8.write(part.name, out, pos);
    }
    if (part.unit !== '') {
      pos = writeVarint(out, writeTag(out, pos, 18), part.unitBytes);
      pos += protobuf.util.utf8.write(part.unit, out, pos);
    }
  }
  // Only a list nobody can change is kept: its bytes stay right for as long as it lives.
  if (frozen) channelCache.set(channels, out);
  return out;
}

/** Each sample's encoded size, or undefined when one is not a plain sample this encoder is sure of. */
function sampleBodySizes(samples: readonly outpost.v1.ISample[]): number[] | undefined {
  const sizes: number[] = [];
  for (const sample of samples) {
    if (sample === null || typeof sample !== 'object' || !plain(sample) || unknowns(sample)) return undefined;
    const offset = sample.offsetMs;
    let size = 0;
    if (offset != null && offset !== 0) {
      // |offset| <= 2^52: its zigzag stays a safe integer.
      if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || Math.abs(offset) > 2 ** 52) return undefined;
      size += 1 + varintSize(zigzag(offset));
    }
    const values = sample.values;
    if (values != null && values.length) size += 1 + varintSize(values.length * 8) + values.length * 8;
    const faulted = sample.faulted;
    if (faulted != null && faulted.length) {
      let bytes = 0;
      for (let i = 0; i < faulted.length; i++) bytes += varintSize(faulted[i]! >>> 0);
      size += 1 + varintSize(bytes) + bytes;
    }
    sizes.push(size);
  }
  return sizes;
}

function writeSample(out: Buffer, start: number, sample: outpost.v1.ISample): number {
  let pos = start;
  const offset = sample.offsetMs;
  if (offset != null && offset !== 0) pos = writeVarint(out, writeTag(out, pos, 8), zigzag(offset as number));
  const values = sample.values;
  if (values != null && values.length) {
    pos = writeVarint(out, writeTag(out, pos, 18), values.length * 8);
    pos = writeDoubles(out, pos, values);
  }
  const faulted = sample.faulted;
  if (faulted != null && faulted.length) {
    let bytes = 0;
    for (let i = 0; i < faulted.length; i++) bytes += varintSize(faulted[i]! >>> 0);
    pos = writeVarint(out, writeTag(out, pos, 26), bytes);
    for (let i = 0; i < faulted.length; i++) pos = writeVarint(out, pos, faulted[i]! >>> 0);
  }
  return pos;
}

/** A scratch for a sample's values: on a little-endian CPU they are copied in as one block, not value by value. */
let scratch = new Float64Array(64);
let scratchBytes = new Uint8Array(scratch.buffer);
const littleEndian = endianness() === 'LE';

function writeDoubles(out: Buffer, start: number, values: ArrayLike<number>): number {
  const n = values.length;
  if (!littleEndian) {
    let pos = start;
    for (let i = 0; i < n; i++) pos = out.writeDoubleLE(values[i]!, pos);
    return pos;
  }
  if (scratch.length < n) {
    scratch = new Float64Array(n);
    scratchBytes = new Uint8Array(scratch.buffer);
  }
  // Float64Array.set converts as writeDoubleLE does (ToNumber, NaN stays NaN).
  scratch.set(values);
  out.set(scratchBytes.subarray(0, n * 8), start);
  return start + n * 8;
}

function plain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function unknowns(value: object): boolean {
  return (value as { $unknowns?: unknown }).$unknowns != null;
}

function zigzag(n: number): number {
  return n >= 0 ? n * 2 : -n * 2 - 1;
}

/** Bytes of the varint of a non-negative safe integer. */
function varintSize(n: number): number {
  if (n < 0x80) return 1;
  if (n < 0x4000) return 2;
  if (n < 0x200000) return 3;
  if (n < 0x10000000) return 4;
  let size = 4;
  for (let rest = Math.floor(n / 0x10000000); rest > 0; rest = Math.floor(rest / 0x80)) size++;
  return size;
}

function writeTag(out: Buffer, pos: number, tag: number): number {
  out[pos] = tag;
  return pos + 1;
}

function writeVarint(out: Buffer, start: number, value: number): number {
  let pos = start;
  let n = value;
  while (n > 0xffffffff) {
    out[pos++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  while (n >= 0x80) {
    out[pos++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[pos++] = n;
  return pos;
}
