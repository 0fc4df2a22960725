import type Database from 'better-sqlite3';
import type { BodyKind } from '../wire/index.js';
import type { IdentifiedKind } from './body-ids.js';
import type { RecordQuery, RecordRow } from './store.js';

const RECORD_COLUMNS = 'id, post_id, store_id, seq, kind, sensor, time_unix_ms, received_unix_ms, body';

interface RecordDbRow {
  id: number;
  post_id: string;
  store_id: string;
  seq: number;
  kind: string;
  sensor: string;
  time_unix_ms: number;
  received_unix_ms: number;
  body: Buffer;
}

function toRecord(row: RecordDbRow): RecordRow {
  return {
    id: row.id,
    postId: row.post_id,
    storeId: row.store_id,
    seq: row.seq,
    kind: row.kind as BodyKind,
    sensor: row.sensor,
    timeUnixMs: row.time_unix_ms,
    receivedUnixMs: row.received_unix_ms,
    bytes: row.body,
  };
}

/** The SQLite store's reads of records: the API's lists, an incident by id, the latest Health. */
export class SqliteRecordReads {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  async records(query: RecordQuery): Promise<RecordRow[]> {
    const where: string[] = [`kind IN (${query.kinds.map(() => '?').join(', ')})`];
    const params: (string | number)[] = [...query.kinds];
    const filters: [string, string | number | undefined][] = [['post_id = ?', query.postId], ['sensor = ?', query.sensor], ['time_unix_ms >= ?', query.sinceUnixMs], ['time_unix_ms <= ?', query.untilUnixMs]];
    for (const [condition, value] of filters) {
      if (value === undefined) continue;
      where.push(condition);
      params.push(value);
    }
    if (query.before !== undefined) {
      // `time <= ?` alone bounds the index range: with only the OR, a deep cursor page walked
      // every row above it.
      where.push('time_unix_ms <= ? AND (time_unix_ms < ? OR id < ?)');
      params.push(query.before.timeUnixMs, query.before.timeUnixMs, query.before.id);
    }
    params.push(query.limit);
    // With a post, its own index: without statistics SQLite would take records_by_kind for a time
    // range and walk every post's records in it (the incident page's detections and readings:
    // 54 ms at 1M records, bench/centre-api.ts). With a sensor and no post, the sensor's.
    const index = query.postId !== undefined ? 'INDEXED BY records_by_post' : query.sensor !== undefined ? 'INDEXED BY records_by_sensor' : '';
    const sql = `SELECT ${RECORD_COLUMNS} FROM records ${index} WHERE ${where.join(' AND ')} ORDER BY time_unix_ms DESC, id DESC LIMIT ?`;
    return (this.prepared(sql).all(...params) as RecordDbRow[]).map(toRecord);
  }

  /** A list query's statement, prepared once per shape (a handful: which filters are given). */
  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async recordByBodyId(kind: IdentifiedKind, postId: string, id: string): Promise<RecordRow | undefined> {
    const row = this.prepared(`SELECT ${RECORD_COLUMNS} FROM records WHERE post_id = ? AND kind = ? AND body_id = ? ORDER BY id DESC LIMIT 1`).get(postId, kind, id) as RecordDbRow | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  async latestHealth(postId?: string): Promise<RecordRow[]> {
    // Per post, not GROUP BY over every Health ever stored: a month of 500 posts is 20 million.
    const sql = `SELECT ${RECORD_COLUMNS} FROM records WHERE id IN (
        SELECT (SELECT max(id) FROM records r WHERE r.post_id = p.post_id AND r.kind = 'health') FROM posts p ${postId === undefined ? '' : 'WHERE p.post_id = ?'})
      ORDER BY post_id`;
    const rows = (postId === undefined ? this.prepared(sql).all() : this.prepared(sql).all(postId)) as RecordDbRow[];
    return rows.map(toRecord);
  }
}
