import type { OutpostError } from './errors.js';
import type { Logger } from './logger.js';
import { RetryTimer, type RetryTimerOptions } from './retry-timer.js';

export interface RetryLoopOptions extends RetryTimerOptions {
  /** The component concerned, for messages: `bus:gps`, `outbox`, `pipeline`. */
  subject: string;
  log: Logger;
}

/** Log fields a failure or a recovery adds to its line (the path, what is held...). */
export type LogFields = Record<string, unknown>;

/**
 * Every retry loop of the house, so that they log alike: a try failed, try again after a
 * backoff, until it works or stops. The Reconnector retries its opens on it; what retries a
 * write, a flush or a registration rather than an open (the outbox's failing disk, the
 * pipeline, the SAPIENT link) uses it directly.
 * - One warning per cause (an error `code`): a failure with the same code as the one before it
 *   logs at debug with a repeat count, and when the cause ends (a success, or another cause)
 *   one line says how many times it repeated.
 * - One line on recovery, when the owner names it (`succeeded(message)`) and a cause was open.
 * - The retry runs on the injected timers, one at a time; nothing fires after `stop()` until `start()`.
 */
export class RetryLoop {
  private readonly timer: RetryTimer;
  private current: OutpostError | undefined;
  private repeats = 0;

  constructor(private readonly options: RetryLoopOptions) {
    this.timer = new RetryTimer({ retry: options.retry, run: options.run, timers: options.timers, random: options.random });
  }

  /** The cause of the failures since the last success; undefined while none. */
  get cause(): OutpostError | undefined {
    return this.current;
  }

  /** A retry is waiting to fire. */
  get armed(): boolean {
    return this.timer.armed;
  }

  /** Failures since the last success (the backoff's attempt count). */
  get attempts(): number {
    return this.timer.attempts;
  }

  /**
   * A try failed: logs it (a warning for a new cause, debug with the repeat count for the same
   * one), and arms the retry, whose delay it returns. `retry: false` records the cause without a
   * retry (the owner waits for something else); `restart: true` drops a retry already armed so
   * that this failure's delay counts (a loss while a retry was due); `capMs` shortens this delay
   * only (the backoff still grows).
   */
  failed(error: OutpostError, fields: LogFields = {}, how: { retry?: boolean; restart?: boolean; capMs?: number | undefined } = {}): number | undefined {
    const repeated = this.current?.code === error.code;
    if (!repeated) this.endCause();
    this.current = error;
    const retry = how.retry ?? true;
    if (!retry || how.restart === true) this.timer.cancel();
    const delay = retry ? this.timer.failed(how.capMs) : undefined;
    if (repeated) {
      this.repeats += 1;
      this.options.log.debug({ ...fields, code: error.code, retry_ms: delay, repeats: this.repeats }, error.describe());
    } else {
      this.options.log.warn({ ...fields, code: error.code, retry_ms: delay }, error.describe());
    }
    return delay;
  }

  /**
   * A try worked: the backoff starts again from the shortest delay, and the cause (if any) ends,
   * with `message` said once. A retry already armed stays: it may be for other work that failed.
   */
  succeeded(message?: string, fields: LogFields = {}): void {
    this.timer.succeeded();
    const ended = this.current;
    this.endCause();
    if (ended !== undefined && message !== undefined) this.options.log.info({ ...fields, code: ended.code }, message);
  }

  /** What was retried proved itself: the next failure backs off from the shortest delay again (the cause, if any, stays). */
  proved(): void {
    this.timer.succeeded();
  }

  /** Ends the cause without a success (the owner stops): the repeat count is said if any. */
  forget(): void {
    this.endCause();
  }

  /** Drops the retry waiting, if any. */
  cancel(): void {
    this.timer.cancel();
  }

  /** Cancels the retry waiting and arms none until `start()`. */
  stop(): void {
    this.timer.stop();
  }

  start(): void {
    this.timer.start();
  }

  private endCause(): void {
    if (this.repeats > 0 && this.current !== undefined) {
      this.options.log.info(
        { code: this.current.code, repeats: this.repeats },
        `${this.options.subject}: the same fault (${this.current.code}) repeated ${this.repeats} more time${this.repeats === 1 ? '' : 's'}`,
      );
    }
    this.repeats = 0;
    this.current = undefined;
  }
}
