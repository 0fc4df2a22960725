/**
 * The clock that record ages, TTLs and leases are measured on. It advances with the monotonic
 * clock while the agent runs, so a wall clock corrected by years (a GPS fix after a bad RTC)
 * neither expires every record at once nor keeps them forever.
 *
 * Across a restart the monotonic clock starts again, so the store clock resumes from the value
 * saved in the file plus the downtime that the wall clock shows, but only when that downtime is
 * believable: between zero and `maxCreditMs` (the longest TTL). A wall clock that went backwards
 * or leapt further than any TTL is taken as a clock correction, and the downtime counts as zero:
 * records then live longer than their TTL rather than being lost to a clock error. Capacity
 * limits still bound the store.
 */
export class StoreClock {
  private readonly base: number;
  private readonly monotonicAtOpen: number;
  /** How much downtime was credited at open, and whether the wall clock looked wrong. */
  readonly opened: { creditedMs: number; wallGapMs: number; jumped: boolean };

  constructor(
    saved: { clockMs: number; wallMs: number },
    private readonly wall: () => number,
    private readonly monotonic: () => number,
    maxCreditMs: number,
    /** The newest store-clock time in the file: records committed after the clock was last saved. */
    floorMs = 0,
  ) {
    const gap = wall() - saved.wallMs;
    const believable = Number.isFinite(gap) && gap >= 0 && gap <= maxCreditMs;
    const creditedMs = believable ? gap : 0;
    this.base = Math.max(saved.clockMs + creditedMs, floorMs);
    this.monotonicAtOpen = monotonic();
    this.opened = { creditedMs, wallGapMs: gap, jumped: !believable };
  }

  /** Store-clock ms now; never goes backwards within one process. */
  now(): number {
    return this.base + Math.max(0, Math.floor(this.monotonic() - this.monotonicAtOpen));
  }

  /** What to save in the file so the next open can resume: the store clock and the wall clock at the same moment. */
  reading(): { clockMs: number; wallMs: number } {
    return { clockMs: this.now(), wallMs: this.wall() };
  }

  /** The wall time a store-clock instant corresponds to, on today's wall clock (for reports of dropped records). */
  toWall(clockMs: number): number {
    return this.wall() - (this.now() - clockMs);
  }
}
