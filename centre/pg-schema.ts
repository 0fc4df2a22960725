import type { PoolClient } from 'pg';
import { OutpostError } from '../kernel/errors.js';

/**
 * The PostgreSQL schema as numbered migrations, applied in order at start. Never edit a
 * migration that has shipped: add the next one. Each runs inside the one start-up transaction,
 * so a worker that dies half-way leaves the database as it was.
 */
export const MIGRATIONS: readonly { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: 'records partitioned by arrival time, their dedupe keys, posts',
    sql: `
-- Dedupe lives in its own table: a unique constraint on a partitioned table must include the
-- partition key, and (post_id, store_id, seq) must be unique across every partition.
CREATE TABLE record_keys (
  post_id text NOT NULL,
  store_id text NOT NULL,
  seq bigint NOT NULL,
  received_unix_ms bigint NOT NULL,
  CONSTRAINT record_keys_unique UNIQUE (post_id, store_id, seq)
);
CREATE TABLE records (
  id bigserial NOT NULL,
  post_id text NOT NULL,
  store_id text NOT NULL,
  seq bigint NOT NULL,
  kind text NOT NULL,
  sensor text NOT NULL,
  time_unix_ms bigint NOT NULL,
  time_quality integer NOT NULL,
  priority integer NOT NULL,
  received_unix_ms bigint NOT NULL,
  body bytea NOT NULL
) PARTITION BY RANGE (received_unix_ms);
-- Ids grow with arrival: a BRIN index finds the records a NOTIFY names at almost no cost per insert.
CREATE INDEX records_by_id ON records USING brin (id);
-- The API's list queries: by kind (and sensor) over time, by post and kind over time.
CREATE INDEX records_by_kind ON records (kind, time_unix_ms DESC, id DESC);
CREATE INDEX records_by_post ON records (post_id, kind, time_unix_ms DESC, id DESC);
CREATE INDEX records_latest_health ON records (post_id, id DESC) WHERE kind = 'health';
CREATE TABLE posts (
  post_id text PRIMARY KEY,
  name text NOT NULL DEFAULT '',
  status integer NOT NULL DEFAULT 0,
  boot_id text NOT NULL DEFAULT '',
  agent_version text NOT NULL DEFAULT '',
  config_hash text NOT NULL DEFAULT '',
  started_unix_ms bigint NOT NULL DEFAULT 0,
  state_unix_ms bigint NOT NULL DEFAULT 0,
  store_id text NOT NULL DEFAULT '',
  position jsonb,
  last_seen_unix_ms bigint NOT NULL DEFAULT 0,
  backlog bigint
);`,
  },
  {
    version: 2,
    description: 'boots seen per post, so a late will of an earlier boot never replaces the state',
    sql: `
CREATE TABLE post_boots (
  post_id text NOT NULL,
  boot_id text NOT NULL,
  first_seen_unix_ms bigint NOT NULL,
  PRIMARY KEY (post_id, boot_id)
);
-- Posts stored before this version: the boot each one holds counts as seen.
INSERT INTO post_boots (post_id, boot_id, first_seen_unix_ms)
  SELECT post_id, boot_id, last_seen_unix_ms FROM posts WHERE boot_id <> ''
  ON CONFLICT DO NOTHING;`,
  },
  {
    version: 3,
    description: 'users, sessions, API tokens, post credentials, the audit log and incident actions (centre/access/)',
    sql: `
CREATE TABLE post_credentials (
  post_id text PRIMARY KEY,
  password_hash text NOT NULL,
  mosquitto_hash text NOT NULL,
  updated_unix_ms bigint NOT NULL
);
CREATE TABLE users (
  name text PRIMARY KEY,
  role text NOT NULL,
  password_hash text NOT NULL,
  created_unix_ms bigint NOT NULL,
  updated_unix_ms bigint NOT NULL
);
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_name text NOT NULL,
  csrf_token text NOT NULL,
  created_unix_ms bigint NOT NULL,
  expires_unix_ms bigint NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_name);
CREATE INDEX sessions_by_expiry ON sessions (expires_unix_ms);
CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  hash text NOT NULL UNIQUE,
  name text NOT NULL,
  role text NOT NULL,
  created_by text NOT NULL,
  created_unix_ms bigint NOT NULL,
  revoked_unix_ms bigint
);
CREATE INDEX api_tokens_by_user ON api_tokens (created_by);
-- json, not jsonb: the audit keeps each entry's detail exactly as it was written.
CREATE TABLE audit (
  id bigserial PRIMARY KEY,
  time_unix_ms bigint NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  subject text NOT NULL,
  detail json NOT NULL
);
CREATE TABLE incident_actions (
  id bigserial PRIMARY KEY,
  incident_key text NOT NULL,
  action text NOT NULL,
  assessment text,
  note text NOT NULL,
  actor text NOT NULL,
  time_unix_ms bigint NOT NULL
);
CREATE INDEX incident_actions_by_key ON incident_actions (incident_key, id);`,
  },
  {
    version: 4,
    description: 'commands issued to posts and their results (issue 17)',
    sql: `
CREATE TABLE commands (
  id text PRIMARY KEY,
  post_id text NOT NULL,
  name text NOT NULL,
  arguments json NOT NULL,
  issuer text NOT NULL,
  issued_unix_ms bigint NOT NULL,
  expires_unix_ms bigint NOT NULL,
  state text NOT NULL,
  reason text NOT NULL DEFAULT '',
  config_hash text NOT NULL DEFAULT '',
  output_type text NOT NULL DEFAULT '',
  output bytea NOT NULL DEFAULT ''::bytea,
  updated_unix_ms bigint NOT NULL
);
CREATE INDEX commands_by_post ON commands (post_id, issued_unix_ms);
CREATE INDEX commands_by_time ON commands (issued_unix_ms);`,
  },
  {
    version: 5,
    description: 'incidents and snapshots found by id through an index; failed logins shared by every worker',
    sql: `
-- Without a default, adding the column rewrites nothing; rows stored before are filled in by
-- PostgresCentreStore.open (the id is inside the record's bytes).
ALTER TABLE records ADD COLUMN body_id text;
CREATE INDEX records_by_body_id ON records (post_id, kind, body_id) WHERE body_id IS NOT NULL;
CREATE TABLE login_failures (
  key text NOT NULL,
  time_unix_ms bigint NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (key, time_unix_ms);
CREATE INDEX login_failures_by_time ON login_failures (time_unix_ms);`,
  },
  {
    version: 6,
    description: 'the signed message of each command, published again when its post comes online (issue 17)',
    sql: `ALTER TABLE commands ADD COLUMN signed bytea;`,
  },
  {
    version: 7,
    description: 'lists filtered by sensor without a post through an index (issue 15)',
    sql: `CREATE INDEX records_by_sensor ON records (kind, sensor, time_unix_ms DESC, id DESC);`,
  },
  {
    version: 8,
    description: 'the dedupe keys as ranges of seqs, one row per post and store, instead of a row and an index entry per record',
    sql: `
-- No worker may add a key between the copy and the drop (a worker of the previous version still running).
LOCK TABLE record_keys IN EXCLUSIVE MODE;
-- Every seq held of a (post, store), as ranges, in blocks of 4096 seqs (SEQ_BLOCK in
-- centre/pg-rows.ts): a post's seqs are consecutive, so usually one range a block, and a commit
-- rewrites only the blocks it adds to, however many gaps (evicted records) older ones have.
-- last_added: the seqs the last commit added (what it had not held), read back by that commit's RETURNING.
CREATE TABLE record_seqs (
  post_id text NOT NULL,
  store_id text NOT NULL,
  block bigint NOT NULL,
  seqs int8multirange NOT NULL,
  last_added int8multirange NOT NULL,
  PRIMARY KEY (post_id, store_id, block)
);
-- Runs of consecutive seqs first (one sort), so range_agg never holds a range per key.
INSERT INTO record_seqs (post_id, store_id, block, seqs, last_added)
  SELECT post_id, store_id, block, range_agg(run), '{}' FROM (
    SELECT post_id, store_id, block, int8range(min(seq), max(seq), '[]') AS run FROM (
      SELECT post_id, store_id, seq / 4096 AS block, seq,
        seq - row_number() OVER (PARTITION BY post_id, store_id, seq / 4096 ORDER BY seq) AS island FROM record_keys) numbered
    GROUP BY post_id, store_id, block, island) runs
  GROUP BY post_id, store_id, block;
DROP TABLE record_keys;
-- A commit that finds, at its upsert, seqs it took for new already added by another worker
-- (stored meanwhile) calls this: its transaction is undone and the worker runs it again.
CREATE FUNCTION outpost_seqs_raced() RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'another worker stored some of these records meanwhile' USING ERRCODE = 'serialization_failure';
END $$;`,
  },
  {
    version: 9,
    description: 'fixed-width leading columns in the list indexes: a number per post (post_numbers) and the kind as a code',
    sql: `
-- A number per post, given once and never reused or deleted (centre/pg-post-numbers.ts).
CREATE TABLE post_numbers (
  post_id text PRIMARY KEY,
  post_no integer GENERATED ALWAYS AS IDENTITY UNIQUE
);
INSERT INTO post_numbers (post_id)
  SELECT post_id FROM (SELECT post_id FROM posts UNION SELECT DISTINCT post_id FROM records) every_post ORDER BY post_id;
-- The indexes that name post_id or kind go first: a partial one on kind = 'health' would stop the type change.
DROP INDEX records_by_kind, records_by_post, records_by_sensor, records_latest_health, records_by_body_id;
ALTER TABLE records ADD COLUMN post_no integer;
UPDATE records r SET post_no = n.post_no FROM post_numbers n WHERE n.post_id = r.post_id;
-- The kind's codes are KIND_CODES (centre/pg-kinds.ts). Changing the type rewrites every
-- partition, which also leaves behind the dead row versions the UPDATE made.
ALTER TABLE records
  ALTER COLUMN post_no SET NOT NULL,
  ALTER COLUMN kind TYPE smallint USING CASE kind
    WHEN 'detection' THEN 1 WHEN 'incident' THEN 2 WHEN 'reading' THEN 3 WHEN 'health' THEN 4
    WHEN 'event' THEN 5 WHEN 'snapshot' THEN 6 WHEN 'commandResult' THEN 7 END;
CREATE INDEX records_by_kind ON records (kind, time_unix_ms DESC, id DESC);
CREATE INDEX records_by_post ON records (post_no, kind, time_unix_ms DESC, id DESC);
CREATE INDEX records_by_sensor ON records (kind, sensor, time_unix_ms DESC, id DESC);
CREATE INDEX records_latest_health ON records (post_no, id DESC) WHERE kind = 4;
CREATE INDEX records_by_body_id ON records (post_no, kind, body_id) WHERE body_id IS NOT NULL;`,
  },
  {
    version: 10,
    description: 'a number per sensor name (sensor_numbers) leading records_by_sensor instead of the text; rows stored before keep the text',
    sql: `
-- A number per sensor name, given once and never reused or deleted (centre/pg-numbers.ts).
CREATE TABLE sensor_numbers (
  sensor text PRIMARY KEY,
  sensor_no integer GENERATED ALWAYS AS IDENTITY UNIQUE
);
-- No row is rewritten (a column without a default is added in the catalogue only): rows stored
-- before, command results (their "sensor" is a command id: names without end) and rows from a
-- worker of the previous version still running keep a NULL sensor_no and are found by their
-- text, in records_by_sensor_name, which retention empties of old rows as it drops their days.
-- Building it scans and sorts the rows there are (as migration 7 did), under a lock that holds
-- commits back for that long; the index on the numbers starts empty.
ALTER TABLE records ADD COLUMN sensor_no integer;
DROP INDEX records_by_sensor;
CREATE INDEX records_by_sensor_name ON records (kind, sensor, time_unix_ms DESC, id DESC) WHERE sensor_no IS NULL;
CREATE INDEX records_by_sensor ON records (kind, sensor_no, time_unix_ms DESC, id DESC) WHERE sensor_no IS NOT NULL;`,
  },
];

