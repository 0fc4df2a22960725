import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import Long from 'long';
import protobuf from 'protobufjs';
import { bodyKindOf, toBigInt, toNumber, v1, type outpost } from '../../wire/index.js';
import { RecordScanError, scanRecord, type RecordScan } from '../../centre/record-scan.js';
import { BODY_FIELDS, FieldType, type MessageSpec } from '../../centre/record-schema.js';
import { MalformedEnvelope, checkRecord, readEnvelope } from '../../centre/envelope-reader.js';
import { seededRandom } from '../../agent/detection/synthetic.js';

// Differential test: the record scan against `v1.Record.decode` followed by the extraction the
// centre did before the scan (subjectOf, backlogOf and the body id as centre/ingest.ts had them).
// For every byte string both must agree on accept/refuse, and on every field when accepted.
// With protobufjs 8.8.1 they agree everywhere: protobufjs checks wire types (a known field with
// another wire type is skipped as unknown), refuses invalid UTF-8 in strings, field 0, wire types
// 4/6/7, overlong varints, unmatched groups; the scan does the same, so there is no case where
// the scan refuses what protobufjs accepts. Should a protobufjs upgrade change that, this test says so.

const test = suite('record scan');
/** The same byte strings every run (mulberry32); RECORD_SCAN_SEED picks others. */
const SEED = Number(process.env['RECORD_SCAN_SEED'] ?? 20261203);

const random = seededRandom(SEED);
const int = (below: number): number => Math.floor(random() * below);
const chance = (p: number): boolean => random() < p;
function pick<T>(items: readonly T[]): T {
  return items[int(items.length)] as T;
}

/** Today's extraction (centre/ingest.ts before the scan). */
function reference(bytes: Uint8Array): RecordScan | 'refused' {
  let record: outpost.v1.Record;
  try {
    record = v1.Record.decode(bytes);
  } catch {
    return 'refused';
  }
  const depth = record.health?.vitals?.outbox;
  return {
    wireSeq: toBigInt(record.seq),
    timeUnixMs: toNumber(record.timeUnixMs),
    timeQuality: record.timeQuality,
    priority: record.priority,
    kind: bodyKindOf(record),
    subject: record.detection?.sensor ?? record.reading?.sensor ?? record.snapshot?.camera ?? record.event?.source ?? record.commandResult?.commandId ?? '',
    bodyId: record.incident?.id ?? record.snapshot?.id ?? undefined,
    backlog: depth === undefined || depth === null ? undefined : depth.reduce((sum, entry) => sum + toNumber(entry.records), 0),
  };
}

function scanned(bytes: Uint8Array): RecordScan | 'refused' {
  try {
    return scanRecord(bytes);
  } catch (error) {
    if (error instanceof RecordScanError) return 'refused';
    throw error;
  }
}

const tally = { accepted: 0, refused: 0 };

function agree(bytes: Uint8Array, family: string): void {
  const expected = reference(bytes);
  const actual = scanned(bytes);
  const hex = Buffer.from(bytes).toString('hex');
  if (expected === 'refused' || actual === 'refused') {
    assert.is(actual === 'refused', expected === 'refused', `${family}: scan ${actual === 'refused' ? 'refuses' : 'accepts'}, protobufjs ${expected === 'refused' ? 'refuses' : 'accepts'} ${hex}`);
  } else {
    assert.equal(actual, expected, `${family}: fields differ for ${hex}`);
    // What the scan accepts, a lazy decode later must not throw on (covered by reference above).
  }
  tally[expected === 'refused' ? 'refused' : 'accepted'] += 1;
}

// ---- A writer for arbitrary (also malformed) protobuf bytes ----

function varint(out: number[], value: bigint): void {
  let rest = BigInt.asUintN(64, value);
  while (rest >= 128n) {
    out.push(Number(rest & 127n) | 128);
    rest >>= 7n;
  }
  out.push(Number(rest));
}

/** A varint, sometimes with needless continuation bytes (padded up to 10 bytes, or past: then refused). */
function varintMaybeLong(out: number[], value: bigint): void {
  const bytes: number[] = [];
  varint(bytes, value);
  if (chance(0.03)) {
    const target = chance(0.5) ? 10 : 11 + int(3);
    while (bytes.length < target) {
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) | 128;
      bytes.push(0);
    }
  }
  out.push(...bytes);
}

