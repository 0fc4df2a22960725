import type Database from 'better-sqlite3';
import { v1, type outpost } from '../codec/index.js';
import { DROP_REPORT_KEY } from './admission.js';

const { Priority } = v1;

/** The classes, each in its own table keyed by seq: draining, expiring and evicting a class walk its rowids in order, with no index to keep up. */
export const CLASS_TABLES: readonly { priority: outpost.v1.Priority; table: string }[] = [
  { priority: Priority.PRIORITY_ALARM, table: 'alarm_records' },
  { priority: Priority.PRIORITY_STATUS, table: 'status_records' },
  { priority: Priority.PRIORITY_BULK, table: 'bulk_records' },
];

export const CLASS_TABLES_SQL = [
  ...CLASS_TABLES.map(
    ({ table }) => `CREATE TABLE ${table} (seq INTEGER PRIMARY KEY, created_ms INTEGER NOT NULL, size INTEGER NOT NULL, key TEXT, body BLOB NOT NULL);`,
  ),
  // One place to read every record from, for people with the sqlite3 shell and for tests.
  `CREATE VIEW records (seq, priority, created_ms, size, key, body) AS ${CLASS_TABLES.map(
    ({ priority, table }) => `SELECT seq, ${priority}, created_ms, size, key, body FROM ${table}`,
  ).join(' UNION ALL ')};`,
].join('\n');

const COMPACTABLE = `key IS NOT NULL AND key <> '${DROP_REPORT_KEY}'`;

export interface ClassRow {
  seq: number;
  size: number;
  created_ms: number;
  key: string | null;
}

/** The prepared statements of one class's table. */
export function classStatements(db: Database.Database, table: string) {
  return {
    insert: db.prepare(`INSERT INTO ${table} (seq, created_ms, size, key, body) VALUES (?, ?, ?, ?, ?)`),
    remove: db.prepare(`DELETE FROM ${table} WHERE seq = ? RETURNING seq, size, created_ms, key`),
    removeWithBody: db.prepare(`DELETE FROM ${table} WHERE seq = ? RETURNING size, body`),
    removeRange: db.prepare(`DELETE FROM ${table} WHERE seq BETWEEN ? AND ? RETURNING seq, size`),
    inRange: db.prepare(`SELECT seq, size FROM ${table} WHERE seq BETWEEN ? AND ?`),
    oldest: db.prepare(`SELECT seq, size, created_ms, key FROM ${table} WHERE seq > ? ORDER BY seq LIMIT ?`),
    page: db.prepare(`SELECT seq, size, body FROM ${table} WHERE seq > ? ORDER BY seq LIMIT ?`),
    keyOf: db.prepare(`SELECT key FROM ${table} WHERE seq = ?`).pluck(),
    oldestCreated: db.prepare(`SELECT created_ms FROM ${table} ORDER BY seq LIMIT 1`).pluck(),
    totals: db.prepare(`SELECT count(*) AS records, coalesce(sum(size), 0) AS bytes FROM ${table}`),
    reports: db.prepare(`SELECT seq, size FROM ${table} WHERE key = '${DROP_REPORT_KEY}'`),
    newestPerKey: db.prepare(`SELECT key, max(seq) AS seq FROM ${table} WHERE ${COMPACTABLE} GROUP BY key`),
    superseded: db.prepare(`SELECT seq FROM ${table} WHERE ${COMPACTABLE} AND seq NOT IN (SELECT max(seq) FROM ${table} WHERE ${COMPACTABLE} GROUP BY key)`).pluck(),
  };
}

export type ClassStatements = ReturnType<typeof classStatements>;

/** The highest seq and the newest store-clock time in the file: a reopened store's seqs and clock start above them. */
export function newestInFile(db: Database.Database): { seq: number; createdMs: number } {
  let seq = 0;
  let createdMs = 0;
  for (const { table } of CLASS_TABLES) {
    const row = db.prepare(`SELECT seq, created_ms FROM ${table} ORDER BY seq DESC LIMIT 1`).get() as { seq: number; created_ms: number } | undefined;
    if (row === undefined) continue;
    seq = Math.max(seq, row.seq);
    createdMs = Math.max(createdMs, row.created_ms);
  }
  return { seq, createdMs };
}
