import pg from 'pg';
import { OutpostError, describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { PostgresAccessStore } from './pg-access.js';
import { PostgresCommandStore } from './pg-commands.js';
import { commitGroup } from './pg-commit.js';
import { DAY_MS, ensurePartitions } from './pg-partitions.js';
import { prunePartitions } from './pg-retention.js';
import { applyStates } from './pg-states.js';
import { groupColumns, RECORD_COLUMNS, toPost, toRecord, type GroupColumns, type PostPgRow, type RecordPgRow } from './pg-rows.js';
import { migrate } from './pg-schema.js';
import { KIND_CODES, kindCode, kindOfCode } from './pg-kinds.js';
import { NameNumbers, POST_NUMBERS, SENSOR_NUMBERS } from './pg-numbers.js';
import { BACKFILL_ROWS, bodyIdOf, type IdentifiedKind } from './body-ids.js';
import { passwordOf, redactSecret, redactUrl } from './pg-url.js';
import type { CentreStore, PostRow, PostStateRow, RecordBatch, RecordQuery, RecordRow, RetentionCutoff, RetentionOutcome, StoreOutcome } from './store.js';
import { bodyKinds, type BodyKind } from '../wire/index.js';

/** What outpost_seqs_raced() raises (see pg-commit.ts). */
const SERIALIZATION_FAILURE = '40001';
/** Two statements locked each other's rows (states batched by two workers against a commit); PostgreSQL undid one. */
const DEADLOCK_DETECTED = '40P01';
/** Tries of one group commit that races other workers for the same records, before it fails unacked. */
const RACED_ATTEMPTS = 5;

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
  /** Users, sessions, tokens, post passwords, audit and assessments, shared by every worker. */
  readonly access: PostgresAccessStore;
  readonly commands: PostgresCommandStore;
  /** Arrivals at or past this time need their partitions created first. */
  private horizonMs = 0;
  /** Group commits run again because another worker stored some of their records meanwhile (tests read it). */
  racedCommits = 0;
  private readonly postNumbers = new NameNumbers(POST_NUMBERS);
  private readonly sensorNumbers = new NameNumbers(SENSOR_NUMBERS);

  private constructor(readonly pool: pg.Pool) {
    this.access = new PostgresAccessStore(pool);
    this.commands = new PostgresCommandStore(pool);
  }

  /**
   * Connects, migrates the schema (refusing one newer than this build) and creates the day
   * partitions ahead. Errors never show the password: the URL is redacted and the password
   * scrubbed from the driver's message.
   */
  static async open(url: string, options: PostgresStoreOptions): Promise<PostgresCentreStore> {
    const clock = options.clock ?? Date.now;
    // jit off: the group commit's estimated cost passes jit_above_cost, and compiling it took longer (about a second) than running it.
    // work_mem 16MB: a 20,000-record commit sorts and holds its records (about 5 MB each time) in
    // memory; with the default 4MB it wrote them to temp files and read them back (-6 % of the
    // backend's CPU per commit, bench:centre-pg-commit). Per sort or hash of a statement, per connection.
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, connectionTimeoutMillis: 10_000, application_name: 'outpost-centre', options: '-c jit=off -c work_mem=16MB' });
    // An idle connection that dies (PostgreSQL restarted) must not crash the worker; the next query reconnects.
    pool.on('error', (error) => options.log.warn({ err: redactSecret(describeError(error), passwordOf(url)) }, 'lost an idle PostgreSQL connection; the next query reconnects'));
    const store = new PostgresCentreStore(pool);
    try {
      const client = await pool.connect();
      try {
        if ((await migrate(client, clock())) < 5) await backfillBodyIds(client);
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
    const columns = groupColumns(batches);
    const latest = batches.reduce((max, batch) => Math.max(max, batch.receivedUnixMs), 0);
    if (latest >= this.horizonMs - DAY_MS) await this.withClient(async (client) => (this.horizonMs = await ensurePartitions(client, latest)));
    const held = await this.withClient(async (client) => {
      const postNumbers = await this.postNumbers.of(client, batches.map((batch) => batch.postId));
      const sensorNumbers = await this.sensorNumbersOf(client, columns);
      for (let attempt = 1; ; attempt++) {
        try {
          return await commitGroup(client, columns, batches, postNumbers, sensorNumbers);
        } catch (error) {
          // Another worker stored some of the group's records between this commit's read of the
          // seqs held and its upsert: nothing of it was kept; run it again (it now sees them held).
          if (attempt >= RACED_ATTEMPTS || (error as { code?: unknown }).code !== SERIALIZATION_FAILURE) throw error;
          this.racedCommits += 1;
        }
      }
    });
    // Each record stored is its batch's; one held, or a later copy within the group (left out of
    // the columns), is a duplicate.
    const outcomes: StoreOutcome[] = batches.map(() => ({ inserted: [], duplicates: 0 }));
    for (let index = 0; index < columns.seq.length; index++) if (!held.has(index)) (outcomes[columns.batch[index] as number] as StoreOutcome).inserted.push(columns.seq[index] as number);
    for (const [index, outcome] of outcomes.entries()) outcome.duplicates = (batches[index] as RecordBatch).records.length - outcome.inserted.length;
    return outcomes;
  }

  /**
   * Each record's sensor number (migration 10), 0 for a command result: its "sensor" is the
   * command's id, a name per command, which would grow sensor_numbers without end; it is stored
   * with a NULL number and found by its text (records_by_sensor_name).
   */
  private async sensorNumbersOf(client: pg.PoolClient, columns: GroupColumns): Promise<number[]> {
    const { kind, sensor } = columns;
    const numbers = new Array<number>(kind.length);
    let unknown: string[] | undefined;
    for (let index = 0; index < kind.length; index++) {
      const number = kind[index] === KIND_CODES.commandResult ? 0 : this.sensorNumbers.known(sensor[index] as string);
      if (number === undefined) (unknown ??= []).push(sensor[index] as string);
      numbers[index] = number ?? -1;
    }
    if (unknown === undefined) return numbers;
    await this.sensorNumbers.learn(client, unknown);
    return numbers.map((number, index) => (number >= 0 ? number : this.sensorNumbers.numberOf(sensor[index] as string)));
  }

  /**
   * Same order as the SQLite store (by boot and arrival): the current boot or a boot never seen
   * replaces, a boot seen before does not. A state the post already holds (the retained state
   * every worker receives at each (re)subscribe) is read, not written again: a write is a WAL
   * flush, and a thousand posts' states on every worker restart queued ahead of the records'
   * commits. The one statement for one state or many: centre/pg-states.ts.
   */
  async recordState(state: PostStateRow): Promise<boolean> {
    return (await applyStates(this.pool, [state]))[0] === true;
  }

  /**
   * Several posts' states (each post at most once) in one statement: one round trip and one WAL
   * flush for all (centre/pg-states.ts). Should it deadlock with another worker's statement,
   * they are applied one at a time, as recordState does.
   */
  async recordStates(states: readonly PostStateRow[]): Promise<boolean[]> {
    try {
      return await applyStates(this.pool, states);
    } catch (error) {
      if ((error as { code?: unknown }).code !== DEADLOCK_DETECTED) throw error;
      const taken: boolean[] = [];
      for (const state of states) taken.push(await this.recordState(state));
      return taken;
    }
  }

  async posts(): Promise<PostRow[]> {
    return (await this.pool.query<PostPgRow>('SELECT * FROM posts ORDER BY post_id COLLATE "C"')).rows.map(toPost);
  }

  async post(postId: string): Promise<PostRow | undefined> {
    const row = (await this.pool.query<PostPgRow>('SELECT * FROM posts WHERE post_id = $1', [postId])).rows[0];
    return row === undefined ? undefined : toPost(row);
  }

  async records(query: RecordQuery): Promise<RecordRow[]> {
    // One kind (every list route) as `kind = $1`: with `= ANY(array)` the planner cannot walk
    // records_by_kind in time order and sorts every row of the kind instead (583 ms for the first
    // page of 890,000 readings, bench:centre-api --store postgres).
    // A post by its number (records_by_post leads with it): looked up once, before the index walk.
    const codes = query.kinds.map(kindCode);
    const params: unknown[] = [codes.length === 1 ? codes[0] : codes];
    const where = [codes.length === 1 ? 'kind = $1::smallint' : 'kind = ANY($1::smallint[])'];
    if (query.postId !== undefined) where.push(`post_no = (SELECT post_no FROM post_numbers WHERE post_id = $${params.push(query.postId)})`);
    if (query.sinceUnixMs !== undefined) where.push(`time_unix_ms >= $${params.push(query.sinceUnixMs)}`);
    if (query.untilUnixMs !== undefined) where.push(`time_unix_ms <= $${params.push(query.untilUnixMs)}`);
    if (query.before !== undefined) where.push(`(time_unix_ms, id) < ($${params.push(query.before.timeUnixMs)}, $${params.push(query.before.id)})`);
    const order = `ORDER BY time_unix_ms DESC, id DESC LIMIT $${params.push(query.limit)}`;
    if (query.sensor === undefined) {
      const sql = `SELECT ${RECORD_COLUMNS} FROM records WHERE ${where.join(' AND ')} ${order}`;
      return (await this.pool.query<RecordPgRow>(sql, params)).rows.map(toRecord);
    }
    // A sensor by its number (records_by_sensor, migration 10; a name never numbered matches no
    // row), and rows without one (stored before migration 10, command results) by the text
    // (records_by_sensor_name): two index walks in time order, merged.
    const sensor = `$${params.push(query.sensor)}`;
    const both = where.join(' AND ');
    const sql = `SELECT ${RECORD_COLUMNS} FROM (
        (SELECT ${RECORD_COLUMNS} FROM records WHERE ${both} AND sensor_no = (SELECT sensor_no FROM sensor_numbers WHERE sensor = ${sensor}) ${order})
        UNION ALL
        (SELECT ${RECORD_COLUMNS} FROM records WHERE ${both} AND sensor_no IS NULL AND sensor = ${sensor} ${order})
      ) r ${order}`;
    return (await this.pool.query<RecordPgRow>(sql, params)).rows.map(toRecord);
  }

  async recordByBodyId(kind: IdentifiedKind, postId: string, id: string): Promise<RecordRow | undefined> {
    const sql = `SELECT ${RECORD_COLUMNS} FROM records WHERE post_no = (SELECT post_no FROM post_numbers WHERE post_id = $1) AND kind = $2::smallint AND body_id = $3 ORDER BY id DESC LIMIT 1`;
    const row = (await this.pool.query<RecordPgRow>(sql, [postId, kindCode(kind), id])).rows[0];
    return row === undefined ? undefined : toRecord(row);
  }

  async latestHealth(postId?: string): Promise<RecordRow[]> {
    // One index step per post (records_latest_health), not DISTINCT ON over every Health ever stored.
    const sql = `SELECT r.* FROM posts p JOIN post_numbers n USING (post_id) CROSS JOIN LATERAL (
        SELECT ${RECORD_COLUMNS} FROM records WHERE kind = ${KIND_CODES.health} AND post_no = n.post_no ORDER BY id DESC LIMIT 1) r
      ${postId === undefined ? '' : 'WHERE p.post_id = $1'}`;
    const rows = (await this.pool.query<RecordPgRow>(sql, postId === undefined ? [] : [postId])).rows.map(toRecord);
    return rows.sort((a, b) => (a.postId < b.postId ? -1 : a.postId > b.postId ? 1 : 0));
  }

  /** Records by id (as a NOTIFY names them), in id order. */
  async recordsById(ids: readonly number[], fromMs: number, toMs: number): Promise<RecordRow[]> {
    const sql = `SELECT ${RECORD_COLUMNS} FROM records WHERE id = ANY($1::bigint[]) AND id BETWEEN $2 AND $3 AND received_unix_ms BETWEEN $4 AND $5 ORDER BY id`;
    return (await this.pool.query<RecordPgRow>(sql, [ids, Math.min(...ids), Math.max(...ids), fromMs, toMs])).rows.map(toRecord);
  }

  /** A client on the store's database outside its pool (not yet connected), for a held LISTEN. */
  listenerClient(): pg.Client {
    const client = new pg.Client({ ...this.pool.options, application_name: 'outpost-centre-listen' });
    // Until a listener is attached (or after it is removed), a lost connection must not crash the worker.
    client.on('error', () => undefined);
    return client;
  }

  /** The highest record id drawn so far (committed or not; 0 before the first): where the live stream starts. */
  async lastRecordId(): Promise<number> {
    const row = (await this.pool.query<{ last: string }>("SELECT coalesce(pg_sequence_last_value(pg_get_serial_sequence('records', 'id')::regclass), 0) AS last")).rows[0];
    return Number(row?.last ?? 0);
  }

  /** Records with ids above `afterId` that arrived at or after `sinceMs` (which spares the older partitions), in id order. */
  async recordsAfter(afterId: number, sinceMs: number, limit: number): Promise<RecordRow[]> {
    const sql = `SELECT ${RECORD_COLUMNS} FROM records WHERE id > $1 AND received_unix_ms >= $2 ORDER BY id LIMIT $3`;
    return (await this.pool.query<RecordPgRow>(sql, [afterId, sinceMs, limit])).rows.map(toRecord);
  }

  /** Every (store id, seq) held for a post, for tests and audits. */
  async seqs(postId: string): Promise<{ storeId: string; seq: number }[]> {
    const rows = (await this.pool.query<{ store_id: string; seq: string }>('SELECT store_id, seq FROM records WHERE post_no = (SELECT post_no FROM post_numbers WHERE post_id = $1) ORDER BY store_id COLLATE "C", seq', [postId])).rows;
    return rows.map((row) => ({ storeId: row.store_id, seq: Number(row.seq) }));
  }

  /** Retention: whole day partitions where all is due, batches of rows where not (see prunePartitions). */
  async dropBefore(cutoffs: readonly RetentionCutoff[]): Promise<RetentionOutcome> {
    return cutoffs.length === 0 ? { partitions: [], removed: {} } : this.withClient((client) => prunePartitions(client, cutoffs));
  }

  /** One index step down records_by_kind per kind (and partition). */
  async oldestRecordTimes(): Promise<Partial<Record<BodyKind, number>>> {
    const sql = 'SELECT k.kind, (SELECT min(time_unix_ms) FROM records WHERE records.kind = k.kind) AS oldest FROM unnest($1::smallint[]) AS k(kind)';
    const rows = (await this.pool.query<{ kind: number; oldest: string | null }>(sql, [bodyKinds.map(kindCode)])).rows;
    return Object.fromEntries(rows.flatMap((row) => (row.oldest === null ? [] : [[kindOfCode(row.kind), Number(row.oldest)]])));
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
}

/** Fills in the id of incidents and snapshots stored before migration 5 gave it a column. */
async function backfillBodyIds(client: pg.PoolClient): Promise<void> {
  for (let after = 0; ; ) {
    const rows = (await client.query<{ id: string; body: Buffer }>(`SELECT id, body FROM records WHERE kind IN (${KIND_CODES.incident}, ${KIND_CODES.snapshot}) AND body_id IS NULL AND id > $1 ORDER BY id LIMIT $2`, [after, BACKFILL_ROWS])).rows;
    const found = rows.flatMap((row) => {
      const id = bodyIdOf(row.body);
      return id === undefined ? [] : [{ row: row.id, id }];
    });
    if (found.length > 0) {
      await client.query('UPDATE records r SET body_id = f.body_id FROM unnest($1::bigint[], $2::text[]) AS f(id, body_id) WHERE r.id = f.id', [found.map((entry) => entry.row), found.map((entry) => entry.id)]);
    }
    if (rows.length < BACKFILL_ROWS) return;
    after = Number(rows.at(-1)?.id ?? after);
  }
}
