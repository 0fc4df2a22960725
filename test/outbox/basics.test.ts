import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { toNumber, v1 } from '../../wire/index.js';
import { FakeClocks, detection, drainAll, eventRecord, open, reading, seqsOf, snapshot, storePath } from './helpers.js';

const { Priority } = v1;
const test = suite('outbox basics');

test('seqs rise by one across enqueues and restarts; the store id stays with the file', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  const first = open(path, clocks);
  assert.equal(await first.enqueue([reading('a'), reading('b')]), [1, 2]);
  assert.equal(await first.enqueue([detection('d1')]), [3]);
  const id = first.storeId;
  assert.ok(id > 0n);
  first.ack([{ first: 1, last: 3 }]);
  await first.close();
  const second = open(path, clocks);
  assert.is(second.storeId, id);
  assert.equal(await second.enqueue([reading('c')]), [4], 'acked seqs are never reused');
  await second.close();
  const other = open(storePath(), clocks);
  assert.is.not(other.storeId, id, 'a new store gets a new random id');
  await other.close();
});

test('stored bytes are the encoded Record with seq and the class the body implies', async () => {
  const clocks = new FakeClocks();
  const outbox = open(storePath(), clocks);
  await outbox.enqueue([{ ...reading('power'), seq: 99, priority: Priority.PRIORITY_BULK }]);
  const lease = outbox.nextBatch({ maxBytes: 1_000, maxRecords: 10 });
  const record = v1.Record.decode(lease?.records[0]?.bytes ?? new Uint8Array());
  assert.is(toNumber(record.seq), 1, 'the caller seq is replaced');
  assert.is(record.priority, Priority.PRIORITY_STATUS, 'readings are status, whatever the caller said');
  assert.is(record.reading?.sensor, 'power');
  assert.equal(lease?.records[0]?.bytes, v1.Record.encode(record).finish(), 'the same bytes protobufjs writes');
  assert.is(lease?.bytes, lease?.records[0]?.bytes.length);
  await outbox.close();
});

test('a record without a body refuses its own enqueue only', async () => {
  const outbox = open(storePath(), new FakeClocks());
  const bad = outbox.enqueue([reading('a'), { timeUnixMs: 5 }]);
  const good = outbox.enqueue([reading('b')]);
  await bad.then(
    () => assert.unreachable('a record without a body was accepted'),
    (error: { code?: string; message: string }) => {
      assert.is(error.code, 'outbox.invalid_record');
      assert.match(error.message, /record 1 of 2 has no body/);
    },
  );
  assert.equal(await good, [1]);
  await outbox.close();
});

test('batches drain alarms, then status, then bulk, oldest first, within the limits', async () => {
  const outbox = open(storePath(), new FakeClocks(), { compact_status: false });
  await outbox.enqueue([snapshot('c1'), reading('a'), detection('d1'), eventRecord('e'), detection('d2'), snapshot('c2')]);
  const first = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 3 });
  assert.equal(seqsOf(first), [3, 5, 2]);
  assert.equal(first?.records.map((record) => record.priority), [Priority.PRIORITY_ALARM, Priority.PRIORITY_ALARM, Priority.PRIORITY_STATUS]);
  const second = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 });
  assert.equal(seqsOf(second), [4, 1, 6], 'leased records are not handed out twice');
  assert.is(outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 }), undefined, 'nothing left to lease');
  await outbox.close();
});

test('maxBytes stops a batch before the record that does not fit; a lone oversize record still goes', async () => {
  const outbox = open(storePath(), new FakeClocks());
  await outbox.enqueue([snapshot('big', 5_000), snapshot('small', 10)]);
  const first = outbox.nextBatch({ maxBytes: 1_000, maxRecords: 10 });
  assert.equal(seqsOf(first), [1], 'an oversize record goes alone rather than never');
  assert.equal(seqsOf(outbox.nextBatch({ maxBytes: 1_000, maxRecords: 10 })), [2]);
  await outbox.close();
});

test('release offers records again; ack deletes leased or not; unknown seqs are ignored', async () => {
  const outbox = open(storePath(), new FakeClocks(), { compact_status: false });
  await outbox.enqueue([detection('a'), detection('b'), detection('c')]);
  const lease = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 2 });
  assert.ok(lease);
  outbox.release(lease);
  assert.equal(seqsOf(outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 })), [1, 2, 3]);
  assert.is(outbox.ack([{ first: 2, last: 2 }, { first: 50, last: 60 }]), 1);
  assert.is(outbox.ack([{ first: 2, last: 2 }]), 0, 'a second ack of the same seq deletes nothing');
  assert.is(outbox.stats().records, 2);
  assert.is(outbox.stats().acked, 1);
  await outbox.close();
});

test('a lease that times out is offered again', async () => {
  const clocks = new FakeClocks();
  const outbox = open(storePath(), clocks, { lease: '30s' });
  await outbox.enqueue([detection('a')]);
  assert.equal(seqsOf(outbox.nextBatch({ maxBytes: 1_000, maxRecords: 5 })), [1]);
  clocks.advance(29_000);
  assert.is(outbox.nextBatch({ maxBytes: 1_000, maxRecords: 5 }), undefined, 'still leased before the timeout');
  clocks.advance(2_000);
  assert.equal(seqsOf(outbox.nextBatch({ maxBytes: 1_000, maxRecords: 5 })), [1], 'offered again after the timeout');
  assert.is(outbox.health().counters?.['lease_timeouts'], 1);
  await outbox.close();
});

