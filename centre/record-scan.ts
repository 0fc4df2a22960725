import { isUtf8 } from 'node:buffer';
import protobuf from 'protobufjs/minimal.js';
import type { BodyKind } from '../wire/index.js';
import { BODY_FIELDS, Capture, FieldType, type FieldSpec, type MessageSpec } from './record-schema.js';

/**
 * What the centre's ingest needs of one outpost.v1.Record, read from its wire bytes without
 * decoding it into objects (the decode and its garbage were a third of a busy worker's CPU).
 * Values are what `v1.Record.decode` (protobufjs 8) and the centre's extraction from it give:
 * last value wins, a body field of the same kind twice merges, another kind replaces it.
 */
export interface RecordScan {
  /** The seq exact to 64 bits. */
  wireSeq: bigint;
  timeUnixMs: number;
  timeQuality: number;
  priority: number;
  /** The body's kind; undefined for a record with none. */
  kind: BodyKind | undefined;
  /** Detection/Reading.sensor, Snapshot.camera, Event.source, CommandResult.command_id; '' for other bodies. */
  subject: string;
  /** Incident.id or Snapshot.id ('' when empty); undefined for other bodies. */
  bodyId: string | undefined;
  /** Sum of Health.vitals.outbox[].records; undefined unless the body is a Health with vitals. */
  backlog: number | undefined;
}

/** Bytes that `v1.Record.decode` would refuse (and a few it would misread: see the README). */
export class RecordScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordScanError';
  }
}

// Local copies of the imported constants: the scan's loops read them per field, and an imported
// binding read is a getter call when the module runs under tsx (as the benches run the workers).
const VARINT = FieldType.varint;
const FIXED32 = FieldType.fixed32;
const FIXED64 = FieldType.fixed64;
const STRING = FieldType.string;
const BYTES = FieldType.bytes;
const MESSAGE = FieldType.message;
const MAP = FieldType.map;
const PACKED_VARINT = FieldType.packedVarint;
const PACKED_DOUBLE = FieldType.packedDouble;
const NO_CAPTURE = Capture.none;
const SUBJECT = Capture.subject;
const VITALS = Capture.vitals;
const OUTBOX_ENTRY = Capture.outboxEntry;
const validUtf8 = isUtf8;
const readStrict = protobuf.util.utf8.readStrict;

/** protobufjs's Reader.recursionLimit: deeper groups in unknown fields are refused. */
const RECURSION_LIMIT = 100;
const TWO_32 = 4294967296;

// The scan's state: one record at a time, synchronously, so module variables (no allocation).
let buf: Uint8Array = new Uint8Array(0);
let pos = 0;
/** The last varint read by readLong: its low and high 32 bits, as protobufjs's LongBits. */
let lo = 0;
let hi = 0;
let subjectStart = -1;
let subjectEnd = -1;
let bodyIdStart = -1;
let bodyIdEnd = -1;
let vitalsSeen = false;
let outboxSum = 0;
let entryLo = 0;
let entryHi = 0;

function truncated(): never {
  throw new RecordScanError(`index out of range: the record is truncated at byte ${pos}`);
}

function fail(reason: string): never {
  throw new RecordScanError(`${reason} at byte ${pos}`);
}

/** Reader.tag(): at most 5 bytes, a value below 2^32. */
function readTag(end: number): number {
  let value = 0;
  for (let index = 0; index < 4; index++) {
    if (pos >= end) truncated();
    const byte = buf[pos++] as number;
    value = (value | ((byte & 127) << (index * 7))) >>> 0;
    if (byte < 128) return value;
  }
  if (pos >= end) truncated();
  const byte = buf[pos++] as number;
  if (byte > 15) fail('invalid tag encoding');
  return (value | (byte << 28)) >>> 0;
}

/** Reader.size(): a length prefix of at most 5 bytes, below 2^31; the end it gives, checked against `end`. */
function readEnd(end: number): number {
  let value = 0;
  for (let index = 0; index < 4; index++) {
    if (pos >= end) truncated();
    const byte = buf[pos++] as number;
    value = (value | ((byte & 127) << (index * 7))) >>> 0;
    if (byte < 128) return checkedEnd(value, end);
  }
  if (pos >= end) truncated();
  const byte = buf[pos++] as number;
  if (byte > 7) fail('invalid length encoding');
  return checkedEnd((value | (byte << 28)) >>> 0, end);
}

function checkedEnd(length: number, end: number): number {
  const to = pos + length;
  if (to > end) truncated();
  return to;
}

/** A known varint field (any of protobufjs's varint readers): at most 10 bytes. */
function skipVarint(end: number): void {
  for (let index = 0; index < 10; index++) {
    if (pos >= end) truncated();
    if ((buf[pos++] as number) < 128) return;
  }
  fail('invalid varint encoding');
}

