/** A backoff's delays, ms. */
export interface BackoffRange {
  minMs: number;
  maxMs: number;
  /**
   * Once the delays' ceiling has reached `maxMs`, the shortest delay (default `minMs`: full jitter
   * all the way). A device line sets `maxMs / 2`: a peer gone for minutes is tried every 0.75 max
   * on average instead of 0.5 max, and the longest wait after it returns stays max (issue 13).
   */
  floorAtMaxMs?: number | undefined;
}

/**
 * Exponential backoff with full jitter, capped: the delay before attempt n is random in
 * [min, min(max, min * 2^n)] (at the cap, from `floorAtMaxMs` if given). Jitter keeps a fleet of
 * posts (or a line of devices) that lost the same peer at the same moment from coming back in lockstep.
 */
export class Backoff {
  private attempt = 0;
  private readonly floorAtMaxMs: number;

  constructor(
    private readonly minMs: number,
    private readonly maxMs: number,
    private readonly random: () => number = Math.random,
    floorAtMaxMs?: number,
  ) {
    if (!(minMs > 0) || !(maxMs >= minMs)) throw new RangeError(`backoff needs 0 < min <= max, got min ${minMs} ms, max ${maxMs} ms`);
    this.floorAtMaxMs = Math.min(maxMs, Math.max(minMs, floorAtMaxMs ?? minMs));
  }

  /** The delay before the next attempt; each call doubles the ceiling up to max. */
  next(): number {
    const ceiling = Math.min(this.maxMs, this.minMs * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    const floor = ceiling === this.maxMs ? this.floorAtMaxMs : this.minMs;
    return Math.round(floor + (ceiling - floor) * this.random());
  }

  /** After a success: the next failure starts again from min. */
  reset(): void {
    this.attempt = 0;
  }

  get attempts(): number {
    return this.attempt;
  }
}