function tag(out: number[], field: number, wireType: number): void {
  varint(out, (BigInt(field) << 3n) | BigInt(wireType));
}

function delimited(out: number[], field: number, body: number[]): void {
  tag(out, field, 2);
  varint(out, BigInt(body.length));
  out.push(...body);
}

const EDGE_VARINTS = [0n, 1n, 2n, 127n, 128n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 32n + 1n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n, -1n, -1_700_000_000_000n, 1_764_000_000_000n, 8_640_000_000_000_000n];
function someVarint(): bigint {
  return chance(0.6) ? pick(EDGE_VARINTS) : BigInt.asUintN(64, (BigInt(int(2 ** 32)) << BigInt(int(33))) ^ BigInt(int(2 ** 32)));
}

const STRINGS = ['', 'a', 'seis-1', 'pir-north', 'cam-0', 'Ñandú', 'Straße', '東京センサー', '😀 sensor', '\uFEFFbom', 'x'.repeat(70), 'é'.repeat(40), 'zero\u0000byte', '\u{10FFFF}', '\uFFFE'];
const BAD_UTF8 = [[0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0xaf], [0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff]];
function someString(): number[] {
  if (chance(0.04)) {
    const bad = pick(BAD_UTF8);
    return chance(0.5) ? [...bad] : [...Buffer.from(pick(STRINGS)), ...bad, ...Buffer.from('ok')];
  }
  return [...Buffer.from(pick(STRINGS), 'utf8')];
}

function randomBytes(count: number): number[] {
  return Array.from({ length: count }, () => int(256));
}

/** An unknown field (number not in the message) of any wire type; groups nest and sometimes break. */
function unknownField(out: number[], taken: (number: number) => boolean, depth = 0): void {
  let field = pick([5, 17, 99, 1000, 2 ** 29 - 1, 100 + int(400)]);
  while (taken(field)) field += 1;
  const wireType = pick([0, 1, 2, 3, 5, 0, 2]);
  if (wireType === 3) {
    tag(out, field, 3);
    const inner = int(3);
    for (let index = 0; index < inner && depth < 3; index++) unknownField(out, () => false, depth + 1);
    if (chance(0.05)) return tag(out, field + 1, 4); // a mismatched end group: refused
    if (chance(0.03)) return; // unterminated: refused
    return tag(out, field, 4);
  }
  tag(out, field, wireType);
  if (wireType === 0) varint(out, someVarint());
  else if (wireType === 1) out.push(...randomBytes(8));
  else if (wireType === 5) out.push(...randomBytes(4));
  else {
    const body = randomBytes(int(6));
    varint(out, BigInt(body.length));
    out.push(...body);
  }
}

const SCALAR_WIRE: Record<string, number> = { double: 1, float: 5, int32: 0, uint32: 0, sint32: 0, int64: 0, uint64: 0, sint64: 0, fixed32: 5, fixed64: 1, sfixed32: 5, sfixed64: 1, bool: 0, string: 2, bytes: 2 };

function scalar(out: number[], type: string, number: number): void {
  const wireType = SCALAR_WIRE[type] ?? 0; // enums are varints
  tag(out, number, wireType);
  if (wireType === 0) {
    if (type === 'bool') return varintMaybeLong(out, chance(0.8) ? BigInt(int(2)) : someVarint());
    return varintMaybeLong(out, someVarint());
  }
  if (wireType === 1) return void out.push(...randomBytes(8));
  if (wireType === 5) return void out.push(...randomBytes(4));
  const body = type === 'string' ? someString() : randomBytes(int(12));
  varint(out, BigInt(body.length));
  out.push(...body);
}

const root = protobuf.loadSync(['envelope.proto', 'state.proto'].map((name) => `outpost/v1/${name}`), Object.assign(new protobuf.Root(), {
  resolvePath: (_origin: string, target: string) => join(import.meta.dirname, '../../proto', target),
}));
root.resolveAll();

