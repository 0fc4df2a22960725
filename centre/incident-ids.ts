import { v1 } from '../wire/index.js';

/** Incident rows whose id column is filled in per round of a backfill. */
export const BACKFILL_ROWS = 1000;

/**
 * The incident id inside a stored Incident record, for rows stored before the id had a column
 * (the backfill of both stores); undefined when the bytes do not decode as one.
 */
export function incidentIdOf(bytes: Uint8Array): string | undefined {
  try {
    const id = v1.Record.decode(bytes).incident?.id;
    return id === undefined || id === null || id === '' ? undefined : id;
  } catch {
    return undefined;
  }
}