/** Reader's readLongVarint: sets lo and hi to the value's 64 bits. */
function readLong(end: number): void {
  let low = 0;
  let high = 0;
  for (let index = 0; index < 4; index++) {
    if (pos >= end) truncated();
    const byte = buf[pos++] as number;
    low = (low | ((byte & 127) << (index * 7))) >>> 0;
    if (byte < 128) {
      lo = low;
      hi = 0;
      return;
    }
  }
  if (pos >= end) truncated();
  let byte = buf[pos++] as number;
  low = (low | ((byte & 127) << 28)) >>> 0;
  high = (high | ((byte & 127) >> 4)) >>> 0;
  if (byte < 128) {
    lo = low;
    hi = high;
    return;
  }
  for (let index = 0; index < 5; index++) {
    if (pos >= end) truncated();
    byte = buf[pos++] as number;
    high = (high | ((byte & 127) << (index * 7 + 3))) >>> 0;
    if (byte < 128) {
      lo = low;
      hi = high;
      return;
    }
  }
  fail('invalid varint encoding');
}

function skipBytes(count: number, end: number): void {
  if (pos + count > end) truncated();
  pos += count;
}

/** A string field: protobufjs reads it with stringVerify, so invalid UTF-8 is refused. */
function checkString(end: number): number {
  const to = readEnd(end);
  for (let index = pos; index < to; index++) {
    if ((buf[index] as number) >= 128) {
      if (!validUtf8(buf.subarray(pos, to))) fail('invalid UTF-8 in a string');
      break;
    }
  }
  const start = pos;
  pos = to;
  return start;
}

/** Reader.skipType, with its depth and field-number checks and group matching. */
function skipType(wireType: number, depth: number, field: number, end: number): void {
  if (depth > RECURSION_LIMIT) fail('max depth exceeded');
  if (field === 0) fail('illegal tag: field number 0');
  switch (wireType) {
    case 0:
      do {
        if (pos >= end) truncated();
      } while ((buf[pos++] as number) & 128);
      return;
    case 1:
      return skipBytes(8, end);
    case 2:
      pos = readEnd(end);
      return;
    case 3:
      for (;;) {
        const tag = readTag(end);
        const nested = tag >>> 3;
        const nestedType = tag & 7;
        if (nested === 0) fail('illegal tag: field number 0');
        if (nestedType === 4) {
          if (nested !== field) fail('invalid end group tag');
          return;
        }
        skipType(nestedType, depth + 1, nested, end);
      }
    case 5:
      return skipBytes(4, end);
    default:
      fail(`invalid wire type ${wireType}`);
  }
}

/** Reads a scalar of `type` if `wireType` is the one protobufjs reads it with; false (to be skipped as unknown) otherwise. */
function readScalar(type: FieldType, wireType: number, end: number): boolean {
  switch (type) {
    case VARINT:
      if (wireType !== 0) return false;
      skipVarint(end);
      return true;
    case FIXED32:
      if (wireType !== 5) return false;
      skipBytes(4, end);
      return true;
    case FIXED64:
      if (wireType !== 1) return false;
      skipBytes(8, end);
      return true;
    case STRING:
      if (wireType !== 2) return false;
      checkString(end);
      return true;
    case BYTES:
      if (wireType !== 2) return false;
      pos = readEnd(end);
      return true;
    case PACKED_VARINT:
      if (wireType === 0) skipVarint(end);
      else if (wireType === 2) {
        const to = readEnd(end);
        while (pos < to) skipVarint(to);
      } else return false;
      return true;
    case PACKED_DOUBLE:
      if (wireType === 1) skipBytes(8, end);
      else if (wireType === 2) {
        const to = readEnd(end);
        if ((to - pos) % 8 !== 0) fail('a packed double field is not a whole number of doubles');
        pos = to;
      } else return false;
      return true;
    default:
      return false;
  }
}

/** A map field's entry, as the generated decoders read it (key 1, value 2, anything else skipped). */
function walkMapEntry(field: FieldSpec, depth: number, end: number): void {
  const to = readEnd(end);
  while (pos < to) {
    const tag = readTag(to);
    const number = tag >>> 3;
    const wireType = tag & 7;
    if ((number === 1 && readScalar(field.key, wireType, to)) || (number === 2 && readScalar(field.value, wireType, to))) continue;
    skipType(wireType, depth, number, to);
  }
}

