import { isUtf8 } from 'node:buffer';
import { OutpostError } from '../kernel/errors.js';

/** Bytes that `v1.Record.decode` would refuse. */
export class RecordScanError extends OutpostError {
  constructor(message: string) {
    super(message, { code: 'centre.record_malformed', subject: 'centre' });
    this.name = 'RecordScanError';
  }
}

/** protobufjs's Reader.recursionLimit: deeper groups in unknown fields are refused. */
const RECURSION_LIMIT = 100;

/**
 * protobufjs's Reader (8.8.1), reduced to checking: each method reads what the Reader method of
 * the same job reads and throws where it throws (RecordScanError), without making values. Reads
 * are bounded by `end`, the end of the message being read (protobufjs's `reader.len`).
 */
export class WireCursor {
  buf: Uint8Array = new Uint8Array(0);
  pos = 0;
  /** The last varint readLong read: its low and high 32 bits, as protobufjs's LongBits. */
  lo = 0;
  hi = 0;

  truncated(): never {
    throw new RecordScanError(`index out of range: the record is truncated at byte ${this.pos}`);
  }

  fail(reason: string): never {
    throw new RecordScanError(`${reason} at byte ${this.pos}`);
  }

  /** Reader.tag(): at most 5 bytes, a value below 2^32. */
  readTag(end: number): number {
    return this.readVarint32(end, 15, 'invalid tag encoding');
  }

  /** Reader.size(): a length prefix of at most 5 bytes, below 2^31; the end it gives, checked against `end`. */
  readEnd(end: number): number {
    return this.checkedEnd(this.readVarint32(end, 7, 'invalid length encoding'), end);
  }

  /** Reader.uint32() as tag() and size() use it: at most 5 bytes, the fifth at most `lastMax`. */
  private readVarint32(end: number, lastMax: number, invalid: string): number {
    let value = 0;
    for (let index = 0; index < 4; index++) {
      if (this.pos >= end) this.truncated();
      const byte = this.buf[this.pos++] as number;
      value = (value | ((byte & 127) << (index * 7))) >>> 0;
      if (byte < 128) return value;
    }
    if (this.pos >= end) this.truncated();
    const byte = this.buf[this.pos++] as number;
    if (byte > lastMax) this.fail(invalid);
    return (value | (byte << 28)) >>> 0;
  }

  checkedEnd(length: number, end: number): number {
    const to = this.pos + length;
    if (to > end) this.truncated();
    return to;
  }

  /** A known varint field (any of protobufjs's varint readers): at most 10 bytes. */
  skipVarint(end: number): void {
    for (let index = 0; index < 10; index++) {
      if (this.pos >= end) this.truncated();
      if ((this.buf[this.pos++] as number) < 128) return;
    }
    this.fail('invalid varint encoding');
  }

  /** Reader's readLongVarint: sets this.lo and this.hi to the value's 64 bits. */
  readLong(end: number): void {
    let low = 0;
    let high = 0;
    for (let index = 0; index < 4; index++) {
      if (this.pos >= end) this.truncated();
      const byte = this.buf[this.pos++] as number;
      low = (low | ((byte & 127) << (index * 7))) >>> 0;
      if (byte < 128) {
        this.lo = low;
        this.hi = 0;
        return;
      }
    }
    if (this.pos >= end) this.truncated();
    let byte = this.buf[this.pos++] as number;
    low = (low | ((byte & 127) << 28)) >>> 0;
    high = (high | ((byte & 127) >> 4)) >>> 0;
    if (byte < 128) {
      this.lo = low;
      this.hi = high;
      return;
    }
    for (let index = 0; index < 5; index++) {
      if (this.pos >= end) this.truncated();
      byte = this.buf[this.pos++] as number;
      high = (high | ((byte & 127) << (index * 7 + 3))) >>> 0;
      if (byte < 128) {
        this.lo = low;
        this.hi = high;
        return;
      }
    }
    this.fail('invalid varint encoding');
  }

  skipBytes(count: number, end: number): void {
    if (this.pos + count > end) this.truncated();
    this.pos += count;
  }

  /** A string field: protobufjs reads it with stringVerify, so invalid UTF-8 is refused. */
  checkString(end: number): number {
    const to = this.readEnd(end);
    for (let index = this.pos; index < to; index++) {
      if ((this.buf[index] as number) >= 128) {
        if (!isUtf8(this.buf.subarray(this.pos, to))) this.fail('invalid UTF-8 in a string');
        break;
      }
    }
    const start = this.pos;
    this.pos = to;
    return start;
  }

  /** Reader.skipType, with its depth and field-number checks and group matching. */
  skipType(wireType: number, depth: number, field: number, end: number): void {
    if (depth > RECURSION_LIMIT) this.fail('max depth exceeded');
    if (field === 0) this.fail('illegal tag: field number 0');
    switch (wireType) {
      case 0:
        do {
          if (this.pos >= end) this.truncated();
        } while ((this.buf[this.pos++] as number) & 128);
        return;
      case 1:
        return this.skipBytes(8, end);
      case 2:
        this.pos = this.readEnd(end);
        return;
      case 3:
        for (;;) {
          const tag = this.readTag(end);
          const nested = tag >>> 3;
          const nestedType = tag & 7;
          if (nested === 0) this.fail('illegal tag: field number 0');
          if (nestedType === 4) {
            if (nested !== field) this.fail('invalid end group tag');
            return;
          }
          this.skipType(nestedType, depth + 1, nested, end);
        }
      case 5:
        return this.skipBytes(4, end);
      default:
        this.fail(`invalid wire type ${wireType}`);
    }
  }
}
