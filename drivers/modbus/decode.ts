/** How a point's registers are laid out (the register-map fields of a modbus-device point). */
export interface RegisterLayout {
  type: 'bool' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'float32' | 'string';
  /** Registers of a string (2 characters each). */
  length?: number | undefined;
  /** 32-bit types: big = high word first (ABCD), little = low word first (CDAB). */
  word_order: 'big' | 'little';
  /** Within each register: big = as on the wire (AB), little = swapped (BA). */
  byte_order: 'big' | 'little';
}

export type DataType = RegisterLayout['type'];

/** Registers one value of this layout occupies. */
export function registerCount(layout: Pick<RegisterLayout, 'type' | 'length'>): number {
  switch (layout.type) {
    case 'int32':
    case 'uint32':
    case 'float32':
      return 2;
    case 'string':
      return layout.length ?? 1;
    default:
      return 1;
  }
}

/** The bytes of `words` in value order, after applying word and byte order. */
function orderedBytes(words: readonly number[], layout: RegisterLayout): Buffer {
  const ordered = layout.word_order === 'little' && layout.type !== 'string' ? [...words].reverse() : words;
  const bytes = Buffer.alloc(ordered.length * 2);
  ordered.forEach((word, i) => {
    if (layout.byte_order === 'little') bytes.writeUInt16LE(word & 0xffff, i * 2);
    else bytes.writeUInt16BE(word & 0xffff, i * 2);
  });
  return bytes;
}

/** A one-register value without a Buffer: most points are one register, read every poll (issue 13). */
function oneRegister(word: number, layout: RegisterLayout): number {
  const wire = word & 0xffff;
  const value = layout.byte_order === 'little' ? ((wire & 0xff) << 8) | (wire >> 8) : wire;
  if (layout.type === 'bool') return value !== 0 ? 1 : 0;
  return layout.type === 'int16' ? (value << 16) >> 16 : value;
}

/**
 * Decodes register words (as read, in address order) into the raw value of a point, before
 * scale and offset. Strings drop trailing NULs and spaces. Pure: no I/O, unit-tested directly.
 */
export function decodeRegisters(words: readonly number[], layout: RegisterLayout): number | string {
  const needed = registerCount(layout);
  if (words.length !== needed) throw new RangeError(`${layout.type} needs ${needed} register(s), got ${words.length}`);
  if (layout.type === 'bool' || layout.type === 'int16' || layout.type === 'uint16') return oneRegister(words[0] as number, layout);
  const bytes = orderedBytes(words, layout);
  switch (layout.type) {
    case 'int32':
      return bytes.readInt32BE(0);
    case 'uint32':
      return bytes.readUInt32BE(0);
    case 'float32':
      return bytes.readFloatBE(0);
    case 'string':
      return bytes.toString('latin1').replace(/[\0 ]+$/, '');
  }
}

/** Encodes a raw value into register words: the inverse of decodeRegisters, for simulators and tests. */
export function encodeRegisters(value: number | string, layout: RegisterLayout): number[] {
  const count = registerCount(layout);
  const bytes = Buffer.alloc(count * 2);
  switch (layout.type) {
    case 'bool':
      bytes.writeUInt16BE(value ? 1 : 0, 0);
      break;
    case 'int16':
      bytes.writeInt16BE(Number(value), 0);
      break;
    case 'uint16':
      bytes.writeUInt16BE(Number(value), 0);
      break;
    case 'int32':
      bytes.writeInt32BE(Number(value), 0);
      break;
    case 'uint32':
      bytes.writeUInt32BE(Number(value), 0);
      break;
    case 'float32':
      bytes.writeFloatBE(Number(value), 0);
      break;
    case 'string':
      bytes.write(String(value).slice(0, count * 2), 'latin1');
      break;
  }
  const words: number[] = [];
  for (let i = 0; i < count; i++) words.push(layout.byte_order === 'little' ? bytes.readUInt16LE(i * 2) : bytes.readUInt16BE(i * 2));
  return layout.word_order === 'little' && layout.type !== 'string' ? words.reverse() : words;
}

/** The engineering value: raw * scale + offset (strings pass through). */
export function scaleValue(raw: number | string, scale: number, offset: number): number | string {
  return typeof raw === 'string' ? raw : raw * scale + offset;
}
