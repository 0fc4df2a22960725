import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openDatabase } from '../../kernel/sqlite.js';
import type { OutboxOptions } from '../../agent/outbox/index.js';
import { v1 } from '../../wire/index.js';
import { FakeClocks, drainAll, dropReports, eventRecord, open, seqsOf, storePath } from './helpers.js';

const { DropReason, Priority } = v1;
const test = suite('outbox: segments and acked ranges');

const HOUR = 3_600_000;
/** Four records a segment, so a handful of records spans several. */
const small: Partial<OutboxOptions> = { segment: { records: 4, bytes: 1e9 } };
const config = { compact_status: false, drop_report_interval: '1m', ttl: { status: '1h' } };
const everything = { maxBytes: Number.MAX_SAFE_INTEGER, maxRecords: 1_000_000 };

function segmentTables(path: string): string[] {
  const db = openDatabase(path, { readonly: true });
  try {
    return db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'status_records_%' ORDER BY name`).pluck().all() as string[];
  } finally {
    db.close();
  }
}

const statuses = (count: number, from = 0) => Array.from({ length: count }, (_, i) => eventRecord(`s${from + i}`));

test('acked records left in a segment are never leased again, not counted, and stay acked across a restart', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  const outbox = open(path, clocks, config, small);
  await outbox.enqueue(statuses(6));
  const lease = outbox.nextBatch({ maxBytes: 1e6, maxRecords: 3 });
  assert.equal(seqsOf(lease), [1, 2, 3]);
  assert.is(outbox.ack([{ first: 2, last: 3 }]), 2);
  await outbox.close();
  assert.equal(segmentTables(path).length, 2, 'the segment of seqs 1 to 4 is not settled: it stays');

  const again = open(path, clocks, config, small);
  assert.is(again.stats().records, 4);
  assert.equal(seqsOf(again.nextBatch(everything)), [1, 4, 5, 6], 'acked seqs 2 and 3 are not offered after the restart');
  assert.is(again.ack([{ first: 1, last: 6 }]), 4, 'only the records not acked before count as newly acked');
  await again.close();
  assert.equal(segmentTables(path), [], 'every segment was dropped once all its records were acked');
  const reader = openDatabase(path, { readonly: true });
  assert.is(reader.prepare('SELECT count(*) FROM records').pluck().get(), 0);
  assert.is(reader.prepare('SELECT count(*) FROM acked').pluck().get(), 0, 'acked ranges go with their segment');
  reader.close();
});

test('a segment is dropped as soon as its last record is settled, whether acked or expired', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  const outbox = open(path, clocks, config, small);
  await outbox.enqueue(statuses(4));
  clocks.advance(HOUR / 2);
  await outbox.enqueue(statuses(4, 4));
  assert.is(segmentTables(path).length, 2);
  outbox.ack([{ first: 1, last: 3 }]);
  await outbox.close();
  const again = open(path, clocks, config, small);
  assert.is(segmentTables(path).length, 2, 'seq 4 still waits');
  clocks.advance(HOUR / 2 + 1_000);
  assert.equal(seqsOf(again.nextBatch(everything)), [5, 6, 7, 8], 'seq 4 expired');
  assert.is(segmentTables(path).length, 1, 'its segment went with it');
  assert.is(again.stats().expired, 1);
  await again.close();
});

test('drops count only records not acked: acked ones are neither expired nor evicted nor reported', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  const outbox = open(path, clocks, { ...config, max_records: 6 }, small);
  await outbox.enqueue(statuses(6));
  outbox.ack([{ first: 1, last: 2 }, { first: 5, last: 5 }]);
  await outbox.close();
  const again = open(path, clocks, { ...config, max_records: 6 }, small);
  assert.is(again.stats().records, 3);
  await again.enqueue(statuses(5, 6));
  assert.is(again.stats().evicted, 2, 'room for 5 more evicts 2 waiting records (3 and 4), not the acked ones');
  assert.is(again.stats().records, 6);
  clocks.advance(HOUR + 1_000);
  assert.equal(seqsOf(again.nextBatch(everything)), [], 'the rest expired');
  assert.is(again.stats().expired, 6);
  clocks.advance(60_000);
  await again.enqueue([eventRecord('after')]);
  const reports = dropReports(drainAll(again));
  assert.equal(
    reports.map((report) => [report.reason, report.priority, report.count]).sort(),
    [
      [DropReason.DROP_REASON_EVICTED, Priority.PRIORITY_STATUS, 2],
      [DropReason.DROP_REASON_EXPIRED, Priority.PRIORITY_STATUS, 6],
    ].sort(),
  );
  await again.close();
  assert.is(segmentTables(path).length, 1, 'only the segment of the report and the last record is left');
});

test('a store file of schema version 1 (one table per class) keeps its records, acks and all', async () => {
  const path = storePath();
  const db = openDatabase(path);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE store (id INTEGER PRIMARY KEY CHECK (id = 1), store_id TEXT NOT NULL, next_seq INTEGER NOT NULL, clock_ms INTEGER NOT NULL, wall_ms INTEGER NOT NULL);
    CREATE TABLE drops (reason INTEGER NOT NULL, priority INTEGER NOT NULL, count INTEGER NOT NULL, bytes INTEGER NOT NULL, first_seq INTEGER NOT NULL,
      last_seq INTEGER NOT NULL, oldest_ms INTEGER NOT NULL, newest_ms INTEGER NOT NULL, PRIMARY KEY (reason, priority)) WITHOUT ROWID;
    CREATE TABLE alarm_records (seq INTEGER PRIMARY KEY, created_ms INTEGER NOT NULL, size INTEGER NOT NULL, key TEXT, body BLOB NOT NULL);
    CREATE TABLE status_records (seq INTEGER PRIMARY KEY, created_ms INTEGER NOT NULL, size INTEGER NOT NULL, key TEXT, body BLOB NOT NULL);
    CREATE TABLE bulk_records (seq INTEGER PRIMARY KEY, created_ms INTEGER NOT NULL, size INTEGER NOT NULL, key TEXT, body BLOB NOT NULL);
    CREATE VIEW records (seq, priority, created_ms, size, key, body) AS SELECT seq, 1, created_ms, size, key, body FROM alarm_records
      UNION ALL SELECT seq, 2, created_ms, size, key, body FROM status_records UNION ALL SELECT seq, 3, created_ms, size, key, body FROM bulk_records;
    INSERT INTO store VALUES (1, '12345', 4, 0, 0);
  `);
  const insert = db.prepare('INSERT INTO status_records (seq, created_ms, size, key, body) VALUES (?, 0, ?, NULL, ?)');
  for (const seq of [1, 2, 3]) {
    const body = Buffer.from(v1.Record.encode({ seq, timeUnixMs: 1, event: { message: `old${seq}` } }).finish());
    insert.run(seq, body.length, body);
  }
  db.pragma('user_version = 1');
  db.close();

  const clocks = new FakeClocks();
  const outbox = open(path, clocks, config, small);
  assert.is(outbox.storeId, 12345n, 'the same store, not a reset');
  assert.equal(drainAll(outbox).map((record) => record.event?.message), ['old1', 'old2', 'old3']);
  assert.equal(await outbox.enqueue([eventRecord('new')]), [4]);
  outbox.ack([{ first: 1, last: 3 }]);
  await outbox.close();
  assert.equal(segmentTables(path).length, 1, 'the old table, all acked, was dropped; the new record has its own segment');
});

test.run();
