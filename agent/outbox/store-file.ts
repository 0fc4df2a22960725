import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../kernel/sqlite.js';
import { OutpostError, describeError, systemCode } from '../../kernel/errors.js';
import { ACKED_SQL, CLASS_TABLES, recordsViewSql, segmentName, segmentTableSql } from './class-tables.js';
import { withSeq } from '../../wire/framing.js';

/**
 * The layout this build reads and writes; a file with a higher `user_version` comes from a newer
 * agent. 1: one table per class, acked records deleted row by row. 2: segments and `acked`.
 * 3: new segments are keyed by slot and reused in place (class-tables.ts); version 2 segments
 * are read as they are. An agent of version 2 moves a version 3 file aside rather than misread it.
 */
export const SCHEMA_VERSION = 3;

const SCHEMA = `
  CREATE TABLE store (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    store_id TEXT NOT NULL,
    next_seq INTEGER NOT NULL,
    clock_ms INTEGER NOT NULL,
    wall_ms INTEGER NOT NULL
  );
  CREATE TABLE drops (
    reason INTEGER NOT NULL,
    priority INTEGER NOT NULL,
    count INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    oldest_ms INTEGER NOT NULL,
    newest_ms INTEGER NOT NULL,
    PRIMARY KEY (reason, priority)
  ) WITHOUT ROWID;
  ${ACKED_SQL}
`;

/** Why a store file was moved aside and where it went. */
export interface StoreReset {
  reason: string;
  movedTo: string;
}

/** The first record of a fresh store (the STORE_RESET event), written in the same transaction that creates it. */
export interface SeedRecord {
  priority: number;
  /** The encoded outpost.v1.Record without its seq; seq 1 is put in front. */
  body: Uint8Array;
}

export interface OpenedStoreFile {
  db: Database.Database;
  reset: StoreReset | undefined;
}

/** A store that cannot be read as ours; moved aside, never retried. */
class UnreadableStore extends Error {}

/** The staging journal (staging-journal.ts) goes with the store like its -wal: moved aside with it, never left beside a fresh one. */
const SIDE_FILES = ['-wal', '-shm', '-staged'] as const;

/** SQLite page size of a new store (bytes). */
export const STORE_PAGE_SIZE = 2048;

/**
 * The store holds every reading and event of the post: readable and writable by the agent's
 * user only, whatever the umask. SQLite gives the -wal and -shm the database file's mode.
 */
export const STORE_FILE_MODE = 0o600;

/** Narrows an existing store (and its side files) made under a looser umask by an older agent. */
function restrictModes(path: string): void {
  for (const file of [path, ...SIDE_FILES.map((side) => path + side)]) {
    try {
      if ((statSync(file).mode & 0o777) !== STORE_FILE_MODE) chmodSync(file, STORE_FILE_MODE);
    } catch (error) {
      if (systemCode(error) !== 'ENOENT') throw error;
    }
  }
}

/**
 * Opens the store at `path`, creating it when missing. A file that is not a readable store of
 * this or an older layout (garbage, truncated, zero bytes, a newer schema) is moved aside with
 * its -wal and -shm as `<name>.corrupt-<timestamp>` and a fresh store takes its place, seeded
 * with the record `seed` builds from the reason. Other failures (no permission, read-only
 * filesystem) are thrown: moving a healthy file aside would hide its records. `damaged` (the
 * reason) moves the file aside whatever it looks like: it failed while open.
 */
export function openStoreFile(path: string, now: () => number, seed: (reset: StoreReset) => SeedRecord, damaged?: string): OpenedStoreFile {
  mkdirSync(dirname(path), { recursive: true });
  // A store half-built when the power went; the real one (if any) was never replaced by it.
  for (const file of [`${path}.init`, `${path}.init-journal`]) rmSync(file, { force: true });
  let reset: StoreReset | undefined;
  if (damaged !== undefined && existsSync(path)) {
    reset = { reason: damaged, movedTo: moveAside(path, now()) };
  } else if (existsSync(path)) {
    try {
      return { db: openExisting(path), reset: undefined };
    } catch (error) {
      if (!(error instanceof UnreadableStore)) throw unavailable(path, error);
      reset = { reason: error.message, movedTo: moveAside(path, now()) };
    }
  } else {
    // A -wal without its database belongs to no store we can read; replaying it onto a fresh file would corrupt that.
    moveOrphans(path, now());
  }
  try {
    createStore(path, now(), reset === undefined ? undefined : seed(reset));
    return { db: openExisting(path), reset };
  } catch (error) {
    throw unavailable(path, error);
  }
}

function openExisting(path: string): Database.Database {
  const size = statSync(path).size;
  if (size === 0 && sideSize(path, '-wal') === 0) throw new UnreadableStore('the file is empty (0 bytes)');
  // Checked before SQLite touches the file: opening garbage can make SQLite discard the -wal kept as evidence.
  if (size > 0 && !hasSqliteHeader(path)) throw new UnreadableStore('the file is not an SQLite database (its header is wrong)');
  restrictModes(path);
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path, { fileMustExist: true });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // After a burst the -wal is cut back to this size at the next checkpoint instead of keeping its peak.
    db.pragma('journal_size_limit = 16777216');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new UnreadableStore(`SQLite's quick_check failed: ${String(check)}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new UnreadableStore(`the file has schema version ${version}, newer than this agent's ${SCHEMA_VERSION}`);
    if (version < 1) throw new UnreadableStore('the file is an SQLite database but not an outbox store (no schema version)');
    if (version === 1) upgradeFromClassTables(db);
    if (version === 2) db.pragma(`user_version = ${SCHEMA_VERSION}`);
    const row = db.prepare('SELECT store_id, next_seq FROM store WHERE id = 1').get() as { store_id: string; next_seq: number } | undefined;
    if (row === undefined || !/^\d+$/.test(row.store_id) || !(row.next_seq >= 1)) throw new UnreadableStore('the store row (store id, next seq) is missing or damaged');
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof UnreadableStore) throw error;
    const code = systemCode(error) ?? '';
    if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_ERROR') {
      throw new UnreadableStore(`SQLite cannot read it (${code}: ${describeError(error)})`);
    }
    throw error;
  }
}

