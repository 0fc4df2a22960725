import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { importsOf, readTree, treeRoot } from './import-rules.js';

/**
 * Every SQLite database is opened through kernel/sqlite.ts, which picks the better-sqlite3 build
 * the running Node can load (12 on Node 20, 13 from 22 on: 12 aborts on Node 24). A value import of
 * either package anywhere else would open with a build that crashes on some supported Node.
 * Type-only imports are fine: both builds share @types/better-sqlite3.
 */
const ONLY_LOADER = 'kernel/sqlite.ts';
/** This file, whose planted imports below are strings the parser reads like source. */
const THIS_FILE = 'test/architecture/sqlite-opens.test.ts';
const PACKAGES = new Set(['better-sqlite3', 'better-sqlite3-napi']);

/** test/ and bench/ too: a test that opens its own connection must run on every Node the matrix does. */
function testsAndBenches(root: string): [string, string][] {
  return ['test', 'bench'].flatMap((top) =>
    (readdirSync(join(root, top), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .map((file): [string, string] => [`${top}/${file}`, readFileSync(join(root, top, file), 'utf8')]),
  );
}

test('only kernel/sqlite.ts loads better-sqlite3', () => {
  const root = treeRoot();
  const loaders = [...readTree(root), ...testsAndBenches(root)]
    .filter(([file, source]) => file !== ONLY_LOADER && file !== THIS_FILE && importsOf(file, source).some((edge) => PACKAGES.has(edge.specifier) && edge.values.length > 0))
    .map(([file]) => file);
  assert.equal(loaders, [], `open databases with openDatabase() from kernel/sqlite.ts instead: ${loaders.join(', ')}`);
});

test('the check sees a value import and lets a type-only one through', () => {
  const edges = (source: string) => importsOf('agent/x.ts', source).filter((edge) => PACKAGES.has(edge.specifier) && edge.values.length > 0);
  assert.is(edges("import Database from 'better-sqlite3';").length, 1);
  assert.is(edges("const { default: D } = await import('better-sqlite3-napi');").length, 1);
  assert.is(edges("import type Database from 'better-sqlite3';").length, 0);
});

test.run();
