import type { PoolClient } from 'pg';

export const DAY_MS = 86_400_000;
/** Days of partitions kept ready ahead of the arrival time being stored. */
export const DAYS_AHEAD = 3;
/** Serialises partition DDL between workers (a different number from the migration lock). */
export const PARTITION_LOCK = 0x6f75747061727473;

/** records_YYYYMMDD: one partition per UTC day of arrival (the centre's clock, not the post's). */
export function partitionName(dayStartMs: number): string {
  return `records_${new Date(dayStartMs).toISOString().slice(0, 10).replaceAll('-', '')}`;
}

export function dayStartOf(name: string): number | undefined {
  const match = /^records_(\d{4})(\d{2})(\d{2})$/.exec(name);
  if (match === null) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/**
 * Creates the day partitions from the day of `fromMs` to DAYS_AHEAD days later (those that
 * exist are kept) and returns the end of the last one: the store checks arrivals against it and
 * calls again before they reach it. There is no default partition, so a row that fits none fails
 * its transaction (not acked; the post resends) rather than landing where retention never drops it.
 */
export async function ensurePartitions(client: PoolClient, fromMs: number): Promise<number> {
  const first = Math.floor(fromMs / DAY_MS) * DAY_MS;
  const end = first + (DAYS_AHEAD + 1) * DAY_MS;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
    for (let day = first; day < end; day += DAY_MS) {
      await client.query(`CREATE TABLE IF NOT EXISTS ${partitionName(day)} PARTITION OF records FOR VALUES FROM (${day}) TO (${day + DAY_MS})`);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return end;
}
