import { OutpostError } from '../../kernel/errors.js';
import type { CanFilter, CanFrame } from './types.js';

export const STANDARD_ID_MAX = 0x7ff;
export const EXTENDED_ID_MAX = 0x1fffffff;

export type OutgoingFrame = Pick<CanFrame, 'id' | 'extended' | 'remote' | 'data'> & { length?: number };

/**
 * Checks a frame before it goes on the wire and returns its DLC. A classic CAN frame carries
 * at most 8 bytes and its id must fit its format; the bus would reject anything else later
 * and less clearly.
 */
export function checkOutgoing(frame: OutgoingFrame, subject: string): number {
  const max = frame.extended ? EXTENDED_ID_MAX : STANDARD_ID_MAX;
  if (!Number.isInteger(frame.id) || frame.id < 0 || frame.id > max) {
    throw new OutpostError(`CAN id ${String(frame.id)} does not fit a ${frame.extended ? '29-bit extended' : '11-bit standard'} id (0..0x${max.toString(16)})`, {
      code: 'can.bad-frame',
      subject,
      hint: frame.extended ? 'check the id' : 'set extended for ids above 0x7ff',
    });
  }
  const length = frame.remote ? (frame.length ?? 0) : frame.data.length;
  if (!Number.isInteger(length) || length < 0 || length > 8) {
    throw new OutpostError(`a classic CAN frame carries 0..8 bytes, got ${length}`, { code: 'can.bad-frame', subject, hint: 'split the payload or use fewer bytes' });
  }
  return length;
}

/** A frame passes a filter when `(id & mask) === (filter.id & mask)` and, if the filter names a format, the format matches. */
export function matchesFilter(frame: CanFrame, filter: CanFilter): boolean {
  if (filter.extended !== undefined && filter.extended !== frame.extended) return false;
  return ((frame.id & filter.mask) >>> 0) === ((filter.id & filter.mask) >>> 0);
}

export function passes(frame: CanFrame, filters: readonly CanFilter[] | undefined): boolean {
  if (filters === undefined || filters.length === 0) return true;
  return filters.some((filter) => matchesFilter(frame, filter));
}

/** A frame as candump prints it: `  can0  123   [2]  11 22`, `  can0  1ABCDEF0   [0]  remote request`. */
export function formatFrame(frame: CanFrame, iface: string): string {
  const id = frame.extended ? frame.id.toString(16).toUpperCase().padStart(8, '0') : frame.id.toString(16).toUpperCase().padStart(3, '0');
  const bytes = [...frame.data].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  const tail = frame.error ? `ERRORFRAME ${bytes}`.trimEnd() : frame.remote ? 'remote request' : bytes;
  return `  ${iface}  ${id.padStart(8, ' ')}   [${frame.length}]  ${tail}`;
}
