import pg from 'pg';
import { OutpostError, describeError } from '../agent/errors.js';
import type { Logger } from '../agent/log/logger.js';
import { byteaArray, numberArray, textArray } from './pg-arrays.js';
import { DAY_MS, dropPartitionsBefore, ensurePartitions } from './pg-partitions.js';
import { groupRows, keyOf, postTouches, RECORD_COLUMNS, toPost, toRecord, type PostPgRow, type RecordPgRow } from './pg-rows.js';
import { migrate } from './pg-schema.js';
import { passwordOf, redactSecret, redactUrl } from './pg-url.js';
import type { CentreStore, PostRow, PostStateRow, RecordBatch, RecordQuery, RecordRow, StoreOutcome } from './store.js';

/** The channel every commit announces its new record ids on (see PostgresLiveFeed). */
export const RECORDS_CHANNEL = 'outpost_records';
/** Ids per NOTIFY: a payload must stay under 8000 bytes. */
const IDS_PER_NOTIFY = 500;

const INSERT_RECORDS = `
WITH incoming AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::bigint[], $7::int[], $8::int[], $9::bigint[], $10::bytea[])
    WITH ORDINALITY AS t(post_id, store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body, ord)
), fresh AS (
  -- Keys in one order in every worker, so two that store overlapping resends cannot deadlock.
  INSERT INTO record_keys (post_id, store_id, seq, received_unix_ms)
  SELECT post_id, store_id, seq, received_unix_ms FROM incoming ORDER BY post_id, store_id, seq
  ON CONFLICT ON CONSTRAINT record_keys_unique DO NOTHING
  RETURNING post_id, store_id, seq
)
INSERT INTO records (post_id, store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body)
SELECT i.post_id, i.store_id, i.seq, i.kind, i.sensor, i.time_unix_ms, i.time_quality, i.priority, i.received_unix_ms, i.body
FROM incoming i JOIN fresh f USING (post_id, store_id, seq) ORDER BY i.ord
RETURNING id, post_id, store_id, seq, received_unix_ms`;

/**
 * last_seen and backlog of the group's posts. Posts another worker is touching right now are
 * skipped (SKIP LOCKED), not waited for: that worker writes a last_seen as recent, and waiting
 * would chain every worker's commit behind the others'. New posts are inserted.
 */
const TOUCH_POSTS = `
WITH touch AS (SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS t(post_id, last_seen, backlog)),
added AS (
  INSERT INTO posts (post_id, last_seen_unix_ms, backlog)
  SELECT post_id, last_seen, backlog FROM touch WHERE NOT EXISTS (SELECT 1 FROM posts p WHERE p.post_id = touch.post_id)
  ON CONFLICT (post_id) DO NOTHING
),
free AS (SELECT p.post_id FROM posts p JOIN touch USING (post_id) ORDER BY p.post_id FOR UPDATE OF p SKIP LOCKED)
UPDATE posts p SET last_seen_unix_ms = greatest(p.last_seen_unix_ms, t.last_seen), backlog = coalesce(t.backlog, p.backlog)
FROM touch t JOIN free USING (post_id) WHERE p.post_id = t.post_id`;

const UPSERT_STATE = `
INSERT INTO posts (post_id, name, status, boot_id, agent_version, config_hash, started_unix_ms, state_unix_ms, store_id, position, last_seen_unix_ms)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
ON CONFLICT (post_id) DO UPDATE SET name = excluded.name, status = excluded.status, boot_id = excluded.boot_id,
  agent_version = excluded.agent_version, config_hash = excluded.config_hash, started_unix_ms = excluded.started_unix_ms,
  state_unix_ms = excluded.state_unix_ms, store_id = excluded.store_id, position = coalesce(excluded.position, posts.position),
  last_seen_unix_ms = greatest(posts.last_seen_unix_ms, excluded.last_seen_unix_ms)`;

export interface PostgresStoreOptions {
  /** Connections per worker: one commit at a time needs one, the API and the live feed the rest. */
  poolSize?: number;
  log: Logger;
  clock?: () => number;
}

/**
 * The centre's PostgreSQL store, shared by any number of centre workers. Same contract as the
 * SQLite store: `storeBatches` is one transaction (durable when it resolves: synchronous_commit
 * is left on), a (post, store, seq) already held is a duplicate. Records go into day partitions
 * by arrival time, so retention drops whole tables.
 */
export class PostgresCentreStore implements CentreStore {
  /** Arrivals at or past this time need their partitions created first. */
  private horizonMs = 0;

