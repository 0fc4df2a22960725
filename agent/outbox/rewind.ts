import type Database from 'better-sqlite3';
import type { outpost } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { readHighWater } from './high-water.js';
import { storeResetRecord } from './notices.js';
import { newStoreId } from './store-file.js';

/** A store that reopened older than it was: seqs it had committed are gone and would be handed out again. */
export interface Rewind {
  oldStoreId: string;
  newStoreId: bigint;
  /** The seqs that were committed under the old id and are no longer in the file. */
  lostFirst: number;
  lostLast: number;
}

/**
 * Compares the file with its high-water mark (invariant 10). When the file's highest seq is
 * below the mark, the WAL holding the newer commits was lost: the store takes a new store id
 * in a durable transaction, so no (store id, seq) the centre already has is ever reused, and
 * returns what was lost for the STORE_RESET event. Records still in the file keep their seqs
 * under the new id and are sent (again) under it.
 */
export function checkRewind(db: Database.Database, markPath: string, storeId: string, highest: number): Rewind | undefined {
  const mark = readHighWater(markPath);
  if (mark === undefined || mark.storeId !== storeId || mark.highest <= highest) return undefined;
  const fresh = newStoreId();
  db.prepare('UPDATE store SET store_id = ? WHERE id = 1').run(fresh.toString());
  return { oldStoreId: storeId, newStoreId: fresh, lostFirst: highest + 1, lostLast: mark.highest };
}

export function rewindEvent(rewind: Rewind, wallMs: number): outpost.v1.IRecord {
  const lost = rewind.lostLast - rewind.lostFirst + 1;
  return storeResetRecord(
    wallMs,
    `the outbox reopened older than it was (its WAL was lost, or the storage acknowledged writes it never made): ` +
      `${lost} committed record(s), seqs ${rewind.lostFirst}..${rewind.lostLast} of store ${rewind.oldStoreId}, are gone unless the centre has them; ` +
      `the store continues as ${rewind.newStoreId.toString()} so no seq is reused`,
    {
      reason: 'store went backwards',
      old_store_id: rewind.oldStoreId,
      lost_first_seq: String(rewind.lostFirst),
      lost_last_seq: String(rewind.lostLast),
      lost_records: String(lost),
    },
  );
}

/** Says so in the log and queues the STORE_RESET event, first of the new store id. */
export function announceRewind(rewind: Rewind, path: string, outbox: { enqueue(records: outpost.v1.IRecord[]): Promise<number[]> }, options: { log: Logger; now: () => number }): void {
  options.log.error(
    { path, old_store_id: rewind.oldStoreId, store_id: rewind.newStoreId.toString(), lost_first_seq: rewind.lostFirst, lost_last_seq: rewind.lostLast },
    'outbox reopened older than its high-water mark (lost WAL or lying storage); took a new store id so no seq is reused',
  );
  outbox.enqueue([rewindEvent(rewind, options.now())]).catch((error: unknown) => options.log.error({ err: describeError(error) }, 'could not store the STORE_RESET event'));
}
