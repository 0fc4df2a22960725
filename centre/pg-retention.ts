import type { PoolClient } from 'pg';
import { bodyKinds, type BodyKind } from '../wire/index.js';
import { DAY_MS, PARTITION_LOCK, dayStartOf } from './pg-partitions.js';
import type { RetentionCutoff } from './store.js';

/** Rows per retention DELETE: each its own short transaction, so ingest goes on between them. */
const DELETE_BATCH = 5000;

type Removed = Partial<Record<BodyKind, number>>;

function add(removed: Removed, kind: BodyKind, count: number): void {
  if (count > 0) removed[kind] = (removed[kind] ?? 0) + count;
}

/** The cutoff each kind has (undefined: kept for ever). */
function cutoffOf(cutoffs: readonly RetentionCutoff[], kind: BodyKind): number | undefined {
  return cutoffs.find((cutoff) => cutoff.kinds.includes(kind))?.cutoffMs;
}

async function dayPartitions(client: PoolClient): Promise<{ name: string; start: number }[]> {
  const found = await client.query<{ name: string }>(
    `SELECT child.relname AS name FROM pg_inherits JOIN pg_class child ON child.oid = pg_inherits.inhrelid
     JOIN pg_class parent ON parent.oid = pg_inherits.inhparent
     WHERE parent.relname = 'records' AND parent.relnamespace = to_regnamespace(current_schema())::oid`,
  );
  return found.rows.flatMap(({ name }) => {
    const start = dayStartOf(name);
    return start === undefined ? [] : [{ name, start }];
  });
}

/** The kinds a partition holds: one index step down records_by_kind each, not a scan. */
async function kindsIn(client: PoolClient, partition: string): Promise<BodyKind[]> {
  const held: BodyKind[] = [];
  for (const kind of bodyKinds) {
    if ((await client.query(`SELECT 1 FROM ${partition} WHERE kind = $1 LIMIT 1`, [kind])).rowCount !== 0) held.push(kind);
  }
  return held;
}

/**
 * Retention on PostgreSQL, per record class. A day partition whose every kind is past its
 * class's cutoff (all of its rows are due) is dropped whole: no row-by-row delete, no bloat.
 * One that holds a kind kept longer (alarms kept two years among readings kept thirty days)
 * stays, and the due kinds' rows in it are deleted in batches of DELETE_BATCH, each a statement
 * that also deletes their dedupe keys. Drops take the partition lock, so workers running it at
 * once drop each day once; their deletes may overlap, and a row is counted by the one that
 * deleted it. Returns the dropped partitions and what was removed of each kind.
 */
export async function prunePartitions(client: PoolClient, cutoffs: readonly RetentionCutoff[]): Promise<{ partitions: string[]; removed: Removed }> {
  const removed: Removed = {};
  const latest = Math.max(...cutoffs.map((cutoff) => cutoff.cutoffMs));
  const dropped: { name: string; start: number }[] = [];
  const partial: { name: string; start: number }[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
    for (const partition of await dayPartitions(client)) {
      if (partition.start >= latest) continue;
      const end = partition.start + DAY_MS;
      const held = await kindsIn(client, partition.name);
      // An empty day goes once it lies wholly before the latest cutoff.
      const due = held.length === 0 ? end <= latest : held.every((kind) => (cutoffOf(cutoffs, kind) ?? -Infinity) >= end);
      if (!due) {
        partial.push(partition);
        continue;
      }
      const counts = await client.query<{ kind: BodyKind; count: string }>(`SELECT kind, count(*) FROM ${partition.name} GROUP BY kind`);
      for (const row of counts.rows) add(removed, row.kind, Number(row.count));
      await client.query(`DROP TABLE ${partition.name}`);
      dropped.push(partition);
    }
    // The dropped days' dedupe keys, in one scan of record_keys (it has no index on arrival).
    if (dropped.length > 0) {
      await client.query(
        'DELETE FROM record_keys WHERE EXISTS (SELECT 1 FROM unnest($1::bigint[]) AS day(start) WHERE received_unix_ms >= day.start AND received_unix_ms < day.start + $2)',
        [dropped.map((partition) => partition.start), DAY_MS],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  for (const partition of partial) {
    for (const cutoff of cutoffs) {
      if (partition.start >= cutoff.cutoffMs) continue;
      await deleteDue(client, partition.name, cutoff, removed);
    }
  }
  return { partitions: dropped.map((partition) => partition.name).sort(), removed };
}

/** Deletes, batch by batch, the rows of the cutoff's kinds in one partition that arrived before it. */
async function deleteDue(client: PoolClient, partition: string, cutoff: RetentionCutoff, removed: Removed): Promise<void> {
  const sql = `WITH gone AS (
      DELETE FROM ${partition} WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM ${partition} WHERE kind = ANY($1::text[]) AND received_unix_ms < $2 LIMIT ${DELETE_BATCH}))
      RETURNING post_id, store_id, seq, kind),
    keys AS (DELETE FROM record_keys k USING gone WHERE k.post_id = gone.post_id AND k.store_id = gone.store_id AND k.seq = gone.seq)
    SELECT kind, count(*) FROM gone GROUP BY kind`;
  for (;;) {
    const rows = (await client.query<{ kind: BodyKind; count: string }>(sql, [cutoff.kinds, cutoff.cutoffMs])).rows;
    let total = 0;
    for (const row of rows) {
      add(removed, row.kind, Number(row.count));
      total += Number(row.count);
    }
    if (total < DELETE_BATCH) return;
  }
}
