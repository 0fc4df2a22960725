import type pg from 'pg';
import { int4Array, int8Array, textArray } from './pg-arrays.js';
import type { PostStateRow } from './store.js';

/**
 * Posts' states in ONE statement (each post at most once; one state alone too): a state the
 * post already holds is not written again (`unchanged`); otherwise the current boot or a boot
 * never seen replaces the stored state, a boot seen before does not. Rows are upserted in post order, so two workers applying the same
 * states (every worker receives every state) wait for each other rather than deadlock; the posts
 * not yet known are inserted before, on their own (ADD_POSTS).
 *
 * Why: a fleet connecting (or a worker restarting) brings a thousand retained states at once,
 * and one at a time they were two round trips and one WAL flush each, queued beside the
 * records' commits; in bench:centre-scale, their round trips were the worker's largest cost
 * after decoding while the first backlog drained.
 */
const APPLY_STATES = `
WITH s AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::text[], $10::text[], $11::bigint[])
    AS s(post_id, name, status, boot_id, agent_version, config_hash, started_unix_ms, state_unix_ms, store_id, position, received_unix_ms)
), unchanged AS (
  SELECT s.post_id FROM s JOIN posts p USING (post_id)
  WHERE p.boot_id = s.boot_id AND p.status = s.status AND p.name = s.name AND p.agent_version = s.agent_version AND p.config_hash = s.config_hash
    AND p.started_unix_ms = s.started_unix_ms AND p.state_unix_ms = s.state_unix_ms AND p.store_id = s.store_id AND p.position IS NOT DISTINCT FROM s.position::jsonb
), applied AS (
  INSERT INTO posts AS p (post_id, name, status, boot_id, agent_version, config_hash, started_unix_ms, state_unix_ms, store_id, position, last_seen_unix_ms)
  SELECT post_id, name, status, boot_id, agent_version, config_hash, started_unix_ms, state_unix_ms, store_id, position::jsonb, received_unix_ms
  FROM s WHERE NOT EXISTS (SELECT 1 FROM unchanged u WHERE u.post_id = s.post_id) ORDER BY post_id
  ON CONFLICT (post_id) DO UPDATE SET name = excluded.name, status = excluded.status, boot_id = excluded.boot_id,
    agent_version = excluded.agent_version, config_hash = excluded.config_hash, started_unix_ms = excluded.started_unix_ms,
    state_unix_ms = excluded.state_unix_ms, store_id = excluded.store_id, position = coalesce(excluded.position, p.position),
    last_seen_unix_ms = greatest(p.last_seen_unix_ms, excluded.last_seen_unix_ms)
  WHERE p.boot_id = excluded.boot_id
    OR NOT EXISTS (SELECT 1 FROM post_boots b WHERE b.post_id = excluded.post_id AND b.boot_id = excluded.boot_id)
  RETURNING post_id, boot_id
), boot AS (
  INSERT INTO post_boots (post_id, boot_id, first_seen_unix_ms)
  SELECT a.post_id, a.boot_id, s.received_unix_ms FROM applied a JOIN s USING (post_id) ORDER BY a.post_id
  ON CONFLICT DO NOTHING
)
SELECT coalesce(array_agg(post_id), '{}') AS taken FROM (SELECT post_id FROM unchanged UNION ALL SELECT post_id FROM applied) t`;

/**
 * The posts not yet known, inserted first in a statement (and transaction) of their own, in post
 * order: so the states statement only updates rows. Were it to insert them, a group commit
 * inserting the same new post would wait for it while it waited for a row that commit locked:
 * a deadlock, and the commit undone.
 */
const ADD_POSTS = `
INSERT INTO posts (post_id, last_seen_unix_ms)
SELECT post_id, received FROM unnest($1::text[], $2::bigint[]) AS s(post_id, received)
WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.post_id = s.post_id) ORDER BY post_id
ON CONFLICT (post_id) DO NOTHING`;

/** Applies `states` (each post at most once) in one statement; for each, whether it was taken (held already, or applied). */
export async function applyStates(client: pg.Pool | pg.PoolClient, states: readonly PostStateRow[]): Promise<boolean[]> {
  await client.query(ADD_POSTS, [textArray(states.map((state) => state.postId)), int8Array(states.map((state) => state.receivedUnixMs))]);
  const result = await client.query<{ taken: string[] }>(APPLY_STATES, [
    textArray(states.map((state) => state.postId)),
    textArray(states.map((state) => state.name)),
    int4Array(states.map((state) => state.status)),
    textArray(states.map((state) => state.bootId)),
    textArray(states.map((state) => state.agentVersion)),
    textArray(states.map((state) => state.configHash)),
    int8Array(states.map((state) => state.startedUnixMs)),
    int8Array(states.map((state) => state.stateUnixMs)),
    textArray(states.map((state) => state.storeId)),
    textArray(states.map((state) => (state.position === undefined ? null : JSON.stringify(state.position)))),
    int8Array(states.map((state) => state.receivedUnixMs)),
  ]);
  const taken = new Set(result.rows[0]?.taken ?? []);
  return states.map((state) => taken.has(state.postId));
}
