/**
 * PostgreSQL arrays in the binary wire format, for the multi-row inserts. The `pg` client sends
 * a Buffer parameter as binary, so the server reads each element with a length in front (its
 * `array_recv`) instead of parsing text: no quoting or escaping of text, no hex for bytea (half
 * the bytes), no digits for numbers. Built in one Buffer each. Text arrays and the pg client's own
 * serialiser cost the worker about as much CPU per record as the whole SQLite insert.
 *
 * Format: ndim (1), has-nulls flag, element type OID, then the one dimension's length and lower
 * bound (1), then per element its byte length (-1 for NULL) and bytes, all big-endian.
 */
const OID = { int4: 23, int8: 20, text: 25, bytea: 17 } as const;
const HEADER_BYTES = 20;
const NULL_LENGTH = -1;
const TWO_TO_32 = 4_294_967_296;

function header(size: number, oid: number, count: number, hasNull: boolean): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  buffer.writeInt32BE(1, 0);
  buffer.writeInt32BE(hasNull ? 1 : 0, 4);
  buffer.writeInt32BE(oid, 8);
  buffer.writeInt32BE(count, 12);
  buffer.writeInt32BE(1, 16);
  return buffer;
}

/**
 * Writes `value` at `at` when it is all ASCII (kinds, sensors, ids: nearly always), byte by byte:
 * for strings this short a loop costs less than a call into Buffer.write. -1 when it is not.
 */
function writeAscii(buffer: Buffer, value: string, at: number): number {
  const length = value.length;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 0x80) return -1;
    buffer[at + index] = code;
  }
  return length;
}

/** `text[]`; a null element is SQL NULL. */
export function textArray(values: readonly (string | null)[]): Buffer {
  let size = HEADER_BYTES + 4 * values.length;
  let hasNull = false;
  for (const value of values) {
    if (value === null) hasNull = true;
    else size += Buffer.byteLength(value);
  }
  const buffer = header(size, OID.text, values.length, hasNull);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let at = HEADER_BYTES;
  for (const value of values) {
    if (value === null) {
      view.setInt32(at, NULL_LENGTH);
      at += 4;
      continue;
    }
    let length = value.length <= 64 ? writeAscii(buffer, value, at + 4) : -1;
    if (length < 0) length = buffer.write(value, at + 4);
    view.setInt32(at, length);
    at += 4 + length;
  }
  return buffer;
}

/** `bytea[]`, each element copied as it is (a short one byte by byte: cheaper than a call into TypedArray.set). */
export function byteaArray(values: readonly Uint8Array[]): Buffer {
  let size = HEADER_BYTES + 4 * values.length;
  for (const value of values) size += value.byteLength;
  const buffer = header(size, OID.bytea, values.length, false);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let at = HEADER_BYTES;
  for (const value of values) {
    const length = value.byteLength;
    view.setInt32(at, length);
    at += 4;
    if (length <= 64) for (let index = 0; index < length; index++) buffer[at + index] = value[index] as number;
    else buffer.set(value, at);
    at += length;
  }
  return buffer;
}

/** `integer[]` (32-bit): positions in the group, priorities, time quality. Throws past 32 bits. */
export function int4Array(values: readonly number[]): Buffer {
  const buffer = header(HEADER_BYTES + 8 * values.length, OID.int4, values.length, false);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let at = HEADER_BYTES;
  for (const value of values) {
    if ((value | 0) !== value) throw new RangeError(`${value} is not a 32-bit integer`);
    view.setInt32(at, 4);
    view.setInt32(at + 4, value);
    at += 8;
  }
  return buffer;
}

/** `bigint[]` from integers (seqs, Unix milliseconds, counts); a null element is SQL NULL. Throws on a fraction or past 64 bits. */
export function int8Array(values: readonly (number | null)[]): Buffer {
  let nulls = 0;
  for (const value of values) if (value === null) nulls += 1;
  const buffer = header(HEADER_BYTES + 12 * values.length - 8 * nulls, OID.int8, values.length, nulls > 0);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let at = HEADER_BYTES;
  for (const value of values) {
    if (value === null) {
      view.setInt32(at, NULL_LENGTH);
      at += 4;
      continue;
    }
    view.setInt32(at, 8);
    if (Number.isSafeInteger(value)) {
      const high = Math.floor(value / TWO_TO_32);
      view.setInt32(at + 4, high);
      view.setUint32(at + 8, value - high * TWO_TO_32);
    } else {
      // A time from a post's clock may pass 2^53: the double's own integer value, as text would have sent it.
      buffer.writeBigInt64BE(BigInt(value), at + 4);
    }
    at += 12;
  }
  return buffer;
}
