import type Database from 'better-sqlite3';
import { openDatabase } from '../kernel/sqlite.js';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BodyKind } from '../wire/index.js';
import { OutpostError, describeError, systemCode } from '../kernel/errors.js';
import { ACCESS_SCHEMA, SqliteAccessStore } from './sqlite-access.js';
import { COMMANDS_SCHEMA, SqliteCommandStore } from './sqlite-commands.js';
import { migrateSqlite } from './sqlite-migrations.js';
import { SqliteRecordReads } from './sqlite-reads.js';
import { SqliteRetention } from './sqlite-retention.js';
import type { IdentifiedKind } from './body-ids.js';
import type { CentreStore, PostRow, PostStateRow, RecordBatch, RecordQuery, RecordRow, RetentionCutoff, RetentionOutcome, StoreOutcome } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS records (
  id INTEGER PRIMARY KEY,
  post_id TEXT NOT NULL,
  store_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  sensor TEXT NOT NULL,
  time_unix_ms INTEGER NOT NULL,
  time_quality INTEGER NOT NULL,
  priority INTEGER NOT NULL,
  received_unix_ms INTEGER NOT NULL,
  body BLOB NOT NULL,
  UNIQUE (post_id, store_id, seq)
);
CREATE INDEX IF NOT EXISTS records_by_kind ON records (kind, time_unix_ms);
CREATE INDEX IF NOT EXISTS records_by_post ON records (post_id, kind, time_unix_ms);
-- Each post's latest Health in one index step (the rowid ends the key): not a scan of them all.
CREATE INDEX IF NOT EXISTS records_latest_health ON records (post_id) WHERE kind = 'health';
CREATE TABLE IF NOT EXISTS posts (
  post_id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  status INTEGER NOT NULL DEFAULT 0,
  boot_id TEXT NOT NULL DEFAULT '',
  agent_version TEXT NOT NULL DEFAULT '',
  config_hash TEXT NOT NULL DEFAULT '',
  started_unix_ms INTEGER NOT NULL DEFAULT 0,
  state_unix_ms INTEGER NOT NULL DEFAULT 0,
  store_id TEXT NOT NULL DEFAULT '',
  position TEXT,
  last_seen_unix_ms INTEGER NOT NULL DEFAULT 0,
  backlog INTEGER
);
CREATE TABLE IF NOT EXISTS post_boots (
  post_id TEXT NOT NULL,
  boot_id TEXT NOT NULL,
  first_seen_unix_ms INTEGER NOT NULL,
  PRIMARY KEY (post_id, boot_id)
);
-- A database from before post_boots: each post's stored boot counts as seen.
INSERT OR IGNORE INTO post_boots (post_id, boot_id, first_seen_unix_ms) SELECT post_id, boot_id, last_seen_unix_ms FROM posts WHERE boot_id != '';
`;


interface PostDbRow {
  post_id: string;
  name: string;
  status: number;
  boot_id: string;
  agent_version: string;
  config_hash: string;
  started_unix_ms: number;
  state_unix_ms: number;
  store_id: string;
  position: string | null;
  last_seen_unix_ms: number;
  backlog: number | null;
}

function toPost(row: PostDbRow): PostRow {
  return {
    postId: row.post_id,
    name: row.name,
    status: row.status,
    bootId: row.boot_id,
    agentVersion: row.agent_version,
    configHash: row.config_hash,
    startedUnixMs: row.started_unix_ms,
    stateUnixMs: row.state_unix_ms,
    storeId: row.store_id,
    position: row.position === null ? undefined : (JSON.parse(row.position) as Record<string, unknown>),
    lastSeenUnixMs: row.last_seen_unix_ms,
    backlog: row.backlog ?? undefined,
  };
}

/**
 * Creates the database file readable by its owner only (0600), whatever the umask: it holds
 * every post's records. SQLite gives the -wal and -shm files the database file's mode. An
 * existing file keeps the mode its owner gave it.
 */
function createPrivate(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    if (systemCode(error) === 'EEXIST') return;
    throw error;
  }
  closeSync(fd);
  chmodSync(path, 0o600);
}

/**
 * The centre's SQLite store: WAL with `synchronous = FULL`, because the centre acks what it
 * stored and an acked record is deleted on the post: a commit must survive a power cut.
 */
export class SqliteCentreStore implements CentreStore {
  private readonly db: Database.Database;
  readonly access: SqliteAccessStore;
  readonly commands: SqliteCommandStore;
  private readonly insertRecord: Database.Statement;
  private readonly touchPost: Database.Statement;
  private readonly setBacklog: Database.Statement;
  private readonly upsertState: Database.Statement;
  private readonly applyState: (state: PostStateRow) => boolean;
  private readonly storeAll: (batches: readonly RecordBatch[]) => StoreOutcome[];
  private readonly retention: SqliteRetention;
  private readonly reads: SqliteRecordReads;

  private constructor(db: Database.Database) {
    this.db = db;
    this.retention = new SqliteRetention(db);
    this.reads = new SqliteRecordReads(db);
    this.access = new SqliteAccessStore(db);
    this.commands = new SqliteCommandStore(db);
    this.insertRecord = db.prepare(
      `INSERT OR IGNORE INTO records (post_id, store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body, body_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.touchPost = db.prepare(
      `INSERT INTO posts (post_id, last_seen_unix_ms) VALUES (?, ?)
       ON CONFLICT (post_id) DO UPDATE SET last_seen_unix_ms = max(last_seen_unix_ms, excluded.last_seen_unix_ms)`,
    );
    this.setBacklog = db.prepare('UPDATE posts SET backlog = ? WHERE post_id = ?');
    this.upsertState = db.prepare(
      `INSERT INTO posts (post_id, name, status, boot_id, agent_version, config_hash, started_unix_ms, state_unix_ms, store_id, position, last_seen_unix_ms)
       VALUES (@postId, @name, @status, @bootId, @agentVersion, @configHash, @startedUnixMs, @stateUnixMs, @storeId, @position, @receivedUnixMs)
       ON CONFLICT (post_id) DO UPDATE SET name = excluded.name, status = excluded.status, boot_id = excluded.boot_id,
         agent_version = excluded.agent_version, config_hash = excluded.config_hash, started_unix_ms = excluded.started_unix_ms,
         state_unix_ms = excluded.state_unix_ms, store_id = excluded.store_id, position = coalesce(excluded.position, posts.position),
         last_seen_unix_ms = max(posts.last_seen_unix_ms, excluded.last_seen_unix_ms)`,
    );
    const bootOf = db.prepare('SELECT boot_id FROM posts WHERE post_id = ?').pluck();
    const bootSeen = db.prepare('SELECT 1 FROM post_boots WHERE post_id = ? AND boot_id = ?').pluck();
    const addBoot = db.prepare('INSERT OR IGNORE INTO post_boots (post_id, boot_id, first_seen_unix_ms) VALUES (?, ?, ?)');
    this.applyState = db.transaction((state: PostStateRow): boolean => {
      const current = bootOf.get(state.postId) as string | undefined;
      if (current !== undefined && current !== state.bootId && bootSeen.get(state.postId, state.bootId) !== undefined) return false;
      this.upsertState.run({ ...state, position: state.position === undefined ? null : JSON.stringify(state.position) });
      addBoot.run(state.postId, state.bootId, state.receivedUnixMs);
      return true;
    });
    this.storeAll = db.transaction((batches: readonly RecordBatch[]): StoreOutcome[] =>
      batches.map((batch) => {
        const inserted: number[] = [];
        let duplicates = 0;
        for (const record of batch.records) {
          const result = this.insertRecord.run(batch.postId, batch.storeId, record.seq, record.kind, record.sensor, record.timeUnixMs, record.timeQuality, record.priority, batch.receivedUnixMs, record.bytes, record.bodyId ?? null);
          if (result.changes === 1) inserted.push(record.seq);
          else duplicates += 1;
        }
        this.touchPost.run(batch.postId, batch.receivedUnixMs);
        if (batch.backlog !== undefined) this.setBacklog.run(batch.backlog, batch.postId);
        return { inserted, duplicates };
      }),
    );
  }

  /** Retention in chunks of rows (see SqliteRetention). */
  async dropBefore(cutoffs: readonly RetentionCutoff[]): Promise<RetentionOutcome> {
    return { partitions: [], removed: await this.retention.deleteBefore(cutoffs) };
  }

  async oldestRecordTimes(): Promise<Partial<Record<BodyKind, number>>> {
    return this.retention.oldestRecordTimes();
  }

  /** Opens (creating if needed) the database file; an unusable file is an OutpostError naming it. */
  static open(path: string): SqliteCentreStore {
    try {
      if (path !== ':memory:') {
        mkdirSync(dirname(path), { recursive: true });
        createPrivate(path);
      }
      const db = openDatabase(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 5000');
      db.exec(SCHEMA);
      db.exec(ACCESS_SCHEMA);
      db.exec(COMMANDS_SCHEMA);
      migrateSqlite(db);
      return new SqliteCentreStore(db);
    } catch (error) {
      throw new OutpostError(`cannot open the centre database ${path}: ${describeError(error)}`, {
        code: 'centre.db',
        subject: 'centre',
        hint: 'check the path and its permissions, or give another file with --db',
        cause: error,
      });
    }
  }

  async storeBatches(batches: readonly RecordBatch[]): Promise<StoreOutcome[]> {
    return this.storeAll(batches);
  }

  /**
   * States are ordered by boot and arrival, never by the post's clock (a state stamped in 2100
   * must not freeze a post): one from the current boot or from a boot never seen replaces the
   * stored state; one from a boot seen before (the late MQTT will of the previous run) does not.
   * Without a disk sync of its own: the broker keeps states retained and hands them again at each
   * subscribe, and the next record commit syncs the WAL anyway. A thousand posts' states, a sync
   * each on the event loop, held up the records arriving with them for seconds.
   */
  async recordState(state: PostStateRow): Promise<boolean> {
    this.db.pragma('synchronous = NORMAL');
    try {
      return this.applyState(state);
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  async posts(): Promise<PostRow[]> {
    return (this.db.prepare('SELECT * FROM posts ORDER BY post_id').all() as PostDbRow[]).map(toPost);
  }

  async post(postId: string): Promise<PostRow | undefined> {
    const row = this.db.prepare('SELECT * FROM posts WHERE post_id = ?').get(postId) as PostDbRow | undefined;
    return row === undefined ? undefined : toPost(row);
  }

  records(query: RecordQuery): Promise<RecordRow[]> {
    return this.reads.records(query);
  }

  recordByBodyId(kind: IdentifiedKind, postId: string, id: string): Promise<RecordRow | undefined> {
    return this.reads.recordByBodyId(kind, postId, id);
  }

  latestHealth(postId?: string): Promise<RecordRow[]> {
    return this.reads.latestHealth(postId);
  }

  /** Every (store id, seq) held for a post, for tests and audits. */
  seqs(postId: string): { storeId: string; seq: number }[] {
    return (this.db.prepare('SELECT store_id AS storeId, seq FROM records WHERE post_id = ? ORDER BY store_id, seq').all(postId) as { storeId: string; seq: number }[]);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
