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
  private readonly leases = new Map<number, { held: LeasedSeq[]; expiresAt: number }>();

  constructor(private readonly newId: () => number) {}

  has(seq: number): boolean {
    return this.holder.has(seq);
  }

  grant(records: readonly LeasedSeq[], expiresAt: number): number {
    const id = this.newId();
    this.leases.set(id, { held: records.map(({ seq, priority }) => ({ seq, priority })), expiresAt });
    for (const { seq } of records) this.holder.set(seq, id);
    return id;
  }

  /** Ends a lease; returns the records it still held (not acked meanwhile). Unknown or ended leases give none. */
  release(id: number): LeasedSeq[] {
    const lease = this.leases.get(id);
    if (lease === undefined) return [];
    this.leases.delete(id);
    const held = lease.held.filter(({ seq }) => this.holder.get(seq) === id);
    for (const { seq } of held) this.holder.delete(seq);
    return held;
  }

  /** The record left the store (acked); its lease no longer holds it. */
  forget(seq: number): void {
    this.holder.delete(seq);
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
