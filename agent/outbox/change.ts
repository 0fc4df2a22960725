import { v1, type outpost } from '../../wire/index.js';
import { DropTally } from './drops.js';

const { DropReason } = v1;

/** Records dropped per reason, each indexed by priority (the class), for `outpost status`. */
export class ClassDrops {
  readonly evicted = [0, 0, 0, 0];
  readonly expired = [0, 0, 0, 0];
  readonly compacted = [0, 0, 0, 0];

  add(other: ClassDrops): void {
    for (let p = 0; p < 4; p++) {
      this.evicted[p]! += other.evicted[p]!;
      this.expired[p]! += other.expired[p]!;
      this.compacted[p]! += other.compacted[p]!;
    }
  }
}

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
  /** Records inserted (with a copy of their stored bytes when the body cache is on) and seq ranges marked acked: the body cache learns them after the commit. */
  readonly inserted: { seq: number; size: number; body: Buffer | undefined; priority: number }[] = [];
  readonly ackedRanges: { first: number; last: number }[] = [];
  readonly drops = new DropTally();
  readonly dropped = { evicted: 0, expired: 0, compacted: 0 };
  readonly droppedPerClass = new ClassDrops();
  /** Records were deleted (one by one, or a segment dropped): the next seq is saved with them, since the highest seq may be among them. */
  deleted = false;
  /** The transaction saves the next seq itself (an enqueue's commit, whose seqs are not yet in `nextSeq`). */
  seqSaved = false;
  /** The staged records were written into the file in this transaction (the stage empties once it commits). */
  materialized = false;
  /** The drop sums (file and memory) became Event records in this transaction. */
  reported = false;

  /** Counts one dropped record in the totals and in its class. */
  countDrop(reason: outpost.v1.DropReason, priority: outpost.v1.Priority): void {
    const name = reason === DropReason.DROP_REASON_EVICTED ? 'evicted' : reason === DropReason.DROP_REASON_EXPIRED ? 'expired' : 'compacted';
    this.dropped[name] += 1;
    this.droppedPerClass[name][priority]! += 1;
  }
}