/** A message of `type` as bytes: its fields in any order, some twice, some with a wrong wire type, plus unknown fields. */
function message(type: protobuf.Type, depth: number): number[] {
  const out: number[] = [];
  const fields = type.fieldsArray.filter(() => chance(0.6));
  for (const field of fields) {
    const times = field.repeated || field.map ? 1 + int(3) : chance(0.1) ? 2 : 1;
    for (let time = 0; time < times; time++) fieldBytes(out, field, depth);
  }
  if (chance(0.2)) unknownField(out, (number) => type.fieldsById[number] !== undefined);
  return out;
}

function fieldBytes(out: number[], field: protobuf.Field, depth: number): void {
  if (chance(0.02)) {
    // A known field with another wire type: protobufjs skips it as unknown.
    tag(out, field.id, pick([0, 1, 2, 5]));
    const wireType = out[out.length - 1]! & 7;
    if (wireType === 0) varint(out, someVarint());
    else if (wireType === 1) out.push(...randomBytes(8));
    else if (wireType === 5) out.push(...randomBytes(4));
    else delimitedBody(out, randomBytes(int(5)));
    return;
  }
  if (field instanceof protobuf.MapField) {
    const entry: number[] = [];
    if (chance(0.9)) scalar(entry, field.keyType, 1);
    if (chance(0.9)) scalar(entry, field.type, 2);
    if (chance(0.1)) unknownField(entry, (number) => number <= 2);
    return delimited(out, field.id, entry);
  }
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) return delimited(out, field.id, depth > 6 ? [] : message(resolved, depth + 1));
  if (field.repeated && (field.type === 'double' || field.type === 'uint32') && chance(0.5)) {
    // Packed: doubles by 8 bytes (sometimes not), uint32s as varints.
    const body: number[] = [];
    const count = int(5);
    for (let index = 0; index < count; index++) {
      if (field.type === 'double') body.push(...randomBytes(8));
      else varintMaybeLong(body, someVarint());
    }
    if (field.type === 'double' && chance(0.05)) body.push(int(256));
    return delimited(out, field.id, body);
  }
  scalar(out, field.type, field.id);
}

function delimitedBody(out: number[], body: number[]): void {
  varint(out, BigInt(body.length));
  out.push(...body);
}

const recordType = root.lookupType('outpost.v1.Record');
const bodies = recordType.oneofs['body']!.fieldsArray;

/** A record: seq, time, quality, priority (each maybe absent or twice), zero to three bodies. */
function record(): number[] {
  const out: number[] = [];
  const parts: (() => void)[] = [];
  for (const number of [1, 2, 3, 4]) {
    if (chance(0.85)) parts.push(() => fieldBytes(out, recordType.fieldsById[number]!, 0));
    if (chance(0.05)) parts.push(() => fieldBytes(out, recordType.fieldsById[number]!, 0));
  }
  const count = pick([1, 1, 1, 1, 0, 2, 3]);
  const first = pick(bodies);
  for (let index = 0; index < count; index++) {
    const body = index === 0 || chance(0.5) ? first : pick(bodies);
    parts.push(() => fieldBytes(out, body, 0));
  }
  if (chance(0.2)) parts.push(() => unknownField(out, (number) => recordType.fieldsById[number] !== undefined));
  if (chance(0.5)) parts.sort(() => random() - 0.5);
  for (const part of parts) part();
  return out;
}

function mutate(bytes: number[]): number[] {
  const copy = [...bytes];
  const rounds = 1 + int(3);
  for (let round = 0; round < rounds; round++) {
    const at = int(copy.length + 1);
    switch (int(7)) {
      case 0:
        copy.length = at; // truncated
        break;
      case 1:
        if (at < copy.length) copy[at] = int(256);
        break;
      case 2:
        if (at < copy.length) copy[at] = (copy[at] as number) ^ (1 << int(8));
        break;
      case 3:
        copy.splice(at, 1);
        break;
      case 4:
        copy.splice(at, 0, ...randomBytes(1 + int(3)));
        break;
      case 5:
        copy.splice(at, 0, pick([0x80, 0xff, 0x07, 0x0f, 0x00, 0x7f, 0x0e, 0x0c, 0x0b]));
        break;
      default:
        copy.splice(at, 0, ...copy.slice(int(copy.length), int(copy.length)));
    }
  }
  return copy;
}