/**
 * A version 1 file (one table per class) keeps its records: each class table that holds any
 * becomes that class's first segment, and is dropped whole once all of it is settled.
 */
function upgradeFromClassTables(db: Database.Database): void {
  db.transaction(() => {
    db.exec(`DROP VIEW records; ${ACKED_SQL}`);
    const segments = [];
    for (const [index, { priority, name }] of CLASS_TABLES.entries()) {
      const segment = segmentName(priority, index + 1);
      const empty = db.prepare(`SELECT 1 FROM ${name}_records LIMIT 1`).get() === undefined;
      db.exec(empty ? `DROP TABLE ${name}_records` : `ALTER TABLE ${name}_records RENAME TO ${segment.table}`);
      if (!empty) segments.push(segment);
    }
    db.exec(recordsViewSql(segments));
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

/** Builds the fresh store beside its final name and renames it in, so a crash never leaves a half-made store at `path`. */
function createStore(path: string, wallMs: number, seed: SeedRecord | undefined): void {
  const building = `${path}.init`;
  // Made here with the store's mode (the umask can only narrow 0600), so SQLite never creates it world-readable.
  closeSync(openSync(building, 'wx', STORE_FILE_MODE));
  chmodSync(building, STORE_FILE_MODE);
  const db = openDatabase(building);
  try {
    // Each commit rewrites whole pages (page 1, the segment's interior page, the leaf being
    // filled): a post committing a few KB a second writes about a quarter fewer bytes with 2 KiB
    // pages than with SQLite's 4 KiB (issue 13). Fixed when the file is made; older stores keep theirs.
    db.pragma(`page_size = ${STORE_PAGE_SIZE}`);
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.transaction(() => {
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      db.prepare('INSERT INTO store (id, store_id, next_seq, clock_ms, wall_ms) VALUES (1, ?, ?, 0, ?)').run(newStoreId().toString(), seed === undefined ? 1 : 2, wallMs);
      const first = seed === undefined ? undefined : segmentName(seed.priority, 1);
      if (seed !== undefined && first !== undefined) {
        const body = withSeq(1, seed.body);
        db.exec(segmentTableSql(first.table));
        db.prepare(`INSERT INTO ${first.table} (seq, created_ms, size, key, body) VALUES (1, 0, ?, NULL, ?)`).run(body.length, body);
      }
      db.exec(recordsViewSql(first === undefined ? [] : [first]));
    })();
  } finally {
    db.close();
  }
  renameSync(building, path);
  syncDirectory(path);
}

/** A random, non-zero 64-bit id: the centre tells a rebuilt store from the old one by it. */
export function newStoreId(): bigint {
  for (;;) {
    const id = randomBytes(8).readBigUInt64BE();
    if (id !== 0n) return id;
  }
}

function moveAside(path: string, wallMs: number): string {
  const target = freeName(`${path}.corrupt-${stamp(wallMs)}`);
  // The -wal goes first: a database without its -wal is at worst read as an older state, while a
  // -wal left beside a fresh database would be replayed into it.
  for (const side of SIDE_FILES) {
    if (existsSync(path + side)) renameSync(path + side, target + side);
  }
  renameSync(path, target);
  syncDirectory(path);
  return target;
}

function moveOrphans(path: string, wallMs: number): void {
  const orphans = SIDE_FILES.filter((side) => existsSync(path + side));
  if (orphans.length === 0) return;
  const target = freeName(`${path}.orphan-${stamp(wallMs)}`);
  for (const side of orphans) renameSync(path + side, target + side);
  syncDirectory(path);
}

function freeName(base: string): string {
  let name = base;
  for (let n = 2; existsSync(name); n++) name = `${base}-${n}`;
  return name;
}

function stamp(wallMs: number): string {
  const date = Number.isFinite(wallMs) ? new Date(wallMs) : new Date(0);
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

function hasSqliteHeader(path: string): boolean {
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_MAGIC);
  } finally {
    closeSync(fd);
  }
}

function sideSize(path: string, side: string): number {
  try {
    return statSync(path + side).size;
  } catch {
    return 0;
  }
}

/** A rename is durable only once the directory entry is on disk. */
function syncDirectory(path: string): void {
  const fd = openSync(dirname(path), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function unavailable(path: string, error: unknown): OutpostError {
  return new OutpostError(`cannot open the store ${basename(path)} in ${dirname(path)}: ${describeError(error)}`, {
    code: 'outbox.unavailable',
    subject: 'outbox',
    hint: 'check that the directory exists, is writable by the agent and has free space (outbox.path in the post config)',
    cause: error,
    retryable: true,
  });
}
