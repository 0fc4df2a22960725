/**
 * Which stored records are out with the uplink. Leases live only in memory: after a restart
 * every record is offered again, and the centre drops the copies it already has by
 * (store_id, seq).
 */
export class LeaseBook {
  private readonly holder = new Map<number, number>();
  private readonly leases = new Map<number, { seqs: number[]; expiresAt: number }>();

  constructor(private readonly newId: () => number) {}

  has(seq: number): boolean {
    return this.holder.has(seq);
  }

  grant(seqs: readonly number[], expiresAt: number): number {
    const id = this.newId();
    this.leases.set(id, { seqs: [...seqs], expiresAt });
    for (const seq of seqs) this.holder.set(seq, id);
    return id;
  }

  /** Ends a lease; returns the seqs it still held (not acked or dropped meanwhile). Unknown or ended leases give none. */
  release(id: number): number[] {
    const lease = this.leases.get(id);
    if (lease === undefined) return [];
    this.leases.delete(id);
    const held = lease.seqs.filter((seq) => this.holder.get(seq) === id);
    for (const seq of held) this.holder.delete(seq);
    return held;
  }

  /** The record left the store (acked); its lease no longer holds it. */
  forget(seq: number): void {
    this.holder.delete(seq);
  }

  /** Ends every lease that ran out by `now`; returns the seqs they still held. */
  expire(now: number): number[] {
    const freed: number[] = [];
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
