/**
 * The shape of outpost.v1.Record and of every message it holds, as the record scan
 * (record-scan.ts) walks it: per field number, how protobufjs reads the field. Hand-written from
 * proto/outpost/v1/*.proto; test/centre/record-scan.test.ts checks it against protobufjs's own
 * reflection of those files, so a field added to the schema and not here fails the test.
 */

/** How a field is read. Every varint kind (int32, uint32, enum, int64, uint64, sint64, bool) reads at most 10 bytes. */
export const FieldType = {
  varint: 0,
  fixed32: 1,
  fixed64: 2,
  string: 3,
  bytes: 4,
  message: 5,
  map: 6,
  /** repeated uint32: packed (wire type 2) or one by one (0). */
  packedVarint: 7,
  /** repeated double: packed (wire type 2) or one by one (1). */
  packedDouble: 8,
} as const;
export type FieldType = (typeof FieldType)[keyof typeof FieldType];

/** What the scan keeps of a field, besides checking it. */
export const Capture = {
  none: 0,
  /** The record's subject: Detection/Reading.sensor, Snapshot.camera, Event.source, CommandResult.command_id. */
  subject: 1,
  /** Incident.id, Snapshot.id. */
  bodyId: 2,
  /** Health.vitals: its presence (a backlog of 0 when it has no outbox entries). */
  vitals: 3,
  /** One Vitals.outbox entry. */
  outboxEntry: 4,
  /** OutboxClassDepth.records. */
  outboxRecords: 5,
} as const;
export type Capture = (typeof Capture)[keyof typeof Capture];

export interface FieldSpec {
  type: FieldType;
  capture: Capture;
  /** For FieldType.message. */
  message: MessageSpec | undefined;
  /** For FieldType.map: the key's and the value's type (scalars). */
  key: FieldType;
  value: FieldType;
}

export interface MessageSpec {
  name: string;
  /** Indexed by field number. */
  fields: (FieldSpec | undefined)[];
}

const V = FieldType.varint;
const F32 = FieldType.fixed32;
const F64 = FieldType.fixed64;
const STR = FieldType.string;
const BYTES = FieldType.bytes;

type Entry = FieldType | [FieldType, Capture] | MessageSpec | [MessageSpec, Capture] | { map: [FieldType, FieldType] };

function spec(name: string, entries: Record<number, Entry>): MessageSpec {
  const fields: (FieldSpec | undefined)[] = [];
  const highest = Math.max(...Object.keys(entries).map(Number));
  for (let number = 0; number <= highest; number++) fields.push(undefined);
  for (const [key, entry] of Object.entries(entries)) {
    const field: FieldSpec = { type: FieldType.varint, capture: Capture.none, message: undefined, key: FieldType.varint, value: FieldType.varint };
    const [first, capture] = Array.isArray(entry) ? entry : [entry, Capture.none];
    field.capture = capture;
    if (typeof first === 'number') field.type = first;
    else if ('map' in first) {
      field.type = FieldType.map;
      [field.key, field.value] = first.map;
    } else {
      field.type = FieldType.message;
      field.message = first;
    }
    fields[Number(key)] = field;
  }
  return { name, fields };
}

const seismic = spec('SeismicFeatures', { 1: F64, 2: F32, 3: F32, 4: F32, 5: V, 6: F32 });
const beam = spec('BeamFeatures', { 1: STR, 2: V, 3: V, 4: V });
const pir = spec('PirFeatures', { 1: V, 2: V });
const detection = spec('Detection', { 1: STR, 2: [STR, Capture.subject], 3: V, 4: F32, 5: V, 6: V, 7: V, 8: F32, 9: F32, 10: F32, 20: seismic, 21: beam, 22: pir });
const incident = spec('Incident', { 1: [STR, Capture.bodyId], 2: V, 3: F32, 4: V, 5: V, 6: STR, 7: STR, 8: F32, 9: V, 10: STR });
const channel = spec('Channel', { 1: STR, 2: STR });
const sample = spec('Sample', { 1: V, 2: FieldType.packedDouble, 3: FieldType.packedVarint });
const reading = spec('Reading', { 1: [STR, Capture.subject], 2: channel, 3: sample });
const componentHealth = spec('ComponentHealth', { 1: STR, 2: V, 3: STR, 4: V, 5: { map: [STR, F64] } });
const outboxClassDepth = spec('OutboxClassDepth', { 1: V, 2: [V, Capture.outboxRecords], 3: V, 4: V });
const linkVitals = spec('LinkVitals', { 1: V, 2: V, 3: V, 4: V, 5: V, 6: V, 7: F32, 8: V, 9: V, 10: V, 11: V, 12: V, 13: V, 14: V, 15: V });
const position = spec('Position', { 1: F64, 2: F64, 3: F64, 4: V, 5: V, 6: F32 });
const vitals = spec('Vitals', { 1: F32, 2: F32, 3: V, 4: V, 5: V, 6: V, 7: V, 8: [outboxClassDepth, Capture.outboxEntry], 9: linkVitals, 10: V, 11: position, 12: F32, 13: V });
const health = spec('Health', { 1: componentHealth, 2: [vitals, Capture.vitals] });
const droppedRecords = spec('DroppedRecords', { 1: V, 2: V, 3: V, 4: V, 5: V, 6: V, 7: V, 8: V });
const event = spec('Event', { 1: V, 2: V, 3: [STR, Capture.subject], 4: STR, 5: droppedRecords, 6: { map: [STR, STR] } });
const snapshot = spec('Snapshot', { 1: [STR, Capture.subject], 2: STR, 3: STR, 4: BYTES, 5: V, 6: V, 7: [STR, Capture.bodyId], 8: STR, 9: V, 10: V, 11: V, 12: V, 13: V, 14: V, 15: STR });
const commandResult = spec('CommandResult', { 1: [STR, Capture.subject], 2: V, 3: STR, 4: STR, 5: STR, 6: BYTES, 7: STR, 8: STR, 9: V });

/** Record's body fields (the oneof `body`), by field number, with the kind name classify() gives. */
export const BODY_FIELDS: readonly { field: number; kind: 'detection' | 'incident' | 'reading' | 'health' | 'event' | 'snapshot' | 'commandResult'; spec: MessageSpec }[] = [
  { field: 10, kind: 'detection', spec: detection },
  { field: 11, kind: 'incident', spec: incident },
  { field: 12, kind: 'reading', spec: reading },
  { field: 13, kind: 'health', spec: health },
  { field: 14, kind: 'event', spec: event },
  { field: 15, kind: 'snapshot', spec: snapshot },
  { field: 16, kind: 'commandResult', spec: commandResult },
];

/** Record's own scalar fields: seq, time_unix_ms, time_quality, priority (all varints). */
export const RECORD_SCALARS = [1, 2, 3, 4] as const;
