import type Database from 'better-sqlite3';
import type { DropSum } from './drops.js';

/**
 * Drop sums kept in the file, written in the same transaction as the deletes they count, so a
 * crash can neither lose a drop nor report it twice: the sums turn into Event records and are
 * cleared in one later transaction.
 */
export class DropLedger {
  private readonly sql;

  constructor(db: Database.Database) {
    this.sql = {
      add: db.prepare(`
        INSERT INTO drops (reason, priority, count, bytes, first_seq, last_seq, oldest_ms, newest_ms)
        VALUES (@reason, @priority, @count, @bytes, @firstSeq, @lastSeq, @oldestMs, @newestMs)
        ON CONFLICT (reason, priority) DO UPDATE SET
          count = count + excluded.count,
          bytes = bytes + excluded.bytes,
          first_seq = CASE WHEN first_seq = 0 THEN excluded.first_seq WHEN excluded.first_seq = 0 THEN first_seq ELSE min(first_seq, excluded.first_seq) END,
          last_seq = max(last_seq, excluded.last_seq),
          oldest_ms = min(oldest_ms, excluded.oldest_ms),
          newest_ms = max(newest_ms, excluded.newest_ms)`),
      all: db.prepare(
        'SELECT reason, priority, count, bytes, first_seq AS firstSeq, last_seq AS lastSeq, oldest_ms AS oldestMs, newest_ms AS newestMs FROM drops ORDER BY reason, priority',
      ),
      clear: db.prepare('DELETE FROM drops'),
      any: db.prepare('SELECT 1 FROM drops LIMIT 1').pluck(),
    };
  }

  add(sums: readonly DropSum[]): void {
    for (const sum of sums) this.sql.add.run(sum);
  }

  /** Every sum not yet reported, then none. */
  take(): DropSum[] {
    const sums = this.sql.all.all() as DropSum[];
    this.sql.clear.run();
    return sums;
  }

  get pending(): boolean {
    return this.sql.any.get() !== undefined;
  }
}
