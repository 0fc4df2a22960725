/** The four Modbus data tables, as the config names them. */
export type ModbusTable = 'coil' | 'discrete' | 'input' | 'holding';

export const readFunction: Record<ModbusTable, number> = { coil: 1, discrete: 2, holding: 3, input: 4 };

/** The most one read request may ask for (Modbus application protocol 1.1b3, 6.1-6.4). */
export const maxReadCount: Record<ModbusTable, number> = { coil: 2000, discrete: 2000, holding: 125, input: 125 };

export const isBitTable = (table: ModbusTable): boolean => table === 'coil' || table === 'discrete';

/** Exception codes by their names in the specification. */
export const exceptionNames: Readonly<Record<number, string>> = {
  1: 'illegal function',
  2: 'illegal data address',
  3: 'illegal data value',
  4: 'server device failure',
  5: 'acknowledge',
  6: 'server device busy',
  8: 'memory parity error',
  10: 'gateway path unavailable',
  11: 'gateway target device failed to respond',
};

export function exceptionName(code: number): string {
  return exceptionNames[code] ?? `exception code ${code}`;
}

export function readRequest(table: ModbusTable, address: number, count: number): Buffer {
  if (!Number.isInteger(address) || address < 0 || address > 0xffff) throw new RangeError(`address ${address} is outside 0..65535`);
  if (!Number.isInteger(count) || count < 1 || count > maxReadCount[table]) throw new RangeError(`count ${count} is outside 1..${maxReadCount[table]} for ${table}`);
  if (address + count > 0x10000) throw new RangeError(`address ${address} + count ${count} runs past 65535`);
  // Every byte is written below: a slice of Node's pool, not an ArrayBuffer of its own per request (issue 13).
  const pdu = Buffer.allocUnsafe(5);
  pdu[0] = readFunction[table];
  pdu.writeUInt16BE(address, 1);
  pdu.writeUInt16BE(count, 3);
  return pdu;
}

/** What a read returned: register words for input/holding, bits for coil/discrete. */
export type ReadValues = { words: number[] } | { bits: boolean[] };

/** A response PDU that is an exception (function | 0x80). */
export function exceptionCodeOf(pdu: Buffer, fn: number): number | undefined {
  return pdu[0] === (fn | 0x80) && pdu.length >= 2 ? (pdu[1] as number) : undefined;
}

/** Parses a normal read response; throws RangeError when it does not fit the request. */
export function parseReadResponse(pdu: Buffer, table: ModbusTable, count: number): ReadValues {
  const fn = readFunction[table];
  if (pdu[0] !== fn) throw new RangeError(`function ${pdu[0]} in the response to function ${fn}`);
  const byteCount = pdu[1] ?? -1;
  if (byteCount !== pdu.length - 2) throw new RangeError(`byte count ${byteCount} but ${pdu.length - 2} data bytes`);
  if (isBitTable(table)) {
    if (byteCount !== Math.ceil(count / 8)) throw new RangeError(`${byteCount} bytes for ${count} bits`);
    const bits: boolean[] = [];
    for (let i = 0; i < count; i++) bits.push((((pdu[2 + (i >> 3)] as number) >> (i & 7)) & 1) === 1);
    return { bits };
  }
  if (byteCount !== count * 2) throw new RangeError(`${byteCount} bytes for ${count} registers`);
  // Big-endian words by hand: readUInt16BE is a call and a bounds check per register, every poll (issue 13).
  // Sized once: pushed one by one, the array was grown (and copied) several times a read.
  const words = new Array<number>(count);
  for (let index = 0, at = 2; index < count; index++, at += 2) words[index] = ((pdu[at] as number) << 8) | (pdu[at + 1] as number);
  return { words };
}

/**
 * The length of a response PDU from its first bytes, or undefined while too few have arrived.
 * Read responses carry a byte count; exceptions are two bytes.
 */
export function responsePduLength(head: Buffer, fn: number): number | undefined {
  if (head.length < 1) return undefined;
  if (head[0] === (fn | 0x80)) return 2;
  if (head.length < 2) return undefined;
  return 2 + (head[1] as number);
}
