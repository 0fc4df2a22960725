import { kindCode, kindOfCode } from './pg-kinds.js';
import type { PoolClient } from 'pg';
import { bodyKinds, type BodyKind } from '../wire/index.js';
import { DAY_MS, PARTITION_LOCK, dayStartOf } from './pg-partitions.js';
import { SEQ_BLOCK } from './pg-rows.js';
import type { RetentionCutoff } from './store.js';

/** Rows per retention DELETE: each its own short transaction, so ingest goes on between them. */
const DELETE_BATCH = 5000;

type Removed = Partial<Record<BodyKind, number>>;

/**
 * The rows of `gone` (post_id, store_id, seq) as one multirange per (post, store), built from runs
 * of consecutive seqs (gaps and islands: one sort, never a range per record in memory).
 */
const ISLANDS = `SELECT post_id, store_id, block, range_agg(run) AS seqs FROM (
    SELECT post_id, store_id, block, int8range(min(seq), max(seq), '[]') AS run FROM (
      SELECT post_id, store_id, seq / ${SEQ_BLOCK} AS block, seq,
        seq - row_number() OVER (PARTITION BY post_id, store_id, seq / ${SEQ_BLOCK} ORDER BY seq) AS island FROM gone) numbered
    GROUP BY post_id, store_id, block, island) runs
  GROUP BY post_id, store_id, block`;

/**
 * Takes the CTE `ranges` (post_id, store_id, block, seqs) out of the dedupe ranges: LOCKED, CTEs
 * to follow it, locks the rows in (post_id, store_id, block) order, the order every commit takes
 * them in (no deadlock with ingest), and deletes those left empty; FORGET updates the others.
 */
const LOCKED = `locked AS (
    SELECT s.post_id, s.store_id, s.block FROM record_seqs s JOIN ranges USING (post_id, store_id, block) ORDER BY s.post_id, s.store_id, s.block FOR UPDATE OF s),
  emptied AS (
    DELETE FROM record_seqs s USING ranges JOIN locked USING (post_id, store_id, block)
    WHERE s.post_id = ranges.post_id AND s.store_id = ranges.store_id AND s.block = ranges.block AND isempty(s.seqs - ranges.seqs))`;
const FORGET = `UPDATE record_seqs s SET seqs = s.seqs - ranges.seqs FROM ranges JOIN locked USING (post_id, store_id, block)
  WHERE s.post_id = ranges.post_id AND s.store_id = ranges.store_id AND s.block = ranges.block AND NOT isempty(s.seqs - ranges.seqs)`;

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
    if ((await client.query(`SELECT 1 FROM ${partition} WHERE kind = $1::smallint LIMIT 1`, [kindCode(kind)])).rowCount !== 0) held.push(kind);
  }
  return held;
}

/**
 * Retention on PostgreSQL, per record class. A day partition whose every kind is past its
 * class's cutoff (all of its rows are due) is dropped whole: no row-by-row delete, no bloat.
 * One that holds a kind kept longer (alarms kept two years among readings kept thirty days)
 * stays, and the due kinds' rows in it are deleted in batches of DELETE_BATCH, each a statement
 * that also takes their seqs out of the dedupe ranges (record_seqs). Drops take the partition lock, so workers running it at
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
      const counts = await client.query<{ kind: number; count: string }>(`SELECT kind, count(*) FROM ${partition.name} GROUP BY kind`);
      for (const row of counts.rows) add(removed, kindOfCode(row.kind), Number(row.count));
      dropped.push(partition);
    }
    if (dropped.length > 0) {
      // The dropped days' seqs leave the dedupe ranges (a record past retention resent is stored
      // again, as with SQLite). Gathered first, applied after the drops: DROP waits for the ingest
      // statements under way, and those may wait for the record_seqs rows this would hold.
      const rows = dropped.map((partition) => `SELECT post_id, store_id, seq FROM ${partition.name}`).join(' UNION ALL ');
      await client.query(`CREATE TEMPORARY TABLE retention_gone ON COMMIT DROP AS WITH gone AS (${rows}) ${ISLANDS}`);
      for (const partition of dropped) await client.query(`DROP TABLE ${partition.name}`);
      await client.query(`WITH ranges AS (SELECT * FROM retention_gone), ${LOCKED} ${FORGET}`);
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
        SELECT ctid FROM ${partition} WHERE kind = ANY($1::smallint[]) AND received_unix_ms < $2 LIMIT ${DELETE_BATCH}))
      RETURNING post_id, store_id, seq, kind),
    ranges AS (${ISLANDS}),
    ${LOCKED},
    forgotten AS (${FORGET})
    SELECT kind, count(*) FROM gone GROUP BY kind`;
  for (;;) {
    const rows = (await client.query<{ kind: number; count: string }>(sql, [cutoff.kinds.map(kindCode), cutoff.cutoffMs])).rows;
    let total = 0;
    for (const row of rows) {
      add(removed, kindOfCode(row.kind), Number(row.count));
      total += Number(row.count);
    }
    if (total < DELETE_BATCH) return;
  }
}
