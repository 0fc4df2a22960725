import type Database from 'better-sqlite3';
import { v1, type outpost } from '../../wire/index.js';
import { DROP_REPORT_KEY } from './admission.js';

const { Priority } = v1;

/**
 * The classes. Each keeps its records in segments, tables named `<class>_records_<id>` keyed by
 * seq: draining, expiring and evicting a class walk its segments and their rowids in order, with
 * no index to keep up, and a segment whose records are all settled is dropped whole (its pages
 * go to the freelist unwritten) instead of being deleted row by row, which would rewrite every
 * leaf page into the WAL and again at the checkpoint: SD cards wear by bytes written.
 */
export const CLASS_TABLES: readonly { priority: outpost.v1.Priority; name: string }[] = [
  { priority: Priority.PRIORITY_ALARM, name: 'alarm' },
  { priority: Priority.PRIORITY_STATUS, name: 'status' },
  { priority: Priority.PRIORITY_BULK, name: 'bulk' },
];

/** Where a segment's table is; ids are unique in the file across classes (acked ranges are kept per id). */
export interface SegmentName {
  id: number;
  priority: outpost.v1.Priority;
  table: string;
}

export function segmentName(priority: outpost.v1.Priority, id: number): SegmentName {
  const name = CLASS_TABLES.find((c) => c.priority === priority)?.name;
  if (name === undefined) throw new RangeError(`no outbox class for priority ${priority}`);
  return { id, priority, table: `${name}_records_${id}` };
}

/**
 * A segment's table is keyed by slot (the record's place in the segment's current generation),
 * not by seq: once every record of a class's newest segment is settled, the next records of the
 * class overwrite its rows from slot 0 in place instead of filling new pages. A commit then
 * rewrites only the leaves it fills: no page is allocated, so neither page 1, the freelist trunk
 * nor the table's interior page is written with every tick (issue 13). A row belongs to the
 * current generation when `seq - slot` is the generation's base (its first seq); older rows left
 * in higher slots have a smaller `seq - slot` and are covered by an acked range.
 */
export function segmentTableSql(table: string): string {
  return `CREATE TABLE ${table} (slot INTEGER PRIMARY KEY, seq INTEGER NOT NULL, created_ms INTEGER NOT NULL, size INTEGER NOT NULL, key TEXT, body BLOB NOT NULL);`;
}

/**
 * Acked records still in a segment: every row of `segment` with a seq in [first, last] is acked.
 * Ranges are coalesced over seqs the segment does not hold, so a drained segment needs one row.
 */
export const ACKED_SQL = 'CREATE TABLE acked (segment INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (segment, first)) WITHOUT ROWID;';

const VIEW_GROUP = 100;

/**
 * One place to read every record waiting to be sent (acked ones left out), for people with the
 * sqlite3 shell and for tests; rebuilt whenever a segment is created or dropped.
 */
export function recordsViewSql(segments: readonly SegmentName[]): string {
  const selects = segments.map(
    ({ id, priority, table }) =>
      `SELECT seq, ${priority}, created_ms, size, key, body FROM ${table} ` +
      `WHERE coalesce((SELECT last FROM acked WHERE segment = ${id} AND first <= seq ORDER BY first DESC LIMIT 1), 0) < seq`,
  );
  // SQLite refuses a compound SELECT of more than 500 terms: a few hundred segments are nested in groups.
  const groups = [];
  for (let at = 0; at < selects.length; at += VIEW_GROUP) groups.push(`SELECT * FROM (${selects.slice(at, at + VIEW_GROUP).join(' UNION ALL ')})`);
  const body = groups.length > 0 ? groups.join(' UNION ALL ') : 'SELECT NULL, NULL, NULL, NULL, NULL, NULL WHERE 0';
  return `DROP VIEW IF EXISTS records; CREATE VIEW records (seq, priority, created_ms, size, key, body) AS ${body};`;
}

/** The segments in the file, oldest first within each class. */
export function segmentsInFile(db: Database.Database): SegmentName[] {
  const found: SegmentName[] = [];
  for (const name of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]) {
    const match = /^([a-z]+)_records_(\d+)$/.exec(name);
    const priority = CLASS_TABLES.find((c) => c.name === match?.[1])?.priority;
    if (match !== null && priority !== undefined) found.push({ id: Number(match[2]), priority, table: name });
  }
  return found.sort((a, b) => a.id - b.id);
}

export const COMPACTABLE = `key IS NOT NULL AND key <> '${DROP_REPORT_KEY}'`;

export interface ClassRow {
  seq: number;
  size: number;
  created_ms: number;
  key: string | null;
}

/**
 * The prepared statements of one segment's table. Rows are addressed by `rowid` (the slot) with
 * the generation's base, `seq - rowid = base`: in a table of schema version 2 (`seq INTEGER PRIMARY
 * KEY`) the rowid is the seq and the base is always 0, so both layouts share the statements.
 */
