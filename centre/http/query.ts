import { badRequest } from './problem.js';

/** The `Next-Cursor` of a records list: the last row's time and id, opaque to clients. */
export function recordCursor(row: { timeUnixMs: number; id: number }): string {
  return Buffer.from(`${row.timeUnixMs}:${row.id}`).toString('base64url');
}

export function parseRecordCursor(text: string | undefined): { timeUnixMs: number; id: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^(-?\d{1,16}):(\d{1,16})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (match === null) throw badRequest('cursor is not one this centre gave; use the Next-Cursor header of the previous page');
  return { timeUnixMs: Number(match[1]), id: Number(match[2]) };
}
