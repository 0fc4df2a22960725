/**
 * Which stored records are out with the uplink. Leases live only in memory: after a restart
 * every record is offered again, and the centre drops the copies it already has by
 * (store_id, seq).
 */
export interface LeasedSeq {
  seq: number;
  priority: number;
}

export class LeaseBook {
  private readonly holder = new Map<number, number>();
  /** `live`: how many of `held` are still out (not acked); a lease whose records are all acked ends at once. */
  private readonly leases = new Map<number, { held: LeasedSeq[]; live: number; expiresAt: number }>();
  /**
   * Per class, a seq at or below which no record is waiting to be offered: each was leased, and
   * is still out, acked or gone. The next batch reads the store from there instead of reading
   * (bodies and all) every record still out or awaiting its ack write on each call (issue 13).
   */
  private readonly offeredThrough = [0, 0, 0, 0];

  constructor(private readonly newId: () => number) {}

  has(seq: number): boolean {
    return this.holder.has(seq);
  }

  /** `records` must be, per class, the oldest records not yet offered (what the store's `collect` returns). */
  grant(records: readonly LeasedSeq[], expiresAt: number): number {
    const id = this.newId();
    this.leases.set(id, { held: records.map(({ seq, priority }) => ({ seq, priority })), live: records.length, expiresAt });
    for (const { seq, priority } of records) {
      this.holder.set(seq, id);
      this.offeredThrough[priority] = Math.max(this.offeredThrough[priority] ?? 0, seq);
    }
    return id;
  }

  /** Where the class's next batch starts: every record of the class at or below this seq is out, acked or gone. */
  resumeAfter(priority: number): number {
    return this.offeredThrough[priority] ?? 0;
  }

  /** Ends a lease; returns the records it still held (not acked meanwhile). Unknown or ended leases give none. */
  release(id: number): LeasedSeq[] {
    const lease = this.leases.get(id);
    if (lease === undefined) return [];
    this.leases.delete(id);
    const held = lease.held.filter(({ seq }) => this.holder.get(seq) === id);
    for (const { seq, priority } of held) {
      this.holder.delete(seq);
      // Back to be offered again: the class's next batch starts at or before it.
      this.offeredThrough[priority] = Math.min(this.offeredThrough[priority] ?? 0, seq - 1);
    }
    return held;
  }

  /**
   * The record left the store (acked); its lease no longer holds it. A lease with every record
   * acked ends here rather than at its expiry: on a post sending every second, a minute of
   * finished leases was otherwise walked by every `expire` (issue 13).
   */
  forget(seq: number): void {
    const id = this.holder.get(seq);
    if (id === undefined) return;
    this.holder.delete(seq);
    const lease = this.leases.get(id);
    if (lease !== undefined && --lease.live === 0) this.leases.delete(id);
  }

  /** Ends every lease that ran out by `now`; returns the records they still held. */
  expire(now: number): LeasedSeq[] {
    const freed: LeasedSeq[] = [];
    for (const [id, lease] of this.leases) {
      if (lease.expiresAt <= now) freed.push(...this.release(id));
    }
    return freed;
  }

  /** Records currently leased. */
  get size(): number {
    return this.holder.size;
  }
}
