import type Database from 'better-sqlite3';
import { bodyKinds, type BodyKind } from '../wire/index.js';
import type { RetentionCutoff } from './store.js';

/** Records per retention transaction: milliseconds each, so ingest commits go on between them. */
const RETENTION_CHUNK = 5000;

/**
 * Retention on SQLite. Each cutoff walks the records in id (arrival) order a chunk at a time,
 * each chunk its own transaction with the event loop free between them, deleting its kinds'
 * records that arrived before the cutoff; the walk ends at the first chunk that reaches past the
 * cutoff, so it needs no index on the arrival time. With classes kept for different times the
 * oldest rows left are those of the longer-kept classes: `floors` remembers, per cutoff's kinds,
 * the id up to which a walk has already been, so the next pass starts there and not at the
 * first row (after a restart, one pass walks from the start again).
 */
export class SqliteRetention {
  private readonly floors = new Map<string, number>();
  private readonly chunkEnd: Database.Statement;
  private readonly oldest: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.chunkEnd = db.prepare(`SELECT id, received_unix_ms AS received FROM records WHERE id > ? ORDER BY id LIMIT 1 OFFSET ${RETENTION_CHUNK - 1}`);
    // One step down records_by_kind (kind, time_unix_ms) per kind.
    this.oldest = db.prepare('SELECT min(time_unix_ms) FROM records WHERE kind = ?').pluck();
  }

  /** Deletes what each cutoff covers; returns how many records of each kind went. */
  async deleteBefore(cutoffs: readonly RetentionCutoff[]): Promise<Partial<Record<BodyKind, number>>> {
    const removed: Partial<Record<BodyKind, number>> = {};
    for (const cutoff of cutoffs) {
      const key = [...cutoff.kinds].sort().join(',');
      const deleteOld = this.db.prepare(`DELETE FROM records WHERE id > ? AND id <= ? AND received_unix_ms < ? AND kind IN (${cutoff.kinds.map(() => '?').join(', ')}) RETURNING kind`).pluck();
      const lastRow = this.db.prepare('SELECT max(id) FROM records').pluck();
      const deleteChunk = this.db.transaction((afterId: number) => {
        const end = this.chunkEnd.get(afterId) as { id: number; received: number } | undefined;
        // The last, short chunk runs to the newest row.
        const lastId = end?.id ?? ((lastRow.get() as number | null) ?? afterId);
        const kinds = lastId > afterId ? (deleteOld.all(afterId, lastId, cutoff.cutoffMs, ...cutoff.kinds) as BodyKind[]) : [];
        return { lastId, kinds, past: end === undefined || end.received >= cutoff.cutoffMs };
      });
      let afterId = this.floors.get(key) ?? 0;
      for (;;) {
        const { lastId, kinds, past } = deleteChunk(afterId);
        for (const kind of kinds) removed[kind] = (removed[kind] ?? 0) + 1;
        if (past) break;
        afterId = lastId;
        this.floors.set(key, afterId);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return removed;
  }

  /** The earliest record time held of each kind. */
  oldestRecordTimes(): Partial<Record<BodyKind, number>> {
    const oldest: Partial<Record<BodyKind, number>> = {};
    for (const kind of bodyKinds) {
      const time = this.oldest.get(kind) as number | null;
      if (time !== null) oldest[kind] = time;
    }
    return oldest;
  }
}
