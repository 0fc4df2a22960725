import type pg from 'pg';
import { byteaArray, int4Array, int8Array, textArray } from './pg-arrays.js';
import { postTouches, SEQ_BLOCK, type GroupColumns } from './pg-rows.js';
import type { RecordBatch } from './store.js';

/** The channel every commit announces its new record ids on (see PostgresLiveFeed). */
export const RECORDS_CHANNEL = 'outpost_records';

/**
 * A whole group commit as ONE statement, so one round trip and one implicit transaction (atomic
 * and, with synchronous_commit on, durable when it returns): every round trip to the server
 * costs a scheduling delay on a busy machine, and BEGIN, inserts, NOTIFY and COMMIT apart were
 * five of them.
 * - post id, post number ($20, NameNumbers of posts), store id and arrival time go once per envelope
 *   ($1-$3) and each record names its envelope ($4): a fifth fewer bytes to send and parse than
 *   repeating them on every record; the kind goes as its code ($6, KIND_CODES) and the sensor
 *   with its number ($21, NameNumbers of sensor names; 0 for none: a command result's, stored as NULL);
 * - dedupe: each (post, store, block of SEQ_BLOCK seqs) of the group comes once with its seqs as
 *   a multirange, built by the worker ($16-$19). Its row in record_seqs (one per post, store and
 *   block, not a row and a unique-index entry per record) is read without a lock (`known`, only where it overlaps), and
 *   the records whose seqs it does not hold are inserted; usually none is held (a resend is the
 *   exception) and the records go in without being matched against the ranges. Only then are
 *   the rows upserted with the seqs this commit took for new (`fresh`): ON CONFLICT DO UPDATE
 *   locks each row, sorted (two workers never deadlock), and keeps in last_added what the row did
 *   not hold yet at that moment. Should another worker have added any of them since the read (it
 *   stored the same record meanwhile), last_added falls short, outpost_seqs_raced() undoes this
 *   whole commit with a serialization failure, and the worker runs it again (PostgresCentreStore).
 *   Locking last keeps two workers that store different envelopes of one post from waiting for
 *   each other's whole insert: only for the end of the other's commit;
 * - last_seen and backlog of the group's posts: rows another worker is touching right now are
 *   skipped (SKIP LOCKED), not waited for: that worker writes as recent a time, and waiting would
 *   chain every worker's commit behind the others'. New posts are inserted;
 * - NOTIFY of the new ids, delivered only when the statement commits: as one range (`first`,
 *   `last`) when they are consecutive, as they are unless another worker drew ids meanwhile (a
 *   list of 20,000 ids cost the backend about 6 % of a 20,000-record commit: a sort, a window
 *   and json_agg per record); otherwise listed, at most 500 a payload (a payload must stay
 *   under 8000 bytes);
 * - the answer is one row: the positions of the records that were already held (usually none),
 *   not a row per record stored, which the worker had to parse and collect.
 * The upsert waits for `stored` (its `count(*) >= 0`, evaluated before its first row), so the
 * row locks are taken after the insert; were the order otherwise, only the waiting would change.
 */
