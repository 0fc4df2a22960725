export { v1, messageTypes, resolveMessageType, type MessageType, type outpost } from './messages.js';
export { toNumber, toBigInt, toUnsignedString, type Int64 } from './long.js';
export {
  CodecError,
  bodyKinds,
  bodyKindOf,
  classify,
  priorityOf,
  decodeMessage,
  encodeMessage,
  toJson,
  envelopeProblems,
  encodeEnvelope,
  decodeEnvelope,
  type BodyKind,
  type RecordClass,
  type Envelope,
  type IEnvelope,
  type IRecord,
} from './codec.js';
export { inflateRecordEntries, inflateRecordEntriesAsync, decodeWholeEnvelope } from './deflated.js';
export { MAX_ENVELOPE_BYTES, MAX_ENVELOPE_RECORDS, scanEnvelope, countRecordEntries, type EnvelopeShape } from './envelope-limits.js';