/** PostgreSQL before 14 has no multiranges (`record_seqs`, migration 8): say so before a migration fails on them. */
export const MIN_SERVER_VERSION = 140000;

async function refuseOldServer(client: PoolClient): Promise<void> {
  const found = await client.query<{ server_version_num: string }>('SHOW server_version_num');
  const version = Number(found.rows[0]?.server_version_num ?? 0);
  if (version >= MIN_SERVER_VERSION) return;
  const shown = `${Math.floor(version / 10000)}.${version % 10000}`;
  throw new OutpostError(`the centre database runs PostgreSQL ${shown}; outpost centre needs PostgreSQL 14 or later`, {
    code: 'centre.db_server_too_old',
    subject: 'centre',
    hint: 'upgrade the PostgreSQL server (Debian 12 ships 15), or run the centre on its embedded SQLite store (--db FILE)',
  });
}

export const SCHEMA_VERSION = MIGRATIONS.reduce((latest, migration) => Math.max(latest, migration.version), 0);

/** Any fixed number: every centre worker takes this lock, so only one migrates at a time. */
const MIGRATION_LOCK = 0x6f7574706f7374;

/**
 * Brings the schema up to `target` (default: this build's) in one transaction under an advisory
 * lock, so several workers starting at once migrate once. A database whose schema is newer than
 * this build is refused: an older worker must not write into a shape it does not know.
 * Returns the version found before migrating.
 */
export async function migrate(client: PoolClient, now: number, target = SCHEMA_VERSION): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await refuseOldServer(client);
    await client.query(`CREATE TABLE IF NOT EXISTS outpost_schema_migrations (
      version integer PRIMARY KEY, description text NOT NULL, applied_unix_ms bigint NOT NULL)`);
    const found = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM outpost_schema_migrations');
    const current = found.rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new OutpostError(`the centre database has schema version ${current}, newer than this build of outpost knows (${SCHEMA_VERSION})`, {
        code: 'centre.db_schema_newer',
        subject: 'centre',
        hint: 'a newer outpost centre has migrated this database: upgrade outpost on this machine to that version (never run an older centre against it)',
      });
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current || migration.version > target) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO outpost_schema_migrations (version, description, applied_unix_ms) VALUES ($1, $2, $3)', [migration.version, migration.description, now]);
    }
    await client.query('COMMIT');
    return current;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
