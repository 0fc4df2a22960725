import { DropTally } from './drops.js';

/**
 * What one transaction changes in the in-memory mirrors of the file (class totals, newest seq
 * per compaction key, drop-report records, drop sums). Applied only once the transaction
 * commits, so a failed write leaves the mirrors matching the file.
 */
export class Change {
  readonly records = [0, 0, 0, 0];
  readonly bytes = [0, 0, 0, 0];
  readonly keys = new Map<string, number>();
  /** Drop-report records written (seq, size) and deleted (seq). */
  readonly reportsAdded = new Map<number, number>();
  readonly reportsRemoved = new Set<number>();
  readonly drops = new DropTally();
  readonly dropped = { evicted: 0, expired: 0, compacted: 0 };
  /** Records were deleted (one by one, or a segment dropped): the next seq is saved with them, since the highest seq may be among them. */
  deleted = false;
  /** The transaction saves the next seq itself (an enqueue's commit, whose seqs are not yet in `nextSeq`). */
  seqSaved = false;
  /** The drop sums (file and memory) became Event records in this transaction. */
  reported = false;
}
