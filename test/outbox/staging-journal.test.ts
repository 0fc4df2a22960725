import { copyFileSync, existsSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toNumber, v1, type outpost } from '../../wire/index.js';
import { JOURNAL_PAGE, RING_BYTES, StagingJournal, readStagingJournal, stagingPath } from '../../agent/outbox/staging-journal.js';
import type { SqliteOutbox } from '../../agent/outbox/index.js';
import { logLines } from '../support/log-lines.js';
import { tempDir } from '../support/tmp.js';
import { FakeClocks, drainAll, open, reading, storePath } from './helpers.js';

const test = suite('outbox staging journal');
const BATCH = { maxBytes: 1_000_000, maxRecords: 10_000 };
/** Every tick reads the same sensors: without compaction each reading waits on its own (the compaction test turns it on). */
const KEEP_ALL = { compact_status: false };

/** One tick of the side-by-side job's shape: a reading per sensor. */
function tick(t: number, sensors = 10): outpost.v1.IRecord[] {
  return Array.from({ length: sensors }, (_, s) => reading(`meter${s}`, t * 100 + s));
}

/**
 * The files as a kill -9 leaves them: every write the process made is in the page cache, so a
 * copy taken while the store is open is what the next start finds.
 */
function killed(path: string): string {
  const copy = join(tempDir('outbox-killed-'), basename(path));
  for (const name of readdirSync(dirname(path))) {
    if (name.startsWith(basename(path))) copyFileSync(join(dirname(path), name), join(dirname(copy), name));
  }
  return copy;
}

function walBytes(path: string): number {
  return existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0;
}

function values(records: readonly outpost.v1.Record[]): number[] {
  return records.map((record) => record.reading?.samples?.[0]?.values?.[0] ?? -1);
}

function leaseAndAck(outbox: SqliteOutbox): number[] {
  const lease = outbox.nextBatch(BATCH);
  const seqs = lease?.records.map((record) => record.seq) ?? [];
  if (seqs.length > 0) outbox.ack([{ first: seqs[0]!, last: seqs.at(-1)! }]);
  return seqs;
}

test('a commit of readings alone is one 4 KiB page of the journal, synced, and no write to the store file', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks(), KEEP_ALL);
  const wal = walBytes(path);
  assert.equal(await Promise.all(tick(1).map((record) => outbox.enqueue([record]))), [[1], [2], [3], [4], [5], [6], [7], [8], [9], [10]]);
  assert.equal(await outbox.enqueue(tick(2)), [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  assert.is(walBytes(path), wal, 'the store file and its WAL are not written');
  const ring = readFileSync(stagingPath(path));
  assert.is(ring.length, RING_BYTES, 'the ring is made whole at open: appends never change its size');
  assert.is(ring.readUInt32LE(0), 0x4f504a31, 'the first tick is an entry at 0');
  assert.is(ring.readUInt32LE(JOURNAL_PAGE), 0x4f504a31, 'the second starts on the next page');
  assert.is(ring.readUInt32LE(2 * JOURNAL_PAGE), 0, 'and nothing after it');
  const found = readStagingJournal(stagingPath(path), outbox.storeId);
  assert.equal(found?.newest.map((record) => record.seq), Array.from({ length: 20 }, (_, i) => i + 1));
  assert.is(outbox.stats().records, 20, 'staged records count as waiting');
  assert.equal(values(drainAll(outbox)), [...values(tick(1).map((r) => v1.Record.create(r))), ...values(tick(2).map((r) => v1.Record.create(r)))]);
  assert.is(statSync(stagingPath(path)).mode & 0o777, 0o600, 'the journal holds readings: the agent user only');
  await outbox.close();
  assert.ok(walBytes(path) > wal || statSync(path).size > 0, 'at close the staged records go into the store file');
  const again = open(path, new FakeClocks(), KEEP_ALL);
  assert.equal(drainAll(again).map((record) => toNumber(record.seq)), Array.from({ length: 20 }, (_, i) => i + 1), 'reopened from the file, seqs kept');
  assert.equal(await again.enqueue([reading('x')]), [21]);
  await again.close();
});

