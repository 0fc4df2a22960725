import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openDatabase } from '../../kernel/sqlite.js';
import type { OutboxOptions } from '../../agent/outbox/index.js';
import { toNumber, v1 } from '../../wire/index.js';
import { FakeTimers } from '../support/fake-timers.js';
import { FakeClocks, drainAll, dropReports, eventRecord, open, seqsOf, storePath } from './helpers.js';

const { DropReason, Priority } = v1;
const test = suite('outbox: segments and acked ranges');

const HOUR = 3_600_000;
type SeqRangeRow = { first: number; last: number };
/** Four records a segment, so a handful of records spans several. */
const small: Partial<OutboxOptions> = { segment: { records: 4, bytes: 1e9 } };
// The table segments themselves: status records go into the file, not the staging journal (staging-journal.test.ts).
const config = { compact_status: false, drop_report_interval: '1m', ttl: { status: '1h' }, staging_journal: false };
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
  assert.equal(segmentTables(path), ['status_records_2'], 'every segment but the newest was dropped once all its records were acked; the newest waits for the next records to overwrite it');
  const reader = openDatabase(path, { readonly: true });
  assert.is(reader.prepare('SELECT count(*) FROM records').pluck().get(), 0);
  assert.is(reader.prepare('SELECT count(*) FROM acked').pluck().get(), 1, 'acked ranges go with their segment; the one kept has one');
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

function pageCount(path: string): number {
  const db = openDatabase(path, { readonly: true });
  try {
    return db.pragma('page_count', { simple: true }) as number;
  } finally {
    db.close();
  }
}

test('a settled newest segment is overwritten in place: the file does not grow, no seq comes back, old rows stay settled across restarts', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  const roomy = { segment: { records: 1000, bytes: 1e9 } };
  let outbox = open(path, clocks, config, roomy);
  let pages = 0;
  for (let round = 0; round < 40; round++) {
    assert.equal(await outbox.enqueue(statuses(10, round * 10)), Array.from({ length: 10 }, (_, i) => round * 10 + i + 1));
    const lease = outbox.nextBatch(everything);
    assert.is(lease?.records.length, 10, 'only the new records are offered, never the old rows they overwrite');
    outbox.ack([{ first: round * 10 + 1, last: round * 10 + 10 }]);
    // Acks are written in batches (1000 records or 10 s) or at close: each round reopens the store.
    await outbox.close();
    if (round === 2) pages = pageCount(path);
    if (round < 39) outbox = open(path, clocks, config, roomy);
  }
  assert.ok(pageCount(path) <= pages + 1, `the file stays at its size (${pages} pages after 3 rounds, ${pageCount(path)} after 40)`);
  assert.equal(segmentTables(path), ['status_records_1'], 'one segment, reused');

  // A generation shorter than the last one leaves older rows in the slots above it.
  outbox = open(path, clocks, config, roomy);
  assert.is(outbox.stats().records, 0);
  assert.equal(await outbox.enqueue(statuses(4, 400)), [401, 402, 403, 404]);
  assert.is(outbox.ack([{ first: 401, last: 402 }]), 2);
  await outbox.close();
  outbox = open(path, clocks, config, roomy);
  assert.is(outbox.stats().records, 2, 'the two unacked records, not the older rows above them');
  assert.equal(seqsOf(outbox.nextBatch(everything)), [403, 404]);
  outbox.ack([{ first: 403, last: 404 }]);
  // Then a generation whose every record expires: the rows left in the table are all settled.
  assert.equal(await outbox.enqueue(statuses(2, 500)), [405, 406]);
  clocks.advance(HOUR + 1_000);
  assert.equal(seqsOf(outbox.nextBatch(everything)), [], 'both expired');
  await outbox.close();
  outbox = open(path, clocks, config, roomy);
  const waiting = drainAll(outbox);
  assert.equal(
    waiting.map((record) => toNumber(record.seq)),
    [407],
    'only the report of the two expired records (a new generation of its own) waits: no older row comes back',
  );
  assert.is(waiting[0]?.event?.dropped?.reason, DropReason.DROP_REASON_EXPIRED);
  assert.equal(await outbox.enqueue(statuses(1, 600)), [408], 'seqs go on above every row the table ever held');
  await outbox.close();
});

test('acks that fall due while the newest records are out ride the next commit, which finds the segment settled and overwrites it in place', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  const timers = new FakeTimers();
  const outbox = open(path, clocks, config, { segment: { records: 1000, bytes: 1e9 }, timers });
  const tick = (round: number) => outbox.enqueue(statuses(10, round * 10));
  const inFile = <T>(sql: string, all = false): T => {
    const db = openDatabase(path, { readonly: true });
    try {
      return (all ? db.prepare(sql).all() : db.prepare(sql).get()) as T;
    } finally {
      db.close();
    }
  };
  const rows = () => inFile<{ rows: number; first: number }>('SELECT count(*) AS rows, (SELECT seq FROM status_records_1 WHERE slot = 0) AS first FROM status_records_1');
  const acked = () => inFile<SeqRangeRow[]>('SELECT first, last FROM acked ORDER BY first', true);
  await tick(0);
  assert.equal(seqsOf(outbox.nextBatch(everything)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  outbox.ack([{ first: 1, last: 10 }]);
  assert.equal(timers.scheduled, [10_000], 'the first ack starts the delay');
  await tick(1);
  assert.is(outbox.nextBatch(everything)?.records.length, 10, 'the second tick is out to the centre...');
  await timers.advance(10_000);
  // ...when the delay runs out. Written now, the acks would leave seqs 11-20 live: no new generation.
  assert.equal(timers.scheduled, [5_000], 'due: the acks wait for the next commit, at most 5 s');
  assert.equal(rows(), { rows: 20, first: 1 }, 'nothing written yet');
  outbox.ack([{ first: 11, last: 20 }]);
  await tick(2);
  assert.equal(rows(), { rows: 20, first: 21 }, "the third tick's commit wrote every ack, found the segment settled and overwrote slots 0-9: the table did not grow");
  assert.equal(timers.scheduled, [], 'the acks were written: nothing left to write alone');
  assert.equal(seqsOf(outbox.nextBatch(everything)), [21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);

  // With no commit to carry them, the acks are written alone once the ride runs out.
  outbox.ack([{ first: 21, last: 30 }]);
  await timers.advance(10_000);
  assert.equal(acked(), [{ first: 1, last: 20 }], 'due, not written yet');
  await timers.advance(5_000);
  assert.equal(acked(), [{ first: 1, last: 30 }], 'written alone 5 s after they fell due');
  assert.is(outbox.stats().records, 0);
  await outbox.close();
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