test('the schema the scan walks is the one protobufjs decodes (every message, field and type)', () => {
  const checked = new Set<string>();
  const check = (spec: MessageSpec, type: protobuf.Type): void => {
    if (checked.has(spec.name)) return;
    checked.add(spec.name);
    assert.is(spec.name, type.name);
    const numbers = spec.fields.flatMap((field, number) => (field === undefined ? [] : [number]));
    assert.equal(numbers, type.fieldsArray.map((field) => field.id).sort((a, b) => a - b), `${type.name}: field numbers`);
    for (const field of type.fieldsArray) {
      const mine = spec.fields[field.id]!;
      const resolved = field.resolvedType;
      if (field instanceof protobuf.MapField) {
        assert.is(mine.type, FieldType.map, `${type.name}.${field.name}`);
        assert.is(mine.key, typeOf(field.keyType), `${type.name}.${field.name} key`);
        assert.is(mine.value, typeOf(field.type), `${type.name}.${field.name} value`);
      } else if (resolved instanceof protobuf.Type) {
        assert.is(mine.type, FieldType.message, `${type.name}.${field.name}`);
        check(mine.message!, resolved);
      } else if (field.repeated && (protobuf.types.packed as Record<string, number | undefined>)[field.type] !== undefined) {
        assert.is(mine.type, field.type === 'double' ? FieldType.packedDouble : FieldType.packedVarint, `${type.name}.${field.name} (packed ${field.type})`);
        assert.ok(field.type === 'double' || field.type === 'uint32', `${type.name}.${field.name}: the scan knows packed double and uint32 only`);
      } else assert.is(mine.type, resolved instanceof protobuf.Enum ? FieldType.varint : typeOf(field.type), `${type.name}.${field.name} (${field.type})`);
    }
  };
  for (const body of BODY_FIELDS) {
    const field = recordType.fieldsById[body.field]!;
    assert.is(field.name.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()), body.kind);
    check(body.spec, field.resolvedType as protobuf.Type);
  }
  assert.equal(recordType.fieldsArray.map((field) => field.id).sort((a, b) => a - b), [1, 2, 3, 4, ...BODY_FIELDS.map((body) => body.field)]);
});

function typeOf(type: string): FieldType {
  const wireType = SCALAR_WIRE[type];
  if (type === 'string') return FieldType.string;
  if (type === 'bytes') return FieldType.bytes;
  return wireType === 1 ? FieldType.fixed64 : wireType === 5 ? FieldType.fixed32 : FieldType.varint;
}

test('records protobufjs encodes from objects: every body kind, edge seqs and times', () => {
  const seqs = ['0', '1', '9007199254740991', '9007199254740992', '18446744073709551615', '123456'];
  const times = ['-1', '-9223372036854775808', '9223372036854775807', '1764720000000', '0'];
  const objects: outpost.v1.IRecord[] = [
    { detection: { id: 'd1', sensor: 'seis-1', kind: 1, confidence: 0.5, seismic: { energy: 1e9 } } },
    { incident: { id: 'inc-7', detectionIds: ['a', 'b'], sensors: ['s'] } },
    { incident: {} },
    { reading: { sensor: 'temp', channels: [{ name: 'c', unit: '°C' }], samples: [{ offsetMs: -5, values: [1.5, Number.NaN, -0], faulted: [0, 4294967295] }] } },
    { health: { vitals: { outbox: [{ priority: 1, records: 5 }, { records: Long.fromString('18446744073709551615', true) }] } } },
    { health: { vitals: {} } },
    { health: { components: [{ name: 'x', counters: { a: 1.5, __proto__: 2 } }] } },
    { event: { source: 'agent', attributes: { k: 'v', '': '' }, dropped: { count: 3 } } },
    { snapshot: { camera: 'cam-0', id: 'snap-1', data: new Uint8Array(300) } },
    { snapshot: {} },
    { commandResult: { commandId: 'c0ffee', status: 2, outputBytes: new Uint8Array([1, 2]) } },
    {},
  ];
  for (const object of objects) {
    for (const seq of seqs) {
      for (const time of times) {
        const bytes = v1.Record.encode({ ...object, seq: Long.fromString(seq, true), timeUnixMs: Long.fromString(time), timeQuality: 2, priority: 1 }).finish();
        agree(Buffer.from(bytes), 'encoded');
      }
    }
  }
});