  private constructor(
    readonly pool: pg.Pool,
    private readonly clock: () => number,
  ) {}

  /**
   * Connects, migrates the schema (refusing one newer than this build) and creates the day
   * partitions ahead. Errors never show the password: the URL is redacted and the password
   * scrubbed from the driver's message.
   */
  static async open(url: string, options: PostgresStoreOptions): Promise<PostgresCentreStore> {
    const clock = options.clock ?? Date.now;
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, connectionTimeoutMillis: 10_000, application_name: 'outpost-centre' });
    // An idle connection that dies (PostgreSQL restarted) must not crash the worker; the next query reconnects.
    pool.on('error', (error) => options.log.warn({ err: redactSecret(describeError(error), passwordOf(url)) }, 'lost an idle PostgreSQL connection; the next query reconnects'));
    const store = new PostgresCentreStore(pool, clock);
    try {
      const client = await pool.connect();
      try {
        await migrate(client, clock());
        store.horizonMs = await ensurePartitions(client, clock());
      } finally {
        client.release();
      }
      return store;
    } catch (error) {
      await pool.end().catch(() => undefined);
      if (error instanceof OutpostError) throw error;
      throw new OutpostError(`cannot open the centre database ${redactUrl(url)}: ${redactSecret(describeError(error), passwordOf(url))}`, {
        code: 'centre.db',
        subject: 'centre',
        hint: 'check that PostgreSQL runs at that address, that the user may log in (password in PGPASSWORD or ${VAR} in the URL) and may create tables in the database',
      });
    }
  }

  async storeBatches(batches: readonly RecordBatch[]): Promise<StoreOutcome[]> {
    const rows = groupRows(batches);
    const latest = rows.reduce((max, row) => Math.max(max, row.receivedUnixMs), 0);
    if (latest >= this.horizonMs - DAY_MS) await this.withClient(async (client) => (this.horizonMs = await ensurePartitions(client, latest)));
    const inserted = new Set<string>();
    await this.transaction(async (client) => {
      if (rows.length > 0) {
        const result = await client.query<{ id: string; post_id: string; store_id: string; seq: string; received_unix_ms: string }>(INSERT_RECORDS, [
          textArray(rows.map((row) => row.postId)), textArray(rows.map((row) => row.storeId)), numberArray(rows.map((row) => row.seq)), textArray(rows.map((row) => row.kind)),
          textArray(rows.map((row) => row.sensor)), numberArray(rows.map((row) => row.timeUnixMs)), numberArray(rows.map((row) => row.timeQuality)), numberArray(rows.map((row) => row.priority)),
          numberArray(rows.map((row) => row.receivedUnixMs)), byteaArray(rows.map((row) => row.body)),
        ]);
        for (const row of result.rows) inserted.add(keyOf(row.post_id, row.store_id, row.seq));
        await notify(client, result.rows);
      }
      const touches = postTouches(batches);
      await client.query(TOUCH_POSTS, [textArray(touches.postIds), numberArray(touches.lastSeen), numberArray(touches.backlogs)]);
    });
    const owner = new Map(rows.map((row) => [row.key, row.batch]));
    return batches.map((batch, index) => {
      const seqs = batch.records.map((record) => record.seq).filter((seq) => {
        const key = keyOf(batch.postId, batch.storeId, seq);
        if (owner.get(key) !== index || !inserted.has(key)) return false;
        owner.delete(key); // a seq twice in one batch counts once
        return true;
      });
      return { inserted: seqs, duplicates: batch.records.length - seqs.length };
    });
  }

  /**
   * Same order as the SQLite store (by boot and arrival). Serialised per post with an advisory
   * lock: every worker receives the retained state and applies it, and the same state applied
   * twice changes nothing.
   */
  async recordState(state: PostStateRow): Promise<boolean> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(1, hashtext($1))', [state.postId]);
      const current = await client.query<{ boot_id: string }>('SELECT boot_id FROM posts WHERE post_id = $1', [state.postId]);
      const boot = current.rows[0]?.boot_id;
      if (boot !== undefined && boot !== state.bootId) {
        const seen = await client.query('SELECT 1 FROM post_boots WHERE post_id = $1 AND boot_id = $2', [state.postId, state.bootId]);
        if (seen.rowCount !== 0) return false;
      }
      await client.query(UPSERT_STATE, [state.postId, state.name, state.status, state.bootId, state.agentVersion, state.configHash, state.startedUnixMs, state.stateUnixMs, state.storeId, state.position === undefined ? null : JSON.stringify(state.position), state.receivedUnixMs]);
      await client.query('INSERT INTO post_boots (post_id, boot_id, first_seen_unix_ms) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [state.postId, state.bootId, state.receivedUnixMs]);
      return true;
    });
  }

  async posts(): Promise<PostRow[]> {
    return (await this.pool.query<PostPgRow>('SELECT * FROM posts ORDER BY post_id COLLATE "C"')).rows.map(toPost);
  }

  async post(postId: string): Promise<PostRow | undefined> {
    const row = (await this.pool.query<PostPgRow>('SELECT * FROM posts WHERE post_id = $1', [postId])).rows[0];
    return row === undefined ? undefined : toPost(row);
  }

  async records(query: RecordQuery): Promise<RecordRow[]> {
    const params: unknown[] = [query.kinds];
    const where = ['kind = ANY($1::text[])'];
    if (query.postId !== undefined) where.push(`post_id = $${params.push(query.postId)}`);
    if (query.sensor !== undefined) where.push(`sensor = $${params.push(query.sensor)}`);
    if (query.sinceUnixMs !== undefined) where.push(`time_unix_ms >= $${params.push(query.sinceUnixMs)}`);
    const sql = `SELECT ${RECORD_COLUMNS} FROM records WHERE ${where.join(' AND ')} ORDER BY time_unix_ms DESC, id DESC LIMIT $${params.push(query.limit)}`;
    return (await this.pool.query<RecordPgRow>(sql, params)).rows.map(toRecord);
  }

  async latestHealth(postId?: string): Promise<RecordRow[]> {
    const sql = `SELECT DISTINCT ON (post_id) ${RECORD_COLUMNS} FROM records WHERE kind = 'health' ${postId === undefined ? '' : 'AND post_id = $1'} ORDER BY post_id, id DESC`;
    const rows = (await this.pool.query<RecordPgRow>(sql, postId === undefined ? [] : [postId])).rows.map(toRecord);
    return rows.sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
  }

  /** Records by id (as a NOTIFY names them), in id order. */
  async recordsById(ids: readonly number[], fromMs: number, toMs: number): Promise<RecordRow[]> {
    const sql = `SELECT ${RECORD_COLUMNS} FROM records WHERE id = ANY($1::bigint[]) AND id BETWEEN $2 AND $3 AND received_unix_ms BETWEEN $4 AND $5 ORDER BY id`;
    return (await this.pool.query<RecordPgRow>(sql, [ids, Math.min(...ids), Math.max(...ids), fromMs, toMs])).rows.map(toRecord);
  }

  /** Every (store id, seq) held for a post, for tests and audits. */
  async seqs(postId: string): Promise<{ storeId: string; seq: number }[]> {
    const rows = (await this.pool.query<{ store_id: string; seq: string }>('SELECT store_id, seq FROM records WHERE post_id = $1 ORDER BY store_id COLLATE "C", seq', [postId])).rows;
    return rows.map((row) => ({ storeId: row.store_id, seq: Number(row.seq) }));
  }

  /** Retention: drops the day partitions that end at or before `cutoffMs`; returns their names. */
  async dropBefore(cutoffMs: number): Promise<string[]> {
    return this.withClient((client) => dropPartitionsBefore(client, cutoffMs));
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  private async withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let failure: Error | undefined;
    // A connection lost between two queries of a checked-out client is emitted as an 'error'
    // event (fatal without a listener); the next query then fails and the work with it.
    const onLost = (error: Error): void => {
      failure = error;
    };
    client.on('error', onLost);
    try {
      return await work(client);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      client.off('error', onLost);
      // A client that failed may have lost its connection: drop it rather than lend it again.
      client.release(failure);
    }
  }

  private transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }
}

/** Announces the new ids on commit (NOTIFY in a transaction is delivered only if it commits), in one statement. */
async function notify(client: pg.PoolClient, rows: readonly { id: string; received_unix_ms: string }[]): Promise<void> {
  const payloads: string[] = [];
  for (let start = 0; start < rows.length; start += IDS_PER_NOTIFY) {
    const chunk = rows.slice(start, start + IDS_PER_NOTIFY);
    const received = chunk.map((row) => Number(row.received_unix_ms));
    payloads.push(JSON.stringify({ from: Math.min(...received), to: Math.max(...received), ids: chunk.map((row) => Number(row.id)) }));
  }
  await client.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) WITH ORDINALITY AS t(payload, ord) ORDER BY ord', [RECORDS_CHANNEL, payloads]);
}
