import type Database from 'better-sqlite3';

/** Records per retention transaction: milliseconds each, so ingest commits go on between them. */
const RETENTION_CHUNK = 5000;

/**
 * Retention on SQLite: deletes the records that arrived before `cutoffMs`, walking them in id
 * (arrival) order a chunk at a time, each chunk its own transaction with the event loop free
 * between them, and stops at the first chunk with nothing to delete: a pass reads little past
 * the cutoff and needs no index on the arrival time. Returns how many were deleted.
 */
export async function deleteRecordsBefore(db: Database.Database, cutoffMs: number): Promise<number> {
  const chunkEnd = db.prepare(`SELECT max(id) FROM (SELECT id FROM records WHERE id > ? ORDER BY id LIMIT ${RETENTION_CHUNK})`).pluck();
  const deleteOld = db.prepare('DELETE FROM records WHERE id > ? AND id <= ? AND received_unix_ms < ?');
  const deleteChunk = db.transaction((afterId: number) => {
    const lastId = chunkEnd.get(afterId) as number | null;
    return { lastId, deleted: lastId === null ? 0 : deleteOld.run(afterId, lastId, cutoffMs).changes };
  });
  let records = 0;
  let afterId = 0;
  for (;;) {
    const { lastId, deleted } = deleteChunk(afterId);
    records += deleted;
    if (lastId === null || deleted === 0) return records;
    afterId = lastId;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
