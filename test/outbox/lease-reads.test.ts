import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFileSync, renameSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { silentLogger } from '../../kernel/logger.js';
import { DamageWatch } from '../../agent/outbox/damage.js';
import { FakeClocks, open, reading, seqsOf, storePath } from './helpers.js';

const test = suite('outbox reads on the send path (issue 13)');

/** Counts the statements run on `db` whose SQL matches `pattern` (the outbox prepares its statements at open, so the prototype is spied on). */
function spyStatements(db: Database.Database, pattern: RegExp): { runs: () => number; stop: () => void } {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'all' | 'get' | 'iterate', (this: Database.Statement, ...args: unknown[]) => unknown>;
  const originals = { all: proto.all, get: proto.get, iterate: proto.iterate };
  let runs = 0;
  for (const name of ['all', 'get', 'iterate'] as const) {
    const original = originals[name];
    proto[name] = function (this: Database.Statement, ...args: unknown[]) {
      if (pattern.test(this.source)) runs++;
      return original.apply(this, args);
    };
  }
  return { runs: () => runs, stop: () => Object.assign(proto, originals) };
}

test('an ack of records out on a lease reads nothing from the file; a range not all leased reads it and acks exactly', async () => {
  let db: Database.Database | undefined;
  const outbox = open(storePath(), new FakeClocks(), { compact_status: false, staging_journal: false }, { onDatabase: (opened) => (db = opened) });
  await outbox.enqueue([reading('a'), reading('b'), reading('c'), reading('d'), reading('e')]);
  const lease = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 3 });
  assert.equal(seqsOf(lease), [1, 2, 3]);
  const before = outbox.stats();
  const spy = spyStatements(db!, /BETWEEN/);
  try {
    assert.is(outbox.ack([{ first: 1, last: 3 }]), 3);
    assert.is(spy.runs(), 0, 'a wholly leased range is acked from the leases');
    const leasedBytes = lease!.records.reduce((total, record) => total + record.bytes.length, 0);
    assert.is(outbox.stats().records, before.records - 3);
    assert.is(outbox.stats().bytes, before.bytes - leasedBytes, 'the sizes the leases kept are the stored sizes');
    // 3 is acked already, 4 and 5 were never leased, 6 and 7 do not exist: only the file knows.
    assert.is(outbox.ack([{ first: 3, last: 7 }]), 2);
    assert.ok(spy.runs() > 0, 'a range not all leased reads the file');
    assert.is(outbox.ack([{ first: 1, last: 5 }]), 0, 'acked again: nothing new');
  } finally {
    spy.stop();
  }
  assert.is(outbox.stats().records, 0);
  assert.is(outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 }), undefined);
  await outbox.close();
});

test('a released lease acks through the file; a look at an outbox whose records are all out reads no rows', async () => {
  let db: Database.Database | undefined;
  // The body cache off: the look after a release reads the file here (body-cache.test.ts covers the look from memory).
  const outbox = open(storePath(), new FakeClocks(), { compact_status: false, staging_journal: false }, { onDatabase: (opened) => (db = opened), bodyCacheBytes: 0 });
  await outbox.enqueue([reading('a'), reading('b')]);
  const first = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 });
  assert.equal(seqsOf(first), [1, 2]);
  const pages = spyStatements(db!, /SELECT seq, size, body/);
  try {
    assert.is(outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 }), undefined);
    assert.is(pages.runs(), 0, 'every record is out: the next look needs no query');
    outbox.release(first!);
    assert.equal(seqsOf(outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 1 })), [1], 'released records are read again');
    assert.ok(pages.runs() > 0);
  } finally {
    pages.stop();
  }
  // Seq 2 is no longer leased: its ack finds it in the file.
  assert.is(outbox.ack([{ first: 1, last: 2 }]), 2);
  await outbox.enqueue([reading('c')]);
  assert.equal(seqsOf(outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 10 })), [3], 'a record committed after the look is found');
  await outbox.close();
});

test('a batch right after a commit does not probe the file again; a probe older than the window does, and finds damage', () => {
  const path = storePath();
  writeFileSync(path, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096)]));
  const clocks = new FakeClocks();
  const watch = new DamageWatch(path, silentLogger(), () => ({ records: 0, bytes: 0 }), () => false, undefined, clocks.monotonic);
  try {
    assert.is(watch.checkUnlessSoundWithin(1000), false, 'no probe yet: probed, sound');
    copyFileSync(path, `${path}.copy`);
    renameSync(`${path}.copy`, path);
    clocks.advance(999);
    assert.is(watch.checkUnlessSoundWithin(1000), false, 'found sound 999 ms ago: not probed again');
    assert.is(watch.error, undefined);
    clocks.advance(1);
    assert.is(watch.checkUnlessSoundWithin(1000), true, 'a second on: probed, the file was replaced');
    assert.ok(watch.error);
    assert.is(watch.checkUnlessSoundWithin(1000), true, 'damaged stays damaged');
  } finally {
    watch.close();
  }
});

test.run();
