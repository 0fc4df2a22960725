/**
 * Which stored records are out with the uplink. Leases live only in memory: after a restart
 * every record is offered again, and the centre drops the copies it already has by
 * (store_id, seq).
 */
export interface LeasedSeq {
  seq: number;
  priority: number;
}

/** A record out on a lease: what an ack of it needs (the backlog's seq, class and size) without reading the store. */
interface Held extends LeasedSeq {
  size: number;
  lease: number;
}

/** The longest acked range looked up seq by seq among the leases; longer ones read the store. */
const MAX_HELD_RANGE = 4096;

export class LeaseBook {
  private readonly holder = new Map<number, Held>();
  /** `live`: how many of `held` are still out (not acked); a lease whose records are all acked ends at once. */
  private readonly leases = new Map<number, { held: Held[]; live: number; expiresAt: number }>();
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
  grant(records: readonly { seq: number; priority: number; bytes: Uint8Array }[], expiresAt: number): number {
    const id = this.newId();
    const held = records.map(({ seq, priority, bytes }): Held => ({ seq, priority, size: bytes.length, lease: id }));
    this.leases.set(id, { held, live: held.length, expiresAt });
    for (const record of held) {
      this.holder.set(record.seq, record);
      this.offeredThrough[record.priority] = Math.max(this.offeredThrough[record.priority] ?? 0, record.seq);
    }
    return id;
  }

  /**
   * The records of [first, last] when every seq in it is out on a lease (the usual ack: one
   * envelope's records, consecutive seqs): an ack then needs no read of the store (issue 13).
   * Undefined when some seq is not held: only the store knows whether it exists and is unacked.
   */
  heldRange(first: number, last: number): { seq: number; priority: number; size: number }[] | undefined {
    if (!(first <= last) || last - first >= MAX_HELD_RANGE) return undefined;
    const records: Held[] = [];
    for (let seq = first; seq <= last; seq++) {
      const record = this.holder.get(seq);
      if (record === undefined) return undefined;
      records.push(record);
    }
    return records;
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
    const held = lease.held.filter((record) => this.holder.get(record.seq) === record);
    for (const { seq, priority } of held) {
      this.holder.delete(seq);
      // Back to be offered again: the class's next batch starts at or before it.
      this.offeredThrough[priority] = Math.min(this.offeredThrough[priority] ?? 0, seq - 1);
    }
    return held.map(({ seq, priority }) => ({ seq, priority }));
  }

  /**
   * The record left the store (acked); its lease no longer holds it. A lease with every record
   * acked ends here rather than at its expiry: on a post sending every second, a minute of
   * finished leases was otherwise walked by every `expire` (issue 13).
   */
  forget(seq: number): void {
    const record = this.holder.get(seq);
    if (record === undefined) return;
    this.holder.delete(seq);
    const lease = this.leases.get(record.lease);
    if (lease !== undefined && --lease.live === 0) this.leases.delete(record.lease);
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
