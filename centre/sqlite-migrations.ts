import type Database from 'better-sqlite3';
import { BACKFILL_ROWS, bodyIdOf } from './body-ids.js';

/**
 * Changes to a SQLite database made by an earlier build, numbered in `PRAGMA user_version`
 * (the base schema is `CREATE … IF NOT EXISTS`, which adds tables but never columns). Never edit
 * one that has shipped: add the next. Each runs in one transaction.
 */
const MIGRATIONS: readonly { version: number; apply(db: Database.Database): void }[] = [
  {
    // Incidents and snapshots found by id through an index, not by decoding the post's latest ones.
    version: 1,
    apply(db) {
      const columns = db.prepare("SELECT name FROM pragma_table_info('records')").pluck().all() as string[];
      if (!columns.includes('body_id')) db.exec('ALTER TABLE records ADD COLUMN body_id TEXT');
      db.exec('CREATE INDEX IF NOT EXISTS records_by_body_id ON records (post_id, kind, body_id) WHERE body_id IS NOT NULL');
      const pending = db.prepare("SELECT id, body FROM records WHERE kind IN ('incident', 'snapshot') AND body_id IS NULL AND id > ? ORDER BY id LIMIT ?");
      const fill = db.prepare('UPDATE records SET body_id = ? WHERE id = ?');
      for (let after = 0; ; ) {
        const rows = pending.all(after, BACKFILL_ROWS) as { id: number; body: Buffer }[];
        for (const row of rows) {
          const id = bodyIdOf(row.body);
          if (id !== undefined) fill.run(id, row.id);
        }
        if (rows.length < BACKFILL_ROWS) break;
        after = rows.at(-1)?.id ?? after;
      }
    },
  },
  {
    // The signed message of each command, published again when its post comes online.
    version: 2,
    apply(db) {
      const columns = db.prepare("SELECT name FROM pragma_table_info('commands')").pluck().all() as string[];
      if (!columns.includes('signed')) db.exec('ALTER TABLE commands ADD COLUMN signed BLOB');
    },
  },
  {
    // A list filtered by sensor without a post (`/api/readings?sensor=…`) through an index, not
    // a walk of the kind's records in time order testing each one's sensor.
    version: 3,
    apply(db) {
      db.exec('CREATE INDEX IF NOT EXISTS records_by_sensor ON records (kind, sensor, time_unix_ms)');
    },
  },
];

export function migrateSqlite(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.apply(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
