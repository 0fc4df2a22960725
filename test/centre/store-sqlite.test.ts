import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { v1 } from '../../wire/index.js';
import { SqliteCentreStore } from '../../centre/sqlite-store.js';
import { tempDir } from '../support/tmp.js';
import { storeConformance } from './store-conformance.js';

storeConformance('SQLite', async () => {
  const store = SqliteCentreStore.open(join(tempDir(), 'centre.db'));
  return { store, seqs: async (postId) => store.seqs(postId) };
});

test('a database from before the incident id column gets it, filled in from the stored incidents, at open', async () => {
  const path = join(tempDir(), 'old.db');
  const old = new Database(path);
  // The records table as the first builds created it.
  old.exec(`CREATE TABLE records (
    id INTEGER PRIMARY KEY, post_id TEXT NOT NULL, store_id TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL, sensor TEXT NOT NULL,
    time_unix_ms INTEGER NOT NULL, time_quality INTEGER NOT NULL, priority INTEGER NOT NULL, received_unix_ms INTEGER NOT NULL, body BLOB NOT NULL,
    UNIQUE (post_id, store_id, seq))`);
  const insert = old.prepare("INSERT INTO records (post_id, store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body) VALUES ('bp-1', '9', ?, ?, '', 1, 1, 2, 1, ?)");
  insert.run(1, 'incident', Buffer.from(v1.Record.encode({ seq: 1, incident: { id: 'inc-old' } }).finish()));
  insert.run(2, 'incident', Buffer.from([0xff, 0xff]));
  insert.run(3, 'reading', Buffer.from(v1.Record.encode({ seq: 3, reading: { sensor: 'power' } }).finish()));
  old.close();
  const store = SqliteCentreStore.open(path);
  try {
    assert.is((await store.recordByBodyId('incident', 'bp-1', 'inc-old'))?.seq, 1);
    assert.is(await store.recordByBodyId('incident', 'bp-1', ''), undefined, 'a body that does not decode is left without an id');
    assert.is((await store.records({ kinds: ['reading'], limit: 10 })).length, 1);
  } finally {
    await store.close();
  }
  // Opening again does not migrate twice.
  const again = SqliteCentreStore.open(path);
  assert.is((await again.recordByBodyId('incident', 'bp-1', 'inc-old'))?.seq, 1);
  await again.close();
});

test.run();
