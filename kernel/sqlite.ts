/**
 * The one way to open a SQLite database (outbox, centre, maintenance, tests). Two builds of
 * better-sqlite3 are installed because no single one runs on every Node the agent supports:
 * 12 is compiled against V8's ABI and aborts on Node 24 (`Assertion failed: (env) != nullptr`
 * in Statement::~Statement, after Node 24 changed ObjectWrap); 13 is Node-API but needs Node 22
 * and crashes on Node 20. 13 is installed under the alias `better-sqlite3-napi`; this module picks
 * one by the running Node's major. Both have the same API, typed by @types/better-sqlite3.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { OutpostError } from './errors.js';

export type SqliteDatabase = BetterSqlite3.Database;
export type SqliteStatement = BetterSqlite3.Statement;
export type SqliteOptions = BetterSqlite3.Options;

/** The first Node major that gets better-sqlite3 13 (Node-API) instead of 12. */
export const NODE_API_FROM_MAJOR = 22;

const nodeMajor = Number(process.versions.node.split('.')[0]);

/** The package this Node loads, as npm names it in node_modules. */
export const sqlitePackage = nodeMajor >= NODE_API_FROM_MAJOR ? 'better-sqlite3-napi' : 'better-sqlite3';

// Literal specifiers, so a bundler (test/outbox/crash.test.ts) can keep both external. Only the
// JavaScript loads here; the addon loads at the first open, where its failure is reported.
const loaded: typeof BetterSqlite3 | Error = await (nodeMajor >= NODE_API_FROM_MAJOR ? import('better-sqlite3-napi') : import('better-sqlite3')).then(
  (module) => module.default,
  (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
);

let addonLoaded = false;

export function openDatabase(path: string, options?: SqliteOptions): SqliteDatabase {
  if (loaded instanceof Error) throw unusable(loaded);
  if (addonLoaded) return new loaded(path, options);
  try {
    const db = new loaded(path, options);
    addonLoaded = true;
    return db;
  } catch (error) {
    throw isAddonFailure(error) ? unusable(error) : error;
  }
}

/** The addon itself is missing or cannot load (built for another Node, another architecture). */
function isAddonFailure(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ERR_DLOPEN_FAILED' || code === 'MODULE_NOT_FOUND' || /Could not locate the bindings file|NODE_MODULE_VERSION/.test(error.message);
}

function unusable(error: Error): OutpostError {
  const wanted = sqlitePackage === 'better-sqlite3' ? 'better-sqlite3 12' : 'better-sqlite3 13 (npm alias better-sqlite3-napi)';
  return new OutpostError(`SQLite: Node ${process.versions.node} needs ${wanted}, which did not load: ${error.message.split('\n')[0]}`, {
    code: 'sqlite.unavailable',
    subject: sqlitePackage,
    hint: 'reinstall the outpost package (or run `npm ci` in a checkout) for this Node and architecture; Node 20, 22 and 24 are supported',
    cause: error,
  });
}
