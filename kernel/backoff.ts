/**
 * Exponential backoff with full jitter, capped: the delay before attempt n is random in
 * [min, min(max, min * 2^n)]. Jitter keeps a fleet of posts (or a line of devices) that lost
 * the same peer at the same moment from coming back in lockstep.
 */
export class Backoff {
  private attempt = 0;

  constructor(
    private readonly minMs: number,
    private readonly maxMs: number,
    private readonly random: () => number = Math.random,
  ) {
    if (!(minMs > 0) || !(maxMs >= minMs)) throw new RangeError(`backoff needs 0 < min <= max, got min ${minMs} ms, max ${maxMs} ms`);
  }

  /** The delay before the next attempt; each call doubles the ceiling up to max. */
  next(): number {
    const ceiling = Math.min(this.maxMs, this.minMs * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    return Math.round(this.minMs + (ceiling - this.minMs) * this.random());
  }

  /** After a success: the next failure starts again from min. */
  reset(): void {
    this.attempt = 0;
  }

  get attempts(): number {
    return this.attempt;
  }
}
