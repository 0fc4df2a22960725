// test lane: waits (the outbox retries a full disk on its own timer; alone: 1.3 s of CPU in 11 s)
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type Database from 'better-sqlite3';
import { v1 } from '../../wire/index.js';
import { waitFor } from '../support/net.js';
import { FakeClocks, detection, drainAll, dropReports, open, snapshot, storePath } from './helpers.js';

const { DropReason, Priority } = v1;
const test = suite('outbox: full disk and failing writes');

/**
 * SQLite reports a full disk for real (SQLITE_FULL) once the file may not grow past
 * `max_page_count`; lifting the cap is the technician freeing space.
 */
function openWithDisk(path: string, clocks: FakeClocks, config: Record<string, unknown> = {}) {
  let db: Database.Database | undefined;
  const outbox = open(path, clocks, { memory_queue: 6, ...config }, { onDatabase: (handle) => (db = handle) });
  const disk = {
    fill(): void {
      const pages = db?.pragma('page_count', { simple: true }) as number;
      db?.pragma(`max_page_count = ${pages}`);
    },
    free(): void {
      db?.pragma('max_page_count = 1073741823');
    },
  };
  return { outbox, disk };
}

test('a full disk: enqueues wait in memory, health is fault, nothing is lost; freeing space writes them in order', async () => {
  const clocks = new FakeClocks();
  const { outbox, disk } = openWithDisk(storePath(), clocks);
  assert.equal(await outbox.enqueue([detection('before')]), [1]);
  disk.fill();
  let settled = 0;
  const waiting = [outbox.enqueue([snapshot('big', 20_000)]), outbox.enqueue([detection('a1'), detection('a2')])];
  waiting.forEach((promise) => void promise.then(() => settled++, () => settled++));
  await waitFor('the write to fail', () => outbox.health().status === 'fault');
  const health = outbox.health();
  assert.match(health.message ?? '', /cannot write the store .*outbox\.db: .*full.*3 records held in memory \(at most 6\), retrying/i);
  assert.is(health.counters?.['pending_in_memory'], 3);
  assert.is(outbox.stats().pendingInMemory, 3);
  assert.is(settled, 0, 'no enqueue resolved while its records are not on disk');
  assert.equal(drainAll(outbox).map((record) => record.detection?.id), ['before'], 'only committed records are handed out');
  disk.free();
  const seqs = await Promise.all(waiting);
  assert.equal(seqs, [[2], [3, 4]], 'written in arrival order once the disk has room');
  await waitFor('health to recover', () => outbox.health().status === 'ok');
  assert.is(outbox.stats().pendingInMemory, 0);
  await outbox.close();
});

test('beyond memory_queue, enqueues without alarms are refused first, then the oldest; a refusal is counted but not reported as a drop (the caller holds and retries it)', async () => {
  const clocks = new FakeClocks();
  const path = storePath();
  const { outbox, disk } = openWithDisk(path, clocks, { drop_report_interval: '1h' });
  disk.fill();
  const outcome = new Map<string, string>();
  const track = (name: string, promise: Promise<number[]>): Promise<void> =>
    promise.then(
      () => void outcome.set(name, 'stored'),
      (error: { code?: string; retryable?: boolean }) => void outcome.set(name, `${error.code} retryable=${String(error.retryable)}`),
    );
  const all = [track('bulk', outbox.enqueue([snapshot('s1', 20_000)]))];
  await waitFor('the write to fail', () => outbox.health().status === 'fault');
  all.push(
    track('alarms-old', outbox.enqueue([detection('o1'), detection('o2'), detection('o3')])),
    track('alarms-mid', outbox.enqueue([detection('m1'), detection('m2')])),
    track('alarms-new', outbox.enqueue([detection('n1'), detection('n2'), detection('n3')])),
  );
  await waitFor('refusals', () => outcome.size >= 2);
  assert.is(outcome.get('bulk'), 'outbox.rejected retryable=true', 'the enqueue without alarms went first');
  assert.is(outcome.get('alarms-old'), 'outbox.rejected retryable=true', 'then the oldest alarms');
  assert.is(outbox.stats().pendingInMemory, 5, 'the newest alarms stay, within memory_queue = 6');
  disk.free();
  await Promise.all(all);
  assert.is(outcome.get('alarms-mid'), 'stored');
  assert.is(outcome.get('alarms-new'), 'stored');
  assert.is(outbox.health().counters?.['rejected'], 4);
  await outbox.close();
  const again = open(path, clocks);
  const reports = dropReports(drainAll(again)).filter((report) => report.reason === DropReason.DROP_REASON_REJECTED);
  assert.equal(reports, [], 'the refused enqueues were handed back, retryable: whoever gives up on them reports the loss');
  await again.close();
});

test('acks are deleted in batches; while the disk fails the delete waits and acked records are not offered again', async () => {
  const clocks = new FakeClocks();
  let db: Database.Database | undefined;
  const outbox = open(storePath(), clocks, {}, { onDatabase: (handle) => (db = handle) });
  await outbox.enqueue([detection('a'), detection('b'), detection('c')]);
  const lease = outbox.nextBatch({ maxBytes: 1e6, maxRecords: 2 });
  assert.ok(lease && db);
  const inFile = () => db?.prepare('SELECT count(*) FROM records').pluck().get();
  // Deletes never need new pages, so max_page_count cannot fail them: make the file read-only to SQLite instead.
  db.pragma('query_only = ON');
  assert.is(outbox.ack([{ first: 1, last: 2 }]), 2, 'the count of records the ack covers');
  assert.is(outbox.ack([{ first: 1, last: 2 }]), 0, 'acking them again counts nothing');
  assert.is(outbox.stats().records, 1, 'acked records no longer count as waiting');
  outbox.release(lease);
  assert.equal(drainAll(outbox).map((record) => record.detection?.id), ['c'], 'acked records are not offered again');
  await waitFor('the batched delete to fail', () => outbox.health().status === 'fault');
  assert.is(inFile(), 3);
  db.pragma('query_only = OFF');
  await waitFor('the delete to be retried', () => outbox.health().status === 'ok' && inFile() === 1);
  assert.is(outbox.stats().acked, 2);
  await outbox.close();
});

test('close while the disk fails refuses what is still in memory, with a clear error', async () => {
  const { outbox, disk } = openWithDisk(storePath(), new FakeClocks());
  disk.fill();
  const pending = outbox.enqueue([snapshot('x', 20_000)]);
  await waitFor('the write to fail', () => outbox.health().status === 'fault');
  await outbox.close();
  await pending.then(
    () => assert.unreachable('resolved without being written'),
    (error: { code?: string; message: string }) => {
      assert.is(error.code, 'outbox.closed');
      assert.match(error.message, /closed before 1 records could be written/);
    },
  );
});

test.run();