test('after a kill -9 the staged records are offered again under their seqs, and seqs go on after them', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks(), KEEP_ALL);
  await outbox.enqueue(tick(1));
  const lease = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 4 });
  outbox.ack([{ first: 1, last: 4 }]);
  assert.ok(lease !== undefined);
  await outbox.enqueue(tick(2, 3));
  assert.is(outbox.stats().records, 9);
  const copy = killed(path);
  await outbox.close();
  const reopened = open(copy, new FakeClocks(), KEEP_ALL);
  const offered = drainAll(reopened).map((record) => toNumber(record.seq));
  // Acked from the stage, 1-4 were never written anywhere but the journal: they come again and the centre drops the copies.
  assert.equal(offered, Array.from({ length: 13 }, (_, i) => i + 1));
  assert.ok(reopened.stats().records === 13);
  assert.equal(await reopened.enqueue([reading('after')]), [14]);
  await reopened.close();
});

test('seqs acked straight from the journal are never given again, even with a torn last entry and no high-water mark', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks(), KEEP_ALL);
  await outbox.enqueue(tick(1, 3));
  assert.equal(leaseAndAck(outbox), [1, 2, 3]);
  await outbox.enqueue(tick(2, 3));
  assert.equal(leaseAndAck(outbox), [4, 5, 6], 'each tick acked: the stage empties and the next entry starts a generation');
  await outbox.enqueue(tick(3, 3));
  const copy = killed(path);
  await outbox.close();
  // A power cut tore the last entry (seqs 7-9, its enqueue never resolved) and took the mark's last write.
  const fd = openSync(stagingPath(copy), 'r+');
  writeSync(fd, Buffer.alloc(100, 0xaa), 0, 100, 2 * JOURNAL_PAGE + 40);
  closeSync(fd);
  rmSync(`${copy}.high-water`);
  const reopened = open(copy, new FakeClocks(), KEEP_ALL);
  assert.equal(
    drainAll(reopened).map((record) => toNumber(record.seq)),
    [4, 5, 6],
    'the torn entry is no entry; the newest whole generation is offered again',
  );
  assert.equal(await reopened.enqueue([reading('after')]), [7], 'the store file never held 1-6, and still none of them is given again');
  await reopened.close();
});

test('with the link down the stage grows to half the ring, then goes into the file in one transaction; nothing is lost or reordered', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks(), KEEP_ALL);
  const ticks = 200;
  const wal: number[] = [];
  for (let t = 1; t <= ticks; t++) {
    await outbox.enqueue(tick(t));
    wal.push(walBytes(path));
  }
  const grew = wal.filter((bytes, i) => i > 0 && bytes > wal[i - 1]!).length;
  assert.ok(grew >= 1 && grew <= 2, `the file was written in ${grew} transactions over ${ticks} ticks (once per half ring of 4 KiB entries)`);
  assert.is(outbox.stats().records, ticks * 10);
  const all = drainAll(outbox);
  assert.equal(
    all.map((record) => toNumber(record.seq)),
    Array.from({ length: ticks * 10 }, (_, i) => i + 1),
  );
  const copy = killed(path);
  await outbox.close();
  const reopened = open(copy, new FakeClocks(), KEEP_ALL);
  assert.equal(values(drainAll(reopened)), values(all), 'after a kill -9: the file and the journal together hold every record');
  await reopened.close();
});

test('a reading that supersedes a waiting one of its sensor goes through the file, where compaction keeps the newest', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks(), { compact_status: true });
  await outbox.enqueue([reading('a', 1), reading('b', 1)]);
  const wal = walBytes(path);
  await outbox.enqueue([reading('a', 2)]);
  assert.ok(walBytes(path) > wal, 'written as a transaction of the file');
  assert.equal(values(drainAll(outbox)), [1, 2], 'a1 compacted; b1 and a2 wait');
  assert.is(outbox.stats().compacted, 1);
  // Once the newest of a sensor is out on a lease, its next reading is staged again.
  const lease = outbox.nextBatch(BATCH);
  assert.equal(lease?.records.length, 2);
  const before = walBytes(path);
  await outbox.enqueue([reading('a', 3)]);
  assert.is(walBytes(path), before, 'nothing to compact: staged');
  await outbox.close();
});

