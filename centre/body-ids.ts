import { v1 } from '../wire/index.js';

/** The kinds whose body carries its own id (Incident.id, Snapshot.id), kept in the indexed `body_id` column. */
export type IdentifiedKind = 'incident' | 'snapshot';

/** Rows whose id column is filled in per round of a backfill. */
export const BACKFILL_ROWS = 1000;

/**
 * The id inside a stored Incident or Snapshot record, for rows stored before the id had a
 * column (the backfill of both stores); undefined when the bytes do not decode as one.
 */
export function bodyIdOf(bytes: Uint8Array): string | undefined {
  try {
    const record = v1.Record.decode(bytes);
    const id = record.incident?.id ?? record.snapshot?.id;
    return id === undefined || id === null || id === '' ? undefined : id;
  } catch {
    return undefined;
  }
}