test('enqueues within the group-commit window share one transaction', async () => {
  const outbox = open(storePath(), new FakeClocks(), { group_commit: '20ms' });
  const before = outbox.health().counters?.['commits'] ?? 0;
  const calls = Array.from({ length: 50 }, (_, index) => outbox.enqueue([reading(`s${index}`)]));
  const seqs = (await Promise.all(calls)).flat();
  assert.equal(seqs, Array.from({ length: 50 }, (_, index) => index + 1));
  assert.is((outbox.health().counters?.['commits'] ?? 0) - before, 1, 'fifty enqueues, one commit (one sync)');
  await outbox.enqueue([reading('later')]);
  assert.is((outbox.health().counters?.['commits'] ?? 0) - before, 2, 'an enqueue after the window commits on its own');
  await outbox.close();
});

test('a new store has 2 KiB pages: each commit rewrites fewer bytes of the pages it touches', async () => {
  let db: Database.Database | undefined;
  const outbox = open(storePath(), new FakeClocks(), {}, { onDatabase: (opened) => (db = opened) });
  assert.is(db!.pragma('page_size', { simple: true }), 2048);
  await outbox.close();
});

test('readings_sync: normal commits a transaction of readings without a sync; one holding anything else syncs fully', async () => {
  let db: Database.Database | undefined;
  const outbox = open(storePath(), new FakeClocks(), { readings_sync: 'normal', group_commit: 0 }, { onDatabase: (opened) => (db = opened) });
  const synchronous = () => db!.pragma('synchronous', { simple: true });
  const commits = () => outbox.health().counters?.['commits'] ?? 0;
  await outbox.enqueue([reading('a'), reading('b')]);
  assert.is(synchronous(), 1, 'NORMAL for readings only');
  assert.is(commits(), 0, 'no sync counted');
  await outbox.enqueue([reading('c'), detection('d')]);
  assert.is(synchronous(), 2, 'FULL once a detection shares the transaction');
  assert.is(commits(), 1);
  await outbox.close();
  const full = open(storePath('default.db'), new FakeClocks(), { group_commit: 0 }, { onDatabase: (opened) => (db = opened) });
  await full.enqueue([reading('a')]);
  assert.is(synchronous(), 2, 'readings sync fully by default');
  await full.close();
});

test('a burst that fills a transaction commits at once instead of waiting out the window', async () => {
  const outbox = open(storePath(), new FakeClocks(), { group_commit: '1h' });
  const calls = Array.from({ length: 300 }, (_, index) => outbox.enqueue([detection(`d${index}`)]));
  const seqs = (await Promise.all(calls)).flat();
  assert.is(seqs.length, 300, 'resolved long before the one-hour window');
  assert.is(outbox.health().counters?.['commits'], 1);
  await outbox.close();
});

test('a committed enqueue is in the file before its promise resolves (synchronous = FULL, WAL)', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks());
  await outbox.enqueue([detection('x')]);
  const reader = new Database(path, { readonly: true });
  assert.is(reader.pragma('journal_mode', { simple: true }), 'wal');
  assert.is(reader.prepare('SELECT count(*) FROM records').pluck().get(), 1);
  reader.close();
  await outbox.close();
});

test('status compaction keeps the newest reading per sensor and health; leased ones wait for their release', async () => {
  const outbox = open(storePath(), new FakeClocks(), { drop_report_interval: '1h' });
  await outbox.enqueue([reading('a', 1), reading('b', 1), { health: { components: [] } }, reading('a', 2)]);
  const lease = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 });
  assert.equal(seqsOf(lease), [2, 3, 4], 'the older reading of a was compacted away');
  await outbox.enqueue([reading('a', 3), { health: { components: [] } }, eventRecord('never compacted'), eventRecord('never compacted')]);
  assert.is(outbox.stats().compacted, 1, 'leased records are not compacted under the uplink');
  if (lease) outbox.release(lease);
  assert.is(outbox.stats().compacted, 3, 'released records superseded meanwhile go');
  const left = drainAll(outbox);
  assert.equal(left.map((record) => record.reading?.samples?.[0]?.values?.[0] ?? record.event?.message ?? 'health'), [1, 3, 'health', 'never compacted', 'never compacted']);
  await outbox.close();
});

test('compact_status: false keeps every reading', async () => {
  const outbox = open(storePath(), new FakeClocks(), { compact_status: false });
  await outbox.enqueue([reading('a', 1), reading('a', 2), reading('a', 3)]);
  assert.is(outbox.stats().records, 3);
  assert.is(outbox.stats().compacted, 0);
  await outbox.close();
});

test('stats give depth, bytes and oldest age per class', async () => {
  const clocks = new FakeClocks();
  const outbox = open(storePath(), clocks, { compact_status: false });
  await outbox.enqueue([detection('a'), reading('r')]);
  clocks.advance(90_000);
  await outbox.enqueue([snapshot('c', 50)]);
  const stats = outbox.stats();
  const byClass = Object.fromEntries(stats.classes.map((c) => [c.priority, c]));
  assert.is(byClass[Priority.PRIORITY_ALARM]?.records, 1);
  assert.is(byClass[Priority.PRIORITY_ALARM]?.oldestAgeS, 90);
  assert.is(byClass[Priority.PRIORITY_BULK]?.oldestAgeS, 0);
  assert.ok((byClass[Priority.PRIORITY_BULK]?.bytes ?? 0) > 50);
  assert.is(stats.records, 3);
  assert.is(stats.bytes, stats.classes.reduce((total, c) => total + c.bytes, 0));
  assert.is(stats.enqueued, 3);
  await outbox.close();
});

test('after close, enqueue is refused with a clear error and health says stopped', async () => {
  const outbox = open(storePath(), new FakeClocks());
  await outbox.close();
  await outbox.close();
  await outbox.enqueue([detection('late')]).then(
    () => assert.unreachable('enqueue after close was accepted'),
    (error: { code?: string }) => assert.is(error.code, 'outbox.closed'),
  );
  assert.is(outbox.health().status, 'stopped');
});

test.run();
