import { OutpostError } from '../kernel/errors.js';
import { resolveMessageType, v1, type MessageType, type outpost } from './messages.js';
import { toBigInt, toNumber } from './long.js';
import { decodeWholeEnvelope } from './deflated.js';
import { unreadValues } from './json-check.js';

export type Envelope = outpost.v1.Envelope;
export type IEnvelope = outpost.v1.IEnvelope;
export type IRecord = outpost.v1.IRecord;

/** The body kinds a Record may carry, as named in its `oneof body`. */
export const bodyKinds = ['detection', 'incident', 'reading', 'health', 'event', 'snapshot', 'commandResult'] as const;
export type BodyKind = (typeof bodyKinds)[number];

const { Priority } = v1;

/** The drain and eviction class a body belongs to (DESIGN.md, store-and-forward). */
export function priorityOf(kind: BodyKind): outpost.v1.Priority {
  switch (kind) {
    case 'detection':
    case 'incident':
      return Priority.PRIORITY_ALARM;
    case 'snapshot':
      return Priority.PRIORITY_BULK;
    case 'reading':
    case 'health':
    case 'event':
    case 'commandResult':
      return Priority.PRIORITY_STATUS;
  }
}

/** Which body a record carries, or undefined when it has none. */
export function bodyKindOf(record: IRecord): BodyKind | undefined {
  return bodyKinds.find((kind) => record[kind] !== undefined && record[kind] !== null);
}

/** A record's class: the body it carries and the priority that body implies. */
export interface RecordClass {
  kind: BodyKind;
  priority: outpost.v1.Priority;
}

/**
 * The one decision of a record's kind and priority: made by the pipeline when it stamps a record,
 * checked by the outbox before it stores one, and by the centre once per received record.
 * Undefined when the record has no body.
 */
export function classify(record: IRecord): RecordClass | undefined {
  const kind = bodyKindOf(record);
  return kind === undefined ? undefined : { kind, priority: priorityOf(kind) };
}

export class CodecError extends OutpostError {
  constructor(message: string, code: string, cause?: unknown) {
    super(message, { code, subject: 'codec', cause });
    this.name = 'CodecError';
  }
}

function typeOrThrow(typeName: string): { fullName: string; type: MessageType } {
  const resolved = resolveMessageType(typeName);
  if (resolved === undefined) {
    throw new CodecError(`unknown message type "${typeName}"; expected one of the outpost.v1 messages, e.g. outpost.v1.Envelope`, 'codec.unknown_type');
  }
  return resolved;
}

/**
 * Decodes bytes as the named message. Garbage and truncated input give a CodecError
 * saying how many bytes there were and what went wrong, never a crash.
 */
export function decodeMessage(typeName: string, bytes: Uint8Array): unknown {
  const { fullName, type } = typeOrThrow(typeName);
  try {
    return type.decode(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = /index out of range/i.test(reason);
    throw new CodecError(
      `${bytes.length} bytes are not a valid ${fullName}: ${truncated ? 'the message is truncated' : reason}`,
      truncated ? 'codec.truncated' : 'codec.malformed',
      error,
    );
  }
}

/** Encodes a plain object (as `toJson` gives, or built in code) as the named message, after verifying it. */
export function encodeMessage(typeName: string, object: Record<string, unknown>): Uint8Array {
  const { fullName, type } = typeOrThrow(typeName);
  let message: unknown;
  try {
    message = type.fromObject(object);
  } catch (error) {
    throw new CodecError(`cannot build ${fullName}: ${error instanceof Error ? error.message : String(error)}`, 'codec.invalid', error);
  }
  const problem = type.verify(message as Record<string, unknown>);
  if (problem !== null) throw new CodecError(`invalid ${fullName}: ${problem}`, 'codec.invalid');
  const bytes = type.encode(message).finish();
  const decoded = type.decode(bytes);
  const unread = unreadValues(object, toJson(fullName, decoded), decoded);
  if (unread.length > 0) throw new CodecError(`cannot encode ${fullName} faithfully: ${unread.join('; ')}`, 'codec.invalid');
  return bytes;
}

/**
 * JSON form for people and tools (the proto3 JSON conventions): 64-bit values as strings,
 * enums by name, bytes as base64, NaN and infinities as "NaN", "Infinity", "-Infinity".
 */
export function toJson(typeName: string, message: unknown): Record<string, unknown> {
  const { type } = typeOrThrow(typeName);
  return nonFiniteAsText(type.toObject(message, { longs: String, enums: String, bytes: String })) as Record<string, unknown>;
}

function nonFiniteAsText(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(nonFiniteAsText);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, nonFiniteAsText(item)]));
  }
  return value;
}

/** Checks what the wire format cannot: an envelope every receiver can act on. Returns the problems found. */
export function envelopeProblems(envelope: IEnvelope): string[] {
  const problems: string[] = [];
  if (!envelope.postId) problems.push('post_id is empty');
  if (toBigInt(envelope.storeId) === 0n) problems.push('store_id is 0');
  const records = envelope.records ?? [];
  records.forEach((record, index) => {
    if (toNumber(record.seq) <= 0) problems.push(`record ${index}: seq must be positive`);
    const kind = bodyKindOf(record);
    if (kind === undefined) problems.push(`record ${index} (seq ${toNumber(record.seq)}): no body`);
    else if (record.priority !== priorityOf(kind)) {
      problems.push(`record ${index} (seq ${toNumber(record.seq)}): priority ${String(record.priority)} does not match a ${kind} body`);
    }
  });
  return problems;
}

export function encodeEnvelope(envelope: IEnvelope): Uint8Array {
  const problems = envelopeProblems(envelope);
  if (problems.length > 0) throw new CodecError(`invalid outpost.v1.Envelope: ${problems.join('; ')}`, 'codec.invalid');
  return v1.Envelope.encode(envelope).finish();
}

/** Decodes (within the limits of envelope-limits.ts, deflated records inflated) and validates an envelope from the wire. */
export function decodeEnvelope(bytes: Uint8Array): Envelope {
  const envelope = decodeWholeEnvelope(bytes);
  const problems = envelopeProblems(envelope);
  if (problems.length > 0) {
    throw new CodecError(`${bytes.length} bytes decode as an outpost.v1.Envelope but it is not usable: ${problems.join('; ')}`, 'codec.invalid');
  }
  return envelope;
}
