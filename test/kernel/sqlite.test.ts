import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { NODE_API_FROM_MAJOR, openDatabase, sqlitePackage } from '../../kernel/sqlite.js';
import { tempDir } from '../support/tmp.js';

/**
 * kernel/sqlite.ts picks better-sqlite3 12 (V8 ABI) on Node 20 and 13 (Node-API, alias
 * better-sqlite3-napi) from Node 22 on. Run on each Node by scripts/node-matrix.sh (CI's node22
 * and node24 steps), this checks which addon the process really mapped, not only which name was picked.
 */
const major = Number(process.versions.node.split('.')[0]);

/** The SQLite addons this process has loaded, from the kernel's list of its mappings. */
function mappedSqliteAddons(): string[] {
  const paths = readFileSync('/proc/self/maps', 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[5] ?? '')
    .filter((path) => path.endsWith('.node') && path.includes('sqlite'));
  return [...new Set(paths)];
}

test(`Node ${process.versions.node} loads the better-sqlite3 build made for it, and only that one`, () => {
  const db = openDatabase(':memory:');
  const version = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  assert.match(version, /^3\.\d+\.\d+$/);
  const expected = major >= NODE_API_FROM_MAJOR ? 'better-sqlite3-napi' : 'better-sqlite3';
  assert.is(sqlitePackage, expected);
  const addons = mappedSqliteAddons();
  assert.is(addons.length, 1, `one SQLite addon mapped, found: ${addons.join(', ') || 'none'}`);
  assert.match(addons[0] as string, new RegExp(`/node_modules/${expected}/`), `Node ${major} maps ${expected}'s addon`);
});

test('a file database written, closed with statements still referenced, and reopened keeps its rows', () => {
  const dir = tempDir('outpost-sqlite-');
  const path = join(dir, 'rows.db');
  const db = openDatabase(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE rows (n INTEGER PRIMARY KEY, body BLOB NOT NULL)');
  const insert = db.prepare('INSERT INTO rows (n, body) VALUES (?, ?)');
  db.transaction(() => {
    for (let n = 1; n <= 500; n += 1) insert.run(n, Buffer.alloc(64, n));
  })();
  const count = db.prepare('SELECT count(*) AS c FROM rows');
  assert.is((count.get() as { c: number }).c, 500);
  db.close();
  // The statements outlive the connection: using one now is a JavaScript error, not a native crash.
  assert.throws(() => count.get(), /database connection is not open/);
  const again = openDatabase(path, { readonly: true, fileMustExist: true });
  const row = again.prepare('SELECT body FROM rows WHERE n = 500').get() as { body: Buffer };
  again.close();
  assert.equal(row.body, Buffer.alloc(64, 500 % 256));
});

test.run();