export function segmentStatements(db: Database.Database, table: string, keyedBySeq: boolean) {
  const current = 'seq - rowid = ?';
  // A bound `LIMIT ?` has SQLite (3.53, as bundled) re-prepare the statement at every step, parser
  // and planner included: 2-3 % of the busy agent's CPU went to the next-batch query's re-prepares
  // (issue 13). The limit is written into the SQL instead, one statement per page size, prepared on
  // first use; pageRows keeps the sizes to powers of two, so a segment has a handful of them.
  const byLimit = new Map<string, Database.Statement>();
  const limited = (columns: 'oldest' | 'page', limit: number, sql: string): Database.Statement => {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a page of ${limit} rows (a bug: pageRows gives whole powers of two)`);
    const key = `${columns}:${limit}`;
    let statement = byLimit.get(key);
    if (statement === undefined) byLimit.set(key, (statement = db.prepare(sql)));
    return statement;
  };
  return {
    /** (slot, seq, created_ms, size, key, body), overwriting the slot's row in place when there is one; in a table keyed by seq, (seq, ...). */
    insert: db.prepare(
      keyedBySeq
        ? `INSERT INTO ${table} (seq, created_ms, size, key, body) VALUES (?, ?, ?, ?, ?)`
        : `INSERT INTO ${table} (slot, seq, created_ms, size, key, body) VALUES (?, ?, ?, ?, ?, ?) ` +
            'ON CONFLICT (slot) DO UPDATE SET seq = excluded.seq, created_ms = excluded.created_ms, size = excluded.size, key = excluded.key, body = excluded.body',
    ),
    remove: db.prepare(`DELETE FROM ${table} WHERE rowid = ? AND seq = ? RETURNING seq, size, created_ms, key`),
    removeWithBody: db.prepare(`DELETE FROM ${table} WHERE rowid = ? AND seq = ? RETURNING size, body`),
    inRange: db.prepare(`SELECT seq, size FROM ${table} WHERE rowid BETWEEN ? AND ? AND ${current} ORDER BY rowid`),
    /** Whether the segment holds a record strictly between two slots: acked ranges on either side of none can merge. */
    anyBetween: db.prepare(`SELECT 1 FROM ${table} WHERE rowid > ? AND rowid < ? AND ${current} LIMIT 1`).pluck(),
    /** Up to `limit` rows (a power of two, pageRows) after a slot, (slot, base): the limit is in the SQL, see `limited`. */
    oldest: (limit: number) => limited('oldest', limit, `SELECT seq, size, created_ms, key FROM ${table} WHERE rowid > ? AND ${current} ORDER BY rowid LIMIT ${limit}`),
    page: (limit: number) => limited('page', limit, `SELECT seq, size, body FROM ${table} WHERE rowid > ? AND ${current} ORDER BY rowid LIMIT ${limit}`),
    keyOf: db.prepare(`SELECT key FROM ${table} WHERE rowid = ? AND seq = ?`).pluck(),
    totals: db.prepare(`SELECT count(*) AS rows, coalesce(sum(size), 0) AS bytes, min(seq) AS first, max(seq) AS last FROM ${table} WHERE ${current}`),
    totalsBetween: db.prepare(`SELECT count(*) AS rows, coalesce(sum(size), 0) AS bytes FROM ${table} WHERE rowid BETWEEN ? AND ? AND ${current}`),
    /** The current generation's base: rows of older generations have a smaller `seq - slot`. */
    base: db.prepare(`SELECT max(seq - rowid) FROM ${table}`).pluck(),
  };
}

/** Rows per page read from a segment for `limit` wanted: the power of two at or above it (so few page statements are prepared). */
export function pageRows(limit: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(1, Math.floor(limit))));
}

/** Whether the table is of schema version 2, keyed by seq (its rows cannot be overwritten by later seqs). */
export function keyedBySeq(db: Database.Database, table: string): boolean {
  const columns = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(table) as { name: string; pk: number }[];
  return columns.some((column) => column.name === 'seq' && column.pk === 1);
}

export type SegmentStatements = ReturnType<typeof segmentStatements>;

/** The highest seq and the newest store-clock time in the file: a reopened store's seqs and clock start above them. */
export function newestInFile(db: Database.Database): { seq: number; createdMs: number } {
  let seq = 0;
  let createdMs = 0;
  for (const { table } of segmentsInFile(db)) {
    const row = db.prepare(`SELECT seq, created_ms FROM ${table} WHERE seq = (SELECT max(seq) FROM ${table})`).get() as { seq: number; created_ms: number } | undefined;
    if (row === undefined) continue;
    seq = Math.max(seq, row.seq);
    createdMs = Math.max(createdMs, row.created_ms);
  }
  return { seq, createdMs };
}
