import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import pg from 'pg';
import { silentLogger } from '../../kernel/logger.js';
import { DAY_MS, partitionName } from '../../centre/pg-partitions.js';
import { migrate, MIGRATIONS } from '../../centre/pg-schema.js';
import { NameNumbers, SENSOR_NUMBERS } from '../../centre/pg-numbers.js';
import { PostgresCentreStore } from '../../centre/pg-store.js';
import type { RecordQuery } from '../../centre/store.js';
import type { BodyKind } from '../../wire/index.js';
import { waitFor } from '../support/net.js';
import { postgresSuite } from './pg-suite.js';
import { testUnless } from '../support/skip.js';

const test = suite('centre PostgreSQL sensor numbers (migration 10)');
const { missing, server, freshDatabase } = postgresSuite(test, 'pgsensor');
const log = silentLogger();
const NOW = Date.now();

const INSERT_V9 = `INSERT INTO records (post_id, post_no, store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body)
  VALUES ($1, (SELECT post_no FROM post_numbers WHERE post_id = $1), '9', $2, $3, $4, $5, 1, 3, $6, '\\x01')`;
const CODES: Record<string, number> = { detection: 1, incident: 2, reading: 3, health: 4, event: 5, snapshot: 6, commandResult: 7 };

/** The rows a query by sensor must return, straight from the table (the order of the API's lists). */
async function expected(client: pg.ClientBase, kind: BodyKind, sensor: string, postId?: string): Promise<number[]> {
  const sql = `SELECT seq FROM records WHERE kind = $1::smallint AND sensor = $2 ${postId === undefined ? '' : 'AND post_id = $3'} ORDER BY time_unix_ms DESC, id DESC`;
  return (await client.query<{ seq: string }>(sql, postId === undefined ? [CODES[kind], sensor] : [CODES[kind], sensor, postId])).rows.map((row) => Number(row.seq));
}

testUnless(test, missing, 'a database of schema version 9 holding records is migrated to sensor numbers without rewriting a row, and reads by sensor return the same rows before and after', async () => {
  const { url, name } = await freshDatabase();
  const yesterday = NOW - DAY_MS;
  const pool = new pg.Pool({ connectionString: url });
  pool.on('error', () => undefined);
  try {
    await migratedWithRecords(pool, url, name, yesterday);
  } finally {
    await pool.end();
  }
});