test('the ring wraps: after 600 ticks, each acked, a kill -9 finds only the newest tick waiting', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks(), KEEP_ALL);
  const wal = walBytes(path);
  for (let t = 1; t <= 600; t++) {
    await outbox.enqueue(tick(t));
    leaseAndAck(outbox);
  }
  await outbox.enqueue(tick(601));
  assert.is(walBytes(path), wal, 'acked from the stage: the store file was never written');
  const copy = killed(path);
  await outbox.close();
  const reopened = open(copy, new FakeClocks(), KEEP_ALL);
  assert.equal(
    drainAll(reopened).map((record) => toNumber(record.seq)),
    Array.from({ length: 10 }, (_, i) => 6001 + i),
  );
  assert.equal(await reopened.enqueue([reading('after')]), [6011]);
  await reopened.close();
});

test('staging_journal: false, or readings_sync: normal, stage nothing; a journal left by an earlier run is still read', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks(), KEEP_ALL);
  await outbox.enqueue(tick(1, 4));
  const copy = killed(path);
  await outbox.close();
  for (const config of [{ ...KEEP_ALL, staging_journal: false }, { ...KEEP_ALL, readings_sync: 'normal' }]) {
    const target = killed(copy);
    const reopened = open(target, new FakeClocks(), config);
    assert.equal(drainAll(reopened).map((record) => toNumber(record.seq)), [1, 2, 3, 4], `${JSON.stringify(config)}: the journal's records are taken into the file`);
    const wal = walBytes(target);
    await reopened.enqueue([reading('z')]);
    assert.ok(walBytes(target) > wal, `${JSON.stringify(config)}: a transaction of the file`);
    await reopened.close();
  }
});

test('a record the journal cannot hold (a key over 64 KiB) goes into the file; the journal goes on', async () => {
  const path = storePath();
  const outbox = open(path, new FakeClocks(), KEEP_ALL);
  const wal = walBytes(path);
  assert.equal(await outbox.enqueue([reading('x'.repeat(70_000))]), [1]);
  assert.ok(walBytes(path) > wal, 'a transaction of the file');
  const after = walBytes(path);
  assert.equal(await outbox.enqueue(tick(1, 2)), [2, 3]);
  assert.is(walBytes(path), after, 'the next tick is staged');
  await outbox.close();
});

test('a journal that cannot be written is logged once; the failing commit and every later one go into the file, the staged records with them', async () => {
  const path = storePath();
  const { log, lines } = logLines();
  const outbox = open(path, new FakeClocks(), KEEP_ALL, { log });
  await outbox.enqueue(tick(1, 3));
  const wal = walBytes(path);
  const append = StagingJournal.prototype.append;
  StagingJournal.prototype.append = () => {
    throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
  };
  try {
    assert.equal(await outbox.enqueue(tick(2, 3)), [4, 5, 6], 'the enqueue resolves all the same, from the file');
  } finally {
    StagingJournal.prototype.append = append;
  }
  assert.ok(walBytes(path) > wal);
  await outbox.enqueue(tick(3, 3));
  const warned = lines().filter((line) => /cannot write its staging journal/.test(line.msg));
  assert.is(warned.length, 1, 'one warning, in words');
  assert.match(String(warned[0]?.['err']), /EIO/);
  const copy = killed(path);
  await outbox.close();
  const reopened = open(copy, new FakeClocks(), KEEP_ALL);
  assert.equal(drainAll(reopened).map((record) => toNumber(record.seq)), [1, 2, 3, 4, 5, 6, 7, 8, 9], 'after a kill -9 every record is in the file');
  await reopened.close();
});

test.run();
