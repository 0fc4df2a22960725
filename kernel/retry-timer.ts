import { Backoff, type BackoffRange } from './backoff.js';
import { realTimers, type Timers } from './timers.js';

export interface RetryTimerOptions {
  /** Backoff in ms (exponential with full jitter, capped). */
  retry: BackoffRange;
  /** What is tried again when the timer fires: an open, a write, a flush, a connect. */
  run(): void;
  timers?: Timers;
  random?: () => number;
}

/**
 * The retry half of the one lifecycle: after a failure, try again after a backoff delay, on one
 * timer at a time, from the injected timers; back to the shortest delay after a success; nothing
 * fires after `stop()` until `start()`. It is the timer inside the RetryLoop (under the
 * Reconnector), which adds the house logging; nothing else should arm retries with it.
 */
export class RetryTimer {
  private readonly backoff: Backoff;
  private readonly timers: Timers;
  private timer: unknown;
  private stopped = false;

  constructor(private readonly options: RetryTimerOptions) {
    this.backoff = new Backoff(options.retry.minMs, options.retry.maxMs, options.random, options.retry.floorAtMaxMs);
    this.timers = options.timers ?? realTimers;
  }

  /** A retry is waiting to fire. */
  get armed(): boolean {
    return this.timer !== undefined;
  }

  /** Failures since the last success (the backoff's attempt count). */
  get attempts(): number {
    return this.backoff.attempts;
  }

  /**
   * A try failed: the next delay (the backoff grows with each call; `capMs`, if given, shortens
   * this one), and the retry armed after it, unless one is armed already (it stays, so a burst of
   * failures retries once) or stopped.
   */
  failed(capMs?: number): number {
    // A cap shortens this wait only: the backoff still grows, so later waits past the cap's reach are as long as ever.
    const delay = Math.min(this.backoff.next(), capMs ?? Number.POSITIVE_INFINITY);
    if (this.timer === undefined && !this.stopped) {
      this.timer = this.timers.setTimeout(() => {
        this.timer = undefined;
        if (!this.stopped) this.options.run();
      }, delay);
    }
    return delay;
  }

  /** A try worked: the next failure starts again from the shortest delay. */
  succeeded(): void {
    this.backoff.reset();
  }

  /** Drops the retry waiting, if any (the next failure arms a new one). */
  cancel(): void {
    if (this.timer === undefined) return;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Cancels the retry waiting and arms none until `start()`. */
  stop(): void {
    this.stopped = true;
    this.cancel();
  }

  start(): void {
    this.stopped = false;
  }
}
