import { existsSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { openDatabase } from '../../kernel/sqlite.js';
import { v1 } from '../../wire/index.js';
import { FakeClocks, detection, drainAll, open, snapshot, storePath } from './helpers.js';
import { SCHEMA_VERSION } from '../../agent/outbox/store-file.js';

const test = suite('outbox: unreadable store at start');

/** Opens what is at `path`, expecting a reset: returns the reset event and the moved-aside file. */
async function expectReset(path: string, reason: RegExp, clocks = new FakeClocks()): Promise<string> {
  const outbox = open(path, clocks);
  try {
    const records = drainAll(outbox);
    assert.is(records.length, 1, 'a fresh store holds only the reset event');
    const event = records[0]?.event;
    assert.is(event?.kind, v1.EventKind.EVENT_KIND_STORE_RESET);
    assert.is(event?.severity, v1.Severity.SEVERITY_ALARM);
    assert.match(event?.attributes?.['reason'] ?? '', reason);
    const movedTo = event?.attributes?.['moved_to'] ?? '';
    assert.is(dirname(movedTo), dirname(path));
    const stamp = new Date(clocks.wall).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    assert.match(basename(movedTo), new RegExp(`^outbox\\.db\\.corrupt-${stamp}(-\\d+)?$`));
    assert.ok(existsSync(movedTo), 'the unreadable file is kept for a post-mortem');
    assert.equal(await outbox.enqueue([detection('after reset')]), [2], 'the fresh store works, after the event');
    assert.is(outbox.health().status, 'ok');
    return movedTo;
  } finally {
    await outbox.close();
  }
}

/** A store with enough records to span many pages, closed cleanly. */
async function filledStore(): Promise<string> {
  const path = storePath();
  const outbox = open(path, new FakeClocks());
  await outbox.enqueue(Array.from({ length: 200 }, (_, index) => snapshot(`c${index}`, 500)));
  await outbox.close();
  return path;
}

test('garbage: moved aside with its -wal and -shm, a fresh store with a new id and a STORE_RESET alarm', async () => {
  const path = storePath();
  const garbage = Buffer.alloc(16_384, 'not a database, just bytes ');
  writeFileSync(path, garbage);
  writeFileSync(`${path}-wal`, 'stale wal');
  writeFileSync(`${path}-shm`, 'stale shm');
  const movedTo = await expectReset(path, /not an SQLite database/);
  assert.equal(readFileSync(movedTo), garbage, 'moved, not rewritten');
  assert.is(readFileSync(`${movedTo}-wal`, 'utf8'), 'stale wal');
  assert.is(readFileSync(`${movedTo}-shm`, 'utf8'), 'stale shm');
});

test('a truncated file is moved aside', async () => {
  const path = await filledStore();
  truncateSync(path, Math.floor(statSync(path).size / 2));
  await expectReset(path, /quick_check|malformed|SQLITE_CORRUPT/i);
});

test('a file whose pages were overwritten in the middle is moved aside', async () => {
  const path = await filledStore();
  const bytes = readFileSync(path);
  bytes.fill(0xa5, 8_192, 20_480);
  writeFileSync(path, bytes);
  await expectReset(path, /quick_check|malformed|SQLITE_CORRUPT/i);
});

test('a zero-byte file is moved aside', async () => {
  const path = storePath();
  writeFileSync(path, '');
  await expectReset(path, /empty \(0 bytes\)/);
});

test('a store from a newer agent (higher schema version) is moved aside, not rewritten', async () => {
  const path = await filledStore();
  const db = openDatabase(path);
  db.pragma('user_version = 7');
  db.close();
  const movedTo = await expectReset(path, new RegExp(`schema version 7, newer than this agent's ${SCHEMA_VERSION}`));
  const old = openDatabase(movedTo, { readonly: true });
  assert.is(old.prepare('SELECT count(*) FROM records').pluck().get(), 200, 'its records are intact for a newer agent');
  old.close();
});

test('an SQLite file that is not an outbox store is moved aside', async () => {
  const path = storePath();
  const db = openDatabase(path);
  db.exec('CREATE TABLE something_else (x)');
  db.close();
  await expectReset(path, /not an outbox store/);
});

test('a reset store opens cleanly next time (no crash loop), and resets on the same second get their own names', async () => {
  const path = storePath();
  const clocks = new FakeClocks();
  writeFileSync(path, 'garbage one'.repeat(1000));
  const first = await expectReset(path, /not an SQLite database/, clocks);
  const again = open(path, clocks);
  assert.is(drainAll(again).length, 2, 'no second reset: the reset event and the record written after it');
  await again.close();
  writeFileSync(path, 'garbage two'.repeat(1000));
  const second = await expectReset(path, /not an SQLite database/, clocks);
  assert.is.not(second, first);
  assert.equal(
    readdirSync(dirname(path)).filter((name) => name.includes('.corrupt-') && !/-(wal|shm|staged)$/.test(name)).length,
    2,
  );
});

test('a -wal left without its database is moved aside rather than replayed into the new store', async () => {
  const path = storePath();
  writeFileSync(`${path}-wal`, Buffer.alloc(4096, 1));
  const outbox = open(path, new FakeClocks());
  assert.equal(drainAll(outbox), [], 'a new store, not a reset (there was no store)');
  await outbox.close();
  assert.ok(readdirSync(dirname(path)).some((name) => /\.orphan-.*-wal$/.test(name)));
});

test('a store half-built when the power went is discarded, not mistaken for the store', async () => {
  const path = storePath();
  writeFileSync(`${path}.init`, 'half a new store');
  const outbox = open(path, new FakeClocks());
  assert.equal(drainAll(outbox), [], 'a fresh store, no reset event: there was no store yet');
  await outbox.close();
  assert.not.ok(existsSync(`${path}.init`));
});

test('a healthy store is never moved aside', async () => {
  const path = await filledStore();
  const outbox = open(path, new FakeClocks());
  assert.is(outbox.stats().records, 200);
  await outbox.close();
  assert.equal(readdirSync(dirname(path)).filter((name) => name.includes('.corrupt-')), []);
  assert.ok(existsSync(join(dirname(path), 'outbox.db')));
});

test.run();
