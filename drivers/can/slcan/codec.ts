import type { CanFrame } from '../types.js';

/**
 * The LAWICEL serial-line CAN protocol (SLCAN), as CANable, USBtin and Lawicel CANUSB speak it.
 * Every command and frame is ASCII ending in CR; the adapter answers CR for OK and BELL (0x07)
 * for an error. Frames: `tiiildd..` (11-bit), `Tiiiiiiiildd..` (29-bit), `riiil` / `Riiiiiiiil`
 * (remote), optionally followed by a 4-digit hex millisecond timestamp when timestamps are on.
 */
export const CR = 0x0d;
export const BELL = 0x07;

/** `Sn` codes of the standard bit rates (LAWICEL CANUSB manual; S9 is the CANable 83.3k extension). */
export const bitrateCodes: ReadonlyMap<number, string> = new Map([
  [10_000, 'S0'],
  [20_000, 'S1'],
  [50_000, 'S2'],
  [100_000, 'S3'],
  [125_000, 'S4'],
  [250_000, 'S5'],
  [500_000, 'S6'],
  [800_000, 'S7'],
  [1_000_000, 'S8'],
  [83_300, 'S9'],
]);

export function bitrateCommand(bitrate: number): string | undefined {
  return bitrateCodes.get(bitrate);
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, '0');
}

/** The line (without CR) that transmits a frame. */
export function encodeFrame(frame: { id: number; extended: boolean; remote: boolean; data: Buffer }, length: number): string {
  const id = frame.extended ? hex(frame.id, 8) : hex(frame.id, 3);
  const letter = frame.remote ? (frame.extended ? 'R' : 'r') : frame.extended ? 'T' : 't';
  const payload = frame.remote ? '' : [...frame.data].map((byte) => hex(byte, 2)).join('');
  return `${letter}${id}${length}${payload}`;
}

const HEX = /^[0-9A-Fa-f]*$/;

/**
 * Parses a received frame line (without CR). Returns undefined for anything that is not a
 * well-formed frame: a wrong id width, a DLC above 8, a payload shorter or longer than the DLC
 * says (a line cut by a USB hiccup), non-hex digits.
 */
export function decodeFrame(line: string, timeMs: number): CanFrame | undefined {
  const letter = line[0];
  if (letter !== 't' && letter !== 'T' && letter !== 'r' && letter !== 'R') return undefined;
  const extended = letter === 'T' || letter === 'R';
  const remote = letter === 'r' || letter === 'R';
  const idDigits = extended ? 8 : 3;
  const idText = line.slice(1, 1 + idDigits);
  const dlcText = line[1 + idDigits];
  if (idText.length !== idDigits || !HEX.test(idText) || dlcText === undefined || !/^[0-8]$/.test(dlcText)) return undefined;
  const id = Number.parseInt(idText, 16);
  if (id > (extended ? 0x1fffffff : 0x7ff)) return undefined;
  const length = Number(dlcText);
  const rest = line.slice(2 + idDigits);
  const payloadDigits = remote ? 0 : length * 2;
  // A 4-digit timestamp may follow when the adapter has timestamps on (Z1).
  if (rest.length !== payloadDigits && rest.length !== payloadDigits + 4) return undefined;
  if (!HEX.test(rest)) return undefined;
  const data = remote ? Buffer.alloc(0) : Buffer.from(rest.slice(0, payloadDigits), 'hex');
  return { id, extended, remote, error: false, data, length, timeMs };
}

/** The adapter's status flags (`F` command), LAWICEL bit order. */
export const statusFlags = [
  'receive FIFO full',
  'transmit FIFO full',
  'error warning',
  'data overrun',
  'unused',
  'error passive',
  'arbitration lost',
  'bus error',
] as const;

export function describeStatus(flags: number): string[] {
  return statusFlags.filter((_, bit) => bit !== 4 && (flags & (1 << bit)) !== 0);
}

/**
 * The status flags as a SocketCAN-style error frame (linux/can/error.h classes), so that both
 * backends report bus trouble in one vocabulary: CAN_ERR_CRTL with the controller state in
 * data[1], CAN_ERR_LOSTARB and CAN_ERR_BUSERROR as id bits.
 */
export function statusErrorFrame(flags: number, timeMs: number): CanFrame | undefined {
  let id = 0;
  let controller = 0;
  if (flags & 0x01) controller |= 0x01; // CAN_ERR_CRTL_RX_OVERFLOW
  if (flags & 0x08) controller |= 0x01;
  if (flags & 0x02) controller |= 0x02; // CAN_ERR_CRTL_TX_OVERFLOW
  if (flags & 0x04) controller |= 0x04 | 0x08; // RX and TX warning: SLCAN does not say which
  if (flags & 0x20) controller |= 0x10 | 0x20; // RX and TX passive
  if (controller !== 0) id |= 0x04; // CAN_ERR_CRTL
  if (flags & 0x40) id |= 0x02; // CAN_ERR_LOSTARB
  if (flags & 0x80) id |= 0x80; // CAN_ERR_BUSERROR
  if (id === 0) return undefined;
  const data = Buffer.alloc(8);
  data[1] = controller;
  return { id, extended: false, remote: false, error: true, data, length: 8, timeMs };
}
