import { copyFileSync, existsSync, openSync, closeSync, renameSync, writeSync, truncateSync, statSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type Database from 'better-sqlite3';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { OutpostError } from '../../kernel/errors.js';
import { DeferredOutbox } from '../../agent/outbox/deferred.js';
import { SqliteOutbox } from '../../agent/outbox/index.js';
import { waitFor } from '../support/net.js';
import { FakeClocks, detection, options, storePath } from './helpers.js';

const test = suite('outbox: the file damaged while the store is open');

async function damagedWhileOpen(damage: (path: string) => void): Promise<void> {
  const path = storePath();
  const clocks = new FakeClocks();
  let db: Database.Database | undefined;
  const outbox = new DeferredOutbox((hooks) => SqliteOutbox.open(path, options(clocks, {}, { ...hooks, onDatabase: (opened) => (db = opened) })), silentLogger());
  try {
    await outbox.enqueue(Array.from({ length: 50 }, (_, index) => detection(`d${index}`)));
    const firstId = outbox.storeId;
    db?.pragma('wal_checkpoint(TRUNCATE)');
    damage(path);
    // The next statements (a batch for the uplink, an enqueue) meet the damage. The batch probes the
    // file when no probe found it sound within the last second (the enqueue's commit just did): a second on.
    clocks.advance(1_000);
    outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 1000 });
    const late = outbox.enqueue([detection('after')]);
    assert.is(outbox.health().status, 'fault', 'fault at once, not at the next maintenance');
    await waitFor('a fresh store', () => outbox.isOpen && outbox.storeId !== firstId);
    await late.catch(() => undefined);
    const lease = outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 1000 });
    const records = (lease?.records ?? []).map((record) => v1.Record.decode(record.bytes));
    const event = records.find((record) => record.event?.kind === v1.EventKind.EVENT_KIND_STORE_RESET)?.event;
    assert.ok(event, 'the fresh store starts with STORE_RESET');
    assert.is(event.attributes?.['lost_records'], '50');
    assert.ok(existsSync(event.attributes?.['moved_to'] ?? ''), 'the damaged file is kept for a post-mortem');
    assert.is(outbox.health().status, 'ok');
  } finally {
    await outbox.close();
  }
}

test('an enqueue pending when the damage is found is refused retryable, saying why (the pipeline offers it to the fresh store)', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  const outbox = new DeferredOutbox((hooks) => SqliteOutbox.open(path, options(clocks, {}, hooks)), silentLogger());
  try {
    await outbox.enqueue([detection('first')]);
    const firstId = outbox.storeId;
    truncateSync(path, 4096);
    clocks.advance(1_000);
    const pending = outbox.enqueue([detection('pending')]);
    outbox.nextBatch({ maxBytes: 1_000_000, maxRecords: 1000 });
    const refusal: unknown = await pending.then(() => undefined, (error: unknown) => error);
    assert.instance(refusal, OutpostError, 'the pending enqueue is refused');
    assert.is((refusal as OutpostError).retryable, true);
    assert.match((refusal as OutpostError).message, /damaged/);
    await waitFor('a fresh store', () => outbox.isOpen && outbox.storeId !== firstId);
  } finally {
    await outbox.close();
  }
});

test('garbage written over the file while open: fault at once, moved aside, fresh store, STORE_RESET counts the lost records', async () => {
  await damagedWhileOpen((path) => {
    const fd = openSync(path, 'r+');
    const garbage = Buffer.alloc(statSync(path).size, 0x5a);
    writeSync(fd, garbage, 0, garbage.length, 0);
    closeSync(fd);
  });
});

test('the file truncated while open: the same', async () => {
  await damagedWhileOpen((path) => truncateSync(path, 4096));
});

test('the file replaced by a sound copy while open: the same (the probe\'s kept descriptor still reads the old file\'s good header)', async () => {
  await damagedWhileOpen((path) => {
    copyFileSync(path, `${path}.copy`);
    renameSync(`${path}.copy`, path);
  });
});

test('the health watch\'s look (healthStatus, no counters) probes the file too: damage is found with nothing else going on', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  let db: Database.Database | undefined;
  const outbox = new DeferredOutbox((hooks) => SqliteOutbox.open(path, options(clocks, {}, { ...hooks, onDatabase: (opened) => (db = opened) })), silentLogger());
  try {
    await outbox.enqueue([detection('d0')]);
    const firstId = outbox.storeId;
    assert.is(outbox.healthStatus().status, 'ok');
    assert.ok(outbox.healthStatus() === outbox.healthStatus(), 'the same object while nothing changed');
    db?.pragma('wal_checkpoint(TRUNCATE)');
    truncateSync(path, 1024);
    const status = outbox.healthStatus();
    assert.is(status.status, 'fault', 'found by the look itself');
    assert.match(status.message ?? '', /truncated while open/);
    await waitFor('a fresh store', () => outbox.isOpen && outbox.storeId !== firstId);
    assert.is(outbox.healthStatus().status, 'ok');
  } finally {
    await outbox.close();
  }
  assert.is(outbox.healthStatus().status, 'stopped');
});

test.run();