async function migratedWithRecords(pool: pg.Pool, url: string, name: string, yesterday: number): Promise<void> {
  const client = await pool.connect();
  const queries: [BodyKind, string, string?][] = [['reading', 'power'], ['reading', 'door'], ['reading', 'power', 'bp-1'], ['detection', 'radar'], ['health', ''], ['commandResult', 'cmd-1'], ['snapshot', 'cam-1'], ['reading', 'nowhere']];
  const before: number[][] = [];
  try {
    assert.is(await migrate(client, NOW, 9), 0);
    for (const day of [Math.floor(yesterday / DAY_MS) * DAY_MS, Math.floor(NOW / DAY_MS) * DAY_MS]) {
      await client.query(`CREATE TABLE ${partitionName(day)} PARTITION OF records FOR VALUES FROM (${day}) TO (${day + DAY_MS})`);
    }
    await client.query("INSERT INTO post_numbers (post_id) VALUES ('bp-1'), ('bp-2')");
    let seq = 0;
    for (const [postId, kind, sensor, at] of [
      ['bp-1', 'reading', 'power', yesterday], ['bp-2', 'reading', 'power', yesterday + 5], ['bp-1', 'reading', 'door', yesterday + 9],
      ['bp-1', 'health', '', yesterday], ['bp-2', 'detection', 'radar', NOW - 50], ['bp-1', 'reading', 'power', NOW - 40],
      ['bp-2', 'commandResult', 'cmd-1', NOW - 30], ['bp-1', 'snapshot', 'cam-1', NOW - 20], ['bp-2', 'reading', 'power', NOW - 10],
    ] as const) {
      seq += 1;
      await client.query(INSERT_V9, [postId, seq, CODES[kind], sensor, at, at]);
    }
    for (const [kind, sensor, postId] of queries) before.push(await expected(client, kind, sensor, postId));
    assert.equal(before[0], [9, 6, 2, 1]);
  } finally {
    client.release();
  }
  const store = await PostgresCentreStore.open(url, { log, clock: () => NOW });
  const check = await pool.connect();
  try {
    const versions = await server().query<{ version: number }>('SELECT version FROM outpost_schema_migrations ORDER BY version', [], name);
    assert.equal(versions.map((row) => row.version), MIGRATIONS.map((migration) => migration.version));
    // No row was rewritten: every old row keeps a NULL number (its row version is the one inserted).
    assert.equal((await check.query<{ n: string }>('SELECT count(*) AS n FROM records WHERE sensor_no IS NOT NULL')).rows[0]?.n, '0');
    const indexes = (await check.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE tablename = $1 AND indexdef LIKE '%sensor%' ORDER BY indexname", [partitionName(Math.floor(NOW / DAY_MS) * DAY_MS)])).rows.map((row) => row.indexdef);
    assert.is(indexes.length, 2, indexes.join('\n'));
    assert.ok(indexes.some((def) => /\(kind, sensor_no, time_unix_ms DESC, id DESC\) WHERE \(sensor_no IS NOT NULL\)/.test(def)), indexes.join('\n'));
    assert.ok(indexes.some((def) => /\(kind, sensor, time_unix_ms DESC, id DESC\) WHERE \(sensor_no IS NULL\)/.test(def)), indexes.join('\n'));
    const read = async ([kind, sensor, postId]: [BodyKind, string, string?]) =>
      (await store.records({ kinds: [kind], sensor, ...(postId === undefined ? {} : { postId }), limit: 10 } as RecordQuery)).map((row) => row.seq);
    for (const [index, query] of queries.entries()) assert.equal(await read(query), before[index], `after the migration: ${query.join(' ')}`);
    // Stored now: numbered (a command result's command id is not), and found beside the old rows in time order.
    const stored = await store.storeBatches([{ postId: 'bp-1', storeId: '9', receivedUnixMs: NOW, records: [
      { seq: 20, kind: 'reading', sensor: 'power', timeUnixMs: NOW - 15, timeQuality: 1, priority: 3, bytes: Uint8Array.of(1) },
      { seq: 21, kind: 'reading', sensor: 'power', timeUnixMs: NOW - 60, timeQuality: 1, priority: 3, bytes: Uint8Array.of(1) },
      { seq: 22, kind: 'commandResult', sensor: 'cmd-1', timeUnixMs: NOW - 5, timeQuality: 1, priority: 3, bytes: Uint8Array.of(1) },
      { seq: 23, kind: 'health', sensor: '', timeUnixMs: NOW - 5, timeQuality: 1, priority: 3, bytes: Uint8Array.of(1) },
    ] }]);
    assert.equal(stored, [{ inserted: [20, 21, 22, 23], duplicates: 0 }]);
    const numbered = (await check.query<{ seq: string; numbered: boolean }>('SELECT seq, sensor_no IS NOT NULL AS numbered FROM records WHERE seq >= 20 ORDER BY seq')).rows;
    assert.equal(numbered.map((row) => [Number(row.seq), row.numbered]), [[20, true], [21, true], [22, false], [23, true]]);
    assert.equal((await check.query<{ sensor: string }>('SELECT sensor FROM sensor_numbers ORDER BY sensor')).rows.map((row) => row.sensor), ['', 'power']);
    // A worker of the previous version still running inserts without a number: its rows are found too.
    await check.query(INSERT_V9, ['bp-2', 24, CODES.reading, 'power', NOW - 12, NOW]);
    for (const [index, query] of queries.entries()) assert.equal(await read(query), await expected(check, ...query), `after new rows: ${query.join(' ')}`);
    assert.equal(await read(['reading', 'power']), [9, 24, 20, 6, 21, 2, 1]);
    assert.equal(await read(['reading', 'power', 'bp-1']), [20, 6, 21, 1]);
    assert.equal(await read(['commandResult', 'cmd-1']), [22, 7]);
    assert.equal(await read(['reading', 'nowhere']), []);
    // The limit holds over both walks, and a cursor pages through them.
    assert.equal((await store.records({ kinds: ['reading'], sensor: 'power', limit: 3 })).map((row) => row.seq), [9, 24, 20]);
    const page = await store.records({ kinds: ['reading'], sensor: 'power', limit: 3 });
    const last = page[2];
    assert.equal((await store.records({ kinds: ['reading'], sensor: 'power', limit: 3, before: { timeUnixMs: last?.timeUnixMs ?? 0, id: last?.id ?? 0 } })).map((row) => row.seq), [6, 21, 2]);
  } finally {
    check.release();
    await store.close();
  }
}

testUnless(test, missing, 'two workers numbering the same new sensor names at once get the same numbers, one row a name', async () => {
  const { url } = await freshDatabase();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => undefined);
  const [first, second] = [await pool.connect(), await pool.connect()];
  try {
    await migrate(first, NOW);
    const [one, two] = [new NameNumbers(SENSOR_NUMBERS), new NameNumbers(SENSOR_NUMBERS)];
    // The first worker's statement inserts 'door' and 'radar' and has not committed yet; the
    // second's, asking for 'radar' and 'wx', waits on 'radar' and must then return its row.
    await first.query('BEGIN');
    const firstNumbers = await one.of(first, ['radar', 'door', 'radar']);
    const waiting = two.of(second, ['wx', 'radar']);
    const blocked = await waitForLockWait(pool);
    assert.ok(blocked, 'the second statement never waited on the first');
    await first.query('COMMIT');
    const secondNumbers = await waiting;
    assert.is(firstNumbers[0], firstNumbers[2]);
    assert.is(secondNumbers[1], firstNumbers[0], 'both workers hold the same number for radar');
    const rows = (await first.query<{ sensor: string; sensor_no: number }>('SELECT sensor, sensor_no FROM sensor_numbers ORDER BY sensor')).rows;
    assert.equal(rows.map((row) => row.sensor), ['door', 'radar', 'wx']);
    assert.equal(new Set(rows.map((row) => row.sensor_no)).size, 3);
    assert.is(rows.find((row) => row.sensor === 'wx')?.sensor_no, secondNumbers[0]);
    // Known names cost no statement: a worker that has met them answers from memory.
    const seen: string[] = [];
    const counting = { query: async (text: string) => (seen.push(text), { rows: [] }) } as unknown as pg.ClientBase;
    assert.equal(await two.of(counting, ['radar', 'wx']), [secondNumbers[1], secondNumbers[0]]);
    assert.equal(seen, []);
  } finally {
    first.release();
    second.release();
    await pool.end();
  }
});

/** Until a backend of this database waits on a lock (the conflicting insert). */
async function waitForLockWait(pool: pg.Pool): Promise<boolean> {
  const watcher = new pg.Client({ connectionString: (pool.options as { connectionString: string }).connectionString });
  await watcher.connect();
  try {
    const waiting = async () => Number((await watcher.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows[0]?.n ?? 0) > 0;
    return await waitFor('the second statement to wait on the first', waiting, 10_000, 10);
  } finally {
    await watcher.end();
  }
}

test.run();