/** Checks a message as `decode` at `depth` would, keeping what the captures ask for. */
function walkMessage(spec: MessageSpec, end: number, depth: number): void {
  const fields = spec.fields;
  while (pos < end) {
    const tag = readTag(end);
    const number = tag >>> 3;
    const wireType = tag & 7;
    const field = number < fields.length ? fields[number] : undefined;
    if (field !== undefined && wireType === 2 && field.type === MESSAGE) {
      const to = readEnd(end);
      walkNested(field, to, depth + 1);
      continue;
    }
    if (field !== undefined && wireType === 2 && field.type === MAP) {
      walkMapEntry(field, depth, end);
      continue;
    }
    if (field !== undefined && field.capture !== NO_CAPTURE && captureScalar(field, wireType, end)) continue;
    if (field !== undefined && readScalar(field.type, wireType, end)) continue;
    skipType(wireType, depth, number, end);
  }
}

function walkNested(field: FieldSpec, to: number, depth: number): void {
  const message = field.message as MessageSpec;
  if (field.capture === OUTBOX_ENTRY) {
    entryLo = entryHi = 0;
    walkMessage(message, to, depth);
    outboxSum += (entryHi >>> 0) * TWO_32 + (entryLo >>> 0);
    return;
  }
  if (field.capture === VITALS) vitalsSeen = true;
  walkMessage(message, to, depth);
}

/** A captured string (subject, body id) or varint (outbox records); false when the wire type is not the field's (then it is an unknown field). */
function captureScalar(field: FieldSpec, wireType: number, end: number): boolean {
  if (field.type === STRING) {
    if (wireType !== 2) return false;
    const start = checkString(end);
    if (field.capture === SUBJECT) {
      subjectStart = start;
      subjectEnd = pos;
    } else {
      bodyIdStart = start;
      bodyIdEnd = pos;
    }
    return true;
  }
  if (field.type !== VARINT || wireType !== 0) return false;
  readLong(end);
  entryLo = lo;
  entryHi = hi;
  return true;
}

/** Body field number (10..16) -> its kind and shape. */
const BODIES: (typeof BODY_FIELDS)[number][] = [];
for (const body of BODY_FIELDS) BODIES[body.field] = body;

/** The scan's answer for the bytes it last scanned. */
function stringAt(start: number, end: number): string {
  return start < 0 ? '' : readStrict(buf, start, end);
}

/**
 * Scans one outpost.v1.Record: every field of every message in it is checked the way
 * `v1.Record.decode` reads it (so bytes it would refuse are refused here, and a later decode of
 * accepted bytes does not throw), and what ingest needs is kept. Throws RecordScanError.
 */
export function scanRecord(bytes: Uint8Array): RecordScan {
  buf = bytes;
  pos = 0;
  const end = bytes.length;
  let seqLo = 0;
  let seqHi = 0;
  let timeLo = 0;
  let timeHi = 0;
  let timeQuality = 0;
  let priority = 0;
  let body = 0;
  subjectStart = subjectEnd = bodyIdStart = bodyIdEnd = -1;
  vitalsSeen = false;
  outboxSum = 0;
  try {
    while (pos < end) {
      const tag = readTag(end);
      const number = tag >>> 3;
      const wireType = tag & 7;
      if (number >= 1 && number <= 4 && wireType === 0) {
        readLong(end);
        if (number === 1) {
          seqLo = lo;
          seqHi = hi;
        } else if (number === 2) {
          timeLo = lo;
          timeHi = hi;
        } else if (number === 3) timeQuality = lo | 0;
        else priority = lo | 0;
        continue;
      }
      const bodyField = number >= 10 && number <= 16 && wireType === 2 ? BODIES[number] : undefined;
      if (bodyField !== undefined) {
        const to = readEnd(end);
        if (number !== body) {
          // The oneof: another body replaces the one before (protobufjs deletes it); the same merges.
          body = number;
          subjectStart = subjectEnd = bodyIdStart = bodyIdEnd = -1;
          vitalsSeen = false;
          outboxSum = 0;
        }
        walkMessage(bodyField.spec, to, 1);
        continue;
      }
      skipType(wireType, 0, number, end);
    }
    const kind = body === 0 ? undefined : BODIES[body]?.kind;
    return {
      wireSeq: seqHi === 0 ? BigInt(seqLo) : (BigInt(seqHi) << 32n) | BigInt(seqLo),
      timeUnixMs: (timeHi | 0) * TWO_32 + (timeLo >>> 0),
      timeQuality,
      priority,
      kind,
      subject: stringAt(subjectStart, subjectEnd),
      bodyId: kind === 'incident' || kind === 'snapshot' ? stringAt(bodyIdStart, bodyIdEnd) : undefined,
      backlog: kind === 'health' && vitalsSeen ? outboxSum : undefined,
    };
  } finally {
    buf = EMPTY;
  }
}

const EMPTY = new Uint8Array(0);
