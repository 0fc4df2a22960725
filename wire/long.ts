import type Long from 'long';

/** A 64-bit field as protobufjs hands it over: a number when small, a Long otherwise. */
export type Int64 = number | Long | string | bigint | null | undefined;

function isLong(value: unknown): value is Long {
  return typeof value === 'object' && value !== null && 'low' in value && 'high' in value && 'unsigned' in value;
}

/** As a JS number. Exact for seqs and Unix milliseconds (well below 2^53). */
export function toNumber(value: Int64): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number(value);
  return value.toNumber();
}

/** As a bigint, exact for the full 64 bits (store ids). */
export function toBigInt(value: Int64): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(value);
  if (typeof value === 'string') return BigInt(value);
  if (isLong(value)) {
    // From the two 32-bit halves: Long's toString divides in a loop of Long objects, and the
    // centre does this for every record's seq.
    const bits = (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
    return value.unsigned ? bits : BigInt.asIntN(64, bits);
  }
  return 0n;
}

/** Decimal text of an unsigned 64-bit value (store ids in JSON, SQL and logs). */
export function toUnsignedString(value: Int64): string {
  return BigInt.asUintN(64, toBigInt(value)).toString();
}
