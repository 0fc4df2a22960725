import { badRequest } from './problem.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/** A request's query, refusing parameters the route does not know (a typo must not widen a query silently). */
export class Query {
  constructor(
    private readonly params: URLSearchParams,
    allowed: readonly string[],
  ) {
    for (const key of new Set(params.keys())) {
      if (!allowed.includes(key)) {
        throw badRequest(`unknown query parameter "${key.slice(0, 100)}"; this route takes ${allowed.length === 0 ? 'none' : allowed.join(', ')}`);
      }
    }
  }

  optional(key: string): string | undefined {
    const value = this.params.get(key);
    return value === null || value === '' ? undefined : value;
  }

  limit(): number {
    const text = this.params.get('limit');
    if (text === null) return DEFAULT_LIMIT;
    const limit = Number(text);
    if (!/^\d+$/.test(text) || !Number.isInteger(limit) || limit < 1) throw badRequest(`limit must be a positive integer, got "${text.slice(0, 100)}"`);
    return Math.min(limit, MAX_LIMIT);
  }

  /** A time as Unix milliseconds or ISO 8601. */
  time(key: string): number | undefined {
    const text = this.optional(key);
    if (text === undefined) return undefined;
    const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
    if (Number.isNaN(value)) throw badRequest(`${key} must be Unix milliseconds or an ISO 8601 time, got "${text.slice(0, 100)}"`);
    return value;
  }

  /** A non-negative integer id (for `after` cursors). */
  id(key: string): number | undefined {
    const text = this.optional(key);
    if (text === undefined) return undefined;
    if (!/^\d{1,15}$/.test(text)) throw badRequest(`${key} must be a non-negative integer, got "${text.slice(0, 100)}"`);
    return Number(text);
  }
}

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