test('thousands of generated records agree with protobufjs (valid, odd and malformed)', () => {
  for (let index = 0; index < 6000; index++) agree(Buffer.from(record()), `generated #${index} (seed ${SEED})`);
});

test('thousands of mutated and truncated records agree with protobufjs', () => {
  for (let index = 0; index < 8000; index++) agree(Buffer.from(mutate(record())), `mutated #${index} (seed ${SEED})`);
  for (let index = 0; index < 2000; index++) agree(Buffer.from(randomBytes(int(40))), `random #${index} (seed ${SEED})`);
  for (let index = 0; index < 500; index++) {
    const bytes = record();
    for (let cut = 0; cut < bytes.length; cut += 1 + int(4)) agree(Buffer.from(bytes.slice(0, cut)), `prefix ${cut} of #${index} (seed ${SEED})`);
  }
});

test('a five-byte tag is refused by both exactly when its last byte passes 15', () => {
  // protobufjs's tag(): the fifth byte carries 4 bits; above 15 (or with its top bit) it is invalid.
  for (const first of [0x80, 0x88]) {
    for (let last = 0; last < 0x90; last++) {
      const out: number[] = [first, 0x80, 0x80, 0x80, last];
      varint(out, 1n);
      agree(Buffer.from(out), `five-byte tag ${Buffer.from(out.slice(0, 5)).toString('hex')}`);
    }
  }
});

test('groups nested past protobufjs recursion limit are refused by both', () => {
  for (const levels of [98, 99, 100, 101, 102]) {
    const out: number[] = [];
    tag(out, 11, 2);
    const body: number[] = [];
    for (let level = 0; level < levels; level++) tag(body, 50, 3);
    tag(body, 51, 0);
    body.push(1);
    for (let level = 0; level < levels; level++) tag(body, 50, 4);
    delimitedBody(out, body);
    agree(Buffer.from(out), `groups ${levels} deep`);
  }
});

test('an envelope\'s records carry the scan and decode on first use, once; a record protobufjs refuses refuses the envelope', () => {
  const records = [
    { seq: 7, timeUnixMs: 1_764_720_000_000, timeQuality: 2, priority: 2, reading: { sensor: 'temp', samples: [{ values: [1] }] } },
    { seq: 8, timeUnixMs: 1_764_720_000_001, priority: 1, incident: { id: 'inc-1' } },
  ];
  const payload = Buffer.from(v1.Envelope.encode({ postId: 'bp-1', storeId: Long.fromString('5', true), records }).finish());
  const envelope = readEnvelope(payload);
  const [reading, incident] = envelope.records;
  assert.equal([reading?.seq, reading?.wireSeq, reading?.scan.kind, reading?.scan.subject, incident?.scan.bodyId], [7, 7n, 'reading', 'temp', 'inc-1']);
  assert.equal(checkRecord(reading!), { kind: 'reading', priority: 2 });
  assert.equal(checkRecord(incident!), { kind: 'incident', priority: 1 });
  assert.is(reading!.record, reading!.record, 'decoded once');
  assert.is(reading!.record.reading?.sensor, 'temp');
  // The same envelope with a record whose string is not UTF-8 (protobufjs's stringVerify refuses it).
  const bad = Buffer.concat([payload, Buffer.from([0x1a, 0x05, 0x62, 0x03, 0x0a, 0x01, 0xc3])]);
  assert.throws(() => v1.Record.decode(Buffer.from([0x62, 0x03, 0x0a, 0x01, 0xc3])), /invalid|utf|encoded|decode/i);
  assert.throws(() => readEnvelope(bad), (error: unknown) => error instanceof MalformedEnvelope);
});

test('both outcomes were exercised', () => {
  assert.ok(tally.accepted > 5000, `accepted ${tally.accepted}`);
  assert.ok(tally.refused > 5000, `refused ${tally.refused}`);
});

test.run();
