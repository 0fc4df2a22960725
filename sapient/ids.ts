import { createHash, randomBytes } from 'node:crypto';

// Crockford's base32, as ULIDs are written.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encodeTime(unixMs: number): string {
  let text = '';
  let rest = Math.max(0, Math.floor(unixMs));
  for (let i = 0; i < 10; i++) {
    text = ALPHABET[rest % 32] + text;
    rest = Math.floor(rest / 32);
  }
  return text;
}

/** 80 bits as 16 base32 characters. */
function encodeRandomPart(bytes: Uint8Array): string {
  let bits = 0n;
  for (let i = 0; i < 10; i++) bits = (bits << 8n) | BigInt(bytes[i] ?? 0);
  let text = '';
  for (let i = 0; i < 16; i++) {
    text = ALPHABET[Number(bits & 31n)] + text;
    bits >>= 5n;
  }
  return text;
}

/** A new ULID (the standard's id for reports, objects, alerts and tasks). */
export function newUlid(unixMs: number = Date.now()): string {
  return encodeTime(unixMs) + encodeRandomPart(randomBytes(10));
}

/**
 * A ULID that is always the same for the same key and time: an incident reported again, or
 * the bridge restarted, keeps its object id, without a table of ids to keep.
 */
export function stableUlid(unixMs: number, key: string): string {
  return encodeTime(unixMs) + encodeRandomPart(createHash('sha256').update(key).digest());
}

export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** The text form of a UUID (any version: a ULID's 128 bits written this way have none). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A ULID's 128 bits in a UUID's text form. Node ids are ULIDs (sorted by when the node was first
 * seen), but the standard's node_id field is a UUID, so they travel in this form.
 */
export function ulidAsUuid(ulid: string): string {
  if (!ULID_PATTERN.test(ulid)) throw new RangeError(`"${ulid}" is not a ULID`);
  let bits = 0n;
  for (const char of ulid) bits = (bits << 5n) | BigInt(ALPHABET.indexOf(char));
  const hex = bits.toString(16).padStart(32, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
