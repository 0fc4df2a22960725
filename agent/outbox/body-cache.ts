/**
 * The bodies of the records committed last, per class, so that the next batch on a busy post is
 * served from memory instead of the page query that reads back what was written a millisecond
 * earlier (issue 13). Safe by construction:
 *
 * - it learns of records only from a committed transaction (RecordStore.apply runs after the
 *   commit returned), so nothing uncommitted can be sent from it;
 * - per class it holds EVERY live record with a seq above `completeAfter`, in seq order: the first
 *   commit that inserts into a class sets it just below its first new seq (the class's older
 *   records all have smaller seqs); trimming the oldest entry for the byte bound raises it to that
 *   entry's seq; acked records leave, and any deletion (eviction, expiry, compaction, drop reports)
 *   forgets everything, as deletions are rare and the page query is always right;
 * - a read asks for the records after `from` and gets them only when `from >= completeAfter`,
 *   i.e. when the cache holds the whole range the query would read; else undefined: read the file.
 */
export interface CachedBody {
  seq: number;
  size: number;
  /** The stored bytes, seq included (a copy: never the store's scratch buffer). */
  body: Buffer;
}

interface ClassCache {
  entries: CachedBody[];
  /** entries[head..] are live; the front is trimmed by moving head, the array compacted now and then. */
  head: number;
  /** Every live record of the class with a seq above this is in entries; undefined: the cache knows nothing. */
  completeAfter: number | undefined;
}

export interface CommittedChange {
  /** Records the transaction inserted, seq order, with their class; a body left out (too large to keep) ends the class's range there. */
  inserted: readonly { seq: number; size: number; body: Buffer | undefined; priority: number }[];
  /** Seq ranges the transaction marked acked. */
  acked: readonly { first: number; last: number }[];
  /** The transaction deleted records (or dropped a segment). */
  deleted: boolean;
}

export class BodyCache {
  private readonly classes: ClassCache[] = [0, 1, 2, 3].map(() => ({ entries: [], head: 0, completeAfter: undefined }));
  private bytes = 0;

  /** `maxBytes` 0 turns the cache off: every page is read from the file. */
  constructor(private readonly maxBytes: number) {}

  /** Whether a record of this many bytes is worth a copy: a quarter of the bound at most, and 16 KiB (readings are ~300 bytes). */
  keeps(size: number): boolean {
    return size <= Math.min(16 * 1024, this.maxBytes / 4);
  }

  /** What a committed transaction changed. Call only after its commit. */
  applied(change: CommittedChange): void {
    if (this.maxBytes <= 0) return;
    if (change.deleted) {
      this.forget();
      return;
    }
    for (const range of change.acked) this.removeAcked(range.first, range.last);
    for (const record of change.inserted) {
      const cache = this.classes[record.priority];
      if (cache === undefined) continue;
      if (record.body === undefined) {
        // Not kept (a snapshot, say): the class's range restarts above it.
        for (let i = cache.head; i < cache.entries.length; i++) this.bytes -= cache.entries[i]!.body.length;
        cache.entries = [];
        cache.head = 0;
        cache.completeAfter = record.seq;
        continue;
      }
      cache.completeAfter ??= record.seq - 1;
      cache.entries.push({ seq: record.seq, size: record.size, body: record.body });
      this.bytes += record.body.length;
    }
    this.trim();
  }

  /**
   * The class's live records with seqs above `from`, oldest first, or undefined when the cache
   * does not hold them all. The caller must not keep the array.
   */
  after(priority: number, from: number): CachedBody[] | undefined {
    const cache = this.classes[priority];
    if (cache === undefined || cache.completeAfter === undefined || from < cache.completeAfter) return undefined;
    const { entries } = cache;
    let at = cache.head;
    while (at < entries.length && entries[at]!.seq <= from) at++;
    return at === 0 ? entries : entries.slice(at);
  }

  /** Bytes of bodies held (for tests and figures). */
  get heldBytes(): number {
    return this.bytes;
  }

  private removeAcked(first: number, last: number): void {
    for (const cache of this.classes) {
      const { entries } = cache;
      // Acks come mostly in order: the front first, then any stragglers inside.
      while (cache.head < entries.length && entries[cache.head]!.seq >= first && entries[cache.head]!.seq <= last) this.dropFront(cache);
      let inside = false;
      for (let i = cache.head; i < entries.length && !inside; i++) inside = entries[i]!.seq >= first && entries[i]!.seq <= last;
      if (inside) {
        const kept = entries.slice(cache.head).filter((entry) => {
          const acked = entry.seq >= first && entry.seq <= last;
          if (acked) this.bytes -= entry.body.length;
          return !acked;
        });
        cache.entries = kept;
        cache.head = 0;
      }
      this.compact(cache);
    }
  }

  /** Over the bound: the oldest entries go first, and the class's complete range starts after them. */
  private trim(): void {
    while (this.bytes > this.maxBytes) {
      let oldest: ClassCache | undefined;
      for (const cache of this.classes) {
        const front = cache.entries[cache.head];
        if (front !== undefined && (oldest === undefined || front.seq < oldest.entries[oldest.head]!.seq)) oldest = cache;
      }
      if (oldest === undefined) return;
      oldest.completeAfter = oldest.entries[oldest.head]!.seq;
      this.dropFront(oldest);
      this.compact(oldest);
    }
  }

  private dropFront(cache: ClassCache): void {
    this.bytes -= cache.entries[cache.head]!.body.length;
    cache.head++;
  }

  private compact(cache: ClassCache): void {
    if (cache.head === cache.entries.length) {
      cache.entries = [];
      cache.head = 0;
    } else if (cache.head >= 64 && cache.head * 2 >= cache.entries.length) {
      cache.entries = cache.entries.slice(cache.head);
      cache.head = 0;
    }
  }

  private forget(): void {
    for (const cache of this.classes) {
      cache.entries = [];
      cache.head = 0;
      cache.completeAfter = undefined;
    }
    this.bytes = 0;
  }
}
