import protobuf from 'protobufjs/minimal.js';
import type { BodyKind } from '../wire/index.js';
import { RecordScanError, WireCursor } from './record-cursor.js';
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

// Local copies of the imported constants: the scan's loops read them per field, and an imported
// binding read is a getter call when the module runs under tsx (as the tests run the centre).
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
const readStrict = protobuf.util.utf8.readStrict;

const TWO_32 = 4294967296;

// The scan's state: one record at a time, synchronously, so one cursor and module variables (no allocation).
const cursor = new WireCursor();
let subjectStart = -1;
let subjectEnd = -1;
let bodyIdStart = -1;
let bodyIdEnd = -1;
let vitalsSeen = false;
let outboxSum = 0;
let entryLo = 0;
let entryHi = 0;

/** Reads a scalar of `type` if `wireType` is the one protobufjs reads it with; false (to be skipped as unknown) otherwise. */
function readScalar(type: FieldType, wireType: number, end: number): boolean {
  switch (type) {
    case VARINT:
      if (wireType !== 0) return false;
      cursor.skipVarint(end);
      return true;
    case FIXED32:
      if (wireType !== 5) return false;
      cursor.skipBytes(4, end);
      return true;
    case FIXED64:
      if (wireType !== 1) return false;
      cursor.skipBytes(8, end);
      return true;
    case STRING:
      if (wireType !== 2) return false;
      cursor.checkString(end);
      return true;
    case BYTES:
      if (wireType !== 2) return false;
      cursor.pos = cursor.readEnd(end);
      return true;
    case PACKED_VARINT:
      if (wireType === 0) cursor.skipVarint(end);
      else if (wireType === 2) {
        const to = cursor.readEnd(end);
        while (cursor.pos < to) cursor.skipVarint(to);
      } else return false;
      return true;
    case PACKED_DOUBLE:
      if (wireType === 1) cursor.skipBytes(8, end);
      else if (wireType === 2) {
        const to = cursor.readEnd(end);
        if ((to - cursor.pos) % 8 !== 0) cursor.fail('a packed double field is not a whole number of doubles');
        cursor.pos = to;
      } else return false;
      return true;
    default:
      return false;
  }
}

/** A map field's entry, as the generated decoders read it (key 1, value 2, anything else skipped). */
function walkMapEntry(field: FieldSpec, depth: number, end: number): void {
  const to = cursor.readEnd(end);
  while (cursor.pos < to) {
    const tag = cursor.readTag(to);
    const number = tag >>> 3;
    const wireType = tag & 7;
    if ((number === 1 && readScalar(field.key, wireType, to)) || (number === 2 && readScalar(field.value, wireType, to))) continue;
    cursor.skipType(wireType, depth, number, to);
  }
}

/** Checks a message as `decode` at `depth` would, keeping what the captures ask for. */
function walkMessage(spec: MessageSpec, end: number, depth: number): void {
  const fields = spec.fields;
  while (cursor.pos < end) {
    const tag = cursor.readTag(end);
    const number = tag >>> 3;
    const wireType = tag & 7;
    const field = number < fields.length ? fields[number] : undefined;
    if (field !== undefined && wireType === 2 && field.type === MESSAGE) {
      const to = cursor.readEnd(end);
      walkNested(field, to, depth + 1);
      continue;
    }
    if (field !== undefined && wireType === 2 && field.type === MAP) {
      walkMapEntry(field, depth, end);
      continue;
    }
    if (field !== undefined && field.capture !== NO_CAPTURE && captureScalar(field, wireType, end)) continue;
    if (field !== undefined && readScalar(field.type, wireType, end)) continue;
    cursor.skipType(wireType, depth, number, end);
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
    const start = cursor.checkString(end);
    if (field.capture === SUBJECT) {
      subjectStart = start;
      subjectEnd = cursor.pos;
    } else {
      bodyIdStart = start;
      bodyIdEnd = cursor.pos;
    }
    return true;
  }
  if (field.type !== VARINT || wireType !== 0) return false;
  cursor.readLong(end);
  entryLo = cursor.lo;
  entryHi = cursor.hi;
  return true;
}

/** Body field number (10..16) -> its kind and shape. */
const BODIES: (typeof BODY_FIELDS)[number][] = [];
for (const body of BODY_FIELDS) BODIES[body.field] = body;

/** The scan's answer for the bytes it last scanned. */
function stringAt(start: number, end: number): string {
  return start < 0 ? '' : readStrict(cursor.buf, start, end);
}

/**
 * Scans one outpost.v1.Record: every field of every message in it is checked the way
 * `v1.Record.decode` reads it (so bytes it would refuse are refused here, and a later decode of
 * accepted bytes does not throw), and what ingest needs is kept. Throws RecordScanError.
 */
export function scanRecord(bytes: Uint8Array): RecordScan {
  cursor.buf = bytes;
  cursor.pos = 0;
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
    while (cursor.pos < end) {
      const tag = cursor.readTag(end);
      const number = tag >>> 3;
      const wireType = tag & 7;
      if (number >= 1 && number <= 4 && wireType === 0) {
        cursor.readLong(end);
        if (number === 1) {
          seqLo = cursor.lo;
          seqHi = cursor.hi;
        } else if (number === 2) {
          timeLo = cursor.lo;
          timeHi = cursor.hi;
        } else if (number === 3) timeQuality = cursor.lo | 0;
        else priority = cursor.lo | 0;
        continue;
      }
      const bodyField = number >= 10 && number <= 16 && wireType === 2 ? BODIES[number] : undefined;
      if (bodyField !== undefined) {
        const to = cursor.readEnd(end);
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
      cursor.skipType(wireType, 0, number, end);
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
    cursor.buf = EMPTY;
  }
}

const EMPTY = new Uint8Array(0);

export { RecordScanError };
