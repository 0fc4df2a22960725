// better-sqlite3 13 under its npm alias (see sqlite.ts): the same API as 12, typed by @types/better-sqlite3.
declare module 'better-sqlite3-napi' {
  import Database = require('better-sqlite3');
  export = Database;
}