const COMMIT_GROUP = `
WITH envelope AS (
  SELECT * FROM unnest($1::text[], $20::int[], $2::text[], $3::bigint[]) WITH ORDINALITY AS e(post_id, post_no, store_id, received_unix_ms, n)
), incoming AS (
  SELECT e.post_id, e.post_no, e.store_id, r.seq, r.kind, r.sensor, nullif(r.sensor_no, 0) AS sensor_no, r.time_unix_ms, r.time_quality, r.priority, e.received_unix_ms, r.body, r.body_id, r.ord
  FROM unnest($4::int[], $5::bigint[], $6::int[], $7::text[], $21::int[], $8::bigint[], $9::int[], $10::int[], $11::bytea[], $15::text[])
    WITH ORDINALITY AS r(n, seq, kind, sensor, sensor_no, time_unix_ms, time_quality, priority, body, body_id, ord)
  JOIN envelope e USING (n)
), sources AS (
  SELECT post_id, store_id, block, seqs::int8multirange AS seqs FROM unnest($16::text[], $17::text[], $19::bigint[], $18::text[]) AS s(post_id, store_id, block, seqs)
), known AS (
  SELECT s.post_id, s.store_id, s.block, r.seqs AS held FROM sources s JOIN record_seqs r USING (post_id, store_id, block) WHERE r.seqs && s.seqs
), stored AS (
  INSERT INTO records (post_id, post_no, store_id, seq, kind, sensor, sensor_no, time_unix_ms, time_quality, priority, received_unix_ms, body, body_id)
  SELECT i.post_id, i.post_no, i.store_id, i.seq, i.kind, i.sensor, i.sensor_no, i.time_unix_ms, i.time_quality, i.priority, i.received_unix_ms, i.body, i.body_id
  FROM incoming i
  WHERE NOT EXISTS (SELECT 1 FROM known)
    OR NOT EXISTS (SELECT 1 FROM known k WHERE k.post_id = i.post_id AND k.store_id = i.store_id AND k.block = i.seq / ${SEQ_BLOCK} AND k.held @> i.seq)
  ORDER BY i.ord
  RETURNING id, received_unix_ms
), fresh AS (
  SELECT s.post_id, s.store_id, s.block, s.seqs - coalesce(k.held, '{}') AS seqs FROM sources s LEFT JOIN known k USING (post_id, store_id, block)
), held AS (
  INSERT INTO record_seqs AS r (post_id, store_id, block, seqs, last_added)
  SELECT post_id, store_id, block, seqs, seqs FROM fresh WHERE NOT isempty(seqs) AND (SELECT count(*) FROM stored) >= 0 ORDER BY post_id, store_id, block
  ON CONFLICT (post_id, store_id, block) DO UPDATE SET seqs = r.seqs + excluded.seqs, last_added = excluded.seqs - r.seqs
  RETURNING post_id, store_id, block, last_added
), raced AS (
  SELECT count(*) AS n FROM held h JOIN fresh f USING (post_id, store_id, block) WHERE h.last_added <> f.seqs
), touch AS (
  SELECT * FROM unnest($12::text[], $13::bigint[], $14::bigint[]) AS t(post_id, last_seen, backlog)
), added AS (
  INSERT INTO posts (post_id, last_seen_unix_ms, backlog)
  SELECT post_id, last_seen, backlog FROM touch WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.post_id = touch.post_id)
  ON CONFLICT (post_id) DO NOTHING
), free AS (
  SELECT p.post_id FROM posts p JOIN touch USING (post_id) ORDER BY p.post_id FOR UPDATE OF p SKIP LOCKED
), touched AS (
  UPDATE posts p SET last_seen_unix_ms = greatest(p.last_seen_unix_ms, t.last_seen), backlog = coalesce(t.backlog, p.backlog)
  FROM touch t JOIN free USING (post_id) WHERE p.post_id = t.post_id
), span AS (
  SELECT min(id) AS first, max(id) AS last, count(*) AS n, min(received_unix_ms) AS from_ms, max(received_unix_ms) AS to_ms FROM stored
), notified AS (
  SELECT pg_notify('${RECORDS_CHANNEL}', json_build_object('from', from_ms, 'to', to_ms, 'first', first, 'last', last)::text)
  FROM span WHERE n > 0 AND last - first + 1 = n
  UNION ALL
  SELECT pg_notify('${RECORDS_CHANNEL}', json_build_object('from', min(received_unix_ms), 'to', max(received_unix_ms), 'ids', json_agg(id ORDER BY id))::text)
  FROM (SELECT id, received_unix_ms, (row_number() OVER (ORDER BY id) - 1) / 500 AS chunk FROM stored
    WHERE (SELECT last - first + 1 <> n FROM span)) numbered GROUP BY chunk
)
SELECT CASE WHEN (SELECT n FROM raced) > 0 THEN outpost_seqs_raced() END AS raced,
  CASE WHEN NOT EXISTS (SELECT 1 FROM known) THEN '{}'::int[]
    ELSE ARRAY(SELECT i.ord FROM incoming i JOIN known k ON k.post_id = i.post_id AND k.store_id = i.store_id AND k.block = i.seq / ${SEQ_BLOCK}
      WHERE k.held @> i.seq ORDER BY i.ord)::int[] END AS held,
  (SELECT count(*) FROM stored) AS stored, (SELECT count(*) FROM notified) AS notifications`;

/**
 * Stores the group's records (already deduped within the group); returns the positions in
 * `columns` (from 0) of those already held, i.e. not stored now.
 */
export async function commitGroup(client: pg.PoolClient, columns: GroupColumns, batches: readonly RecordBatch[], postNumbers: readonly number[], sensorNumbers: readonly number[]): Promise<Set<number>> {
  const touches = postTouches(batches);
  // Named: each connection parses (and after five runs plans) the statement once, not per commit
  // (a 200-record commit: 10-12 -> 8-9 ms of PostgreSQL CPU; 20,000 records: no change).
  const result = await client.query<{ held: number[] }>({ name: 'outpost_commit_group', text: COMMIT_GROUP }, [
    textArray(batches.map((batch) => batch.postId)), textArray(batches.map((batch) => batch.storeId)), int8Array(batches.map((batch) => batch.receivedUnixMs)),
    int4Array(columns.batch.map((batch) => batch + 1)), int8Array(columns.seq), int4Array(columns.kind),
    textArray(columns.sensor), int8Array(columns.timeUnixMs), int4Array(columns.timeQuality), int4Array(columns.priority),
    byteaArray(columns.body),
    textArray(touches.postIds), int8Array(touches.lastSeen), int8Array(touches.backlogs),
    textArray(columns.bodyId),
    textArray(columns.sources.postId), textArray(columns.sources.storeId), textArray(columns.sources.seqs), int8Array(columns.sources.block),
    int4Array(postNumbers), int4Array(sensorNumbers),
  ]);
  return new Set((result.rows[0]?.held ?? []).map((ord) => ord - 1));
}
