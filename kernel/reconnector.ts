import { HealthState } from './component.js';
import { OutpostError, describeError } from './errors.js';
import type { Logger } from './logger.js';
import { RetryLoop } from './retry-loop.js';
import type { Timers } from './timers.js';
import type { BackoffRange } from './backoff.js';

export interface ReconnectorOptions<H> {
  /** The component concerned, for messages: `bus:gps`, `bus:gpio/17`. */
  subject: string;
  log: Logger;
  /** Opens the handle (a port, a line, a socket); throws when it cannot, and is retried. One of `open` and `openSync` is given. */
  open?(): Promise<H>;
  /** An open that is done when it returns (a SQLite store): `startSync` needs it, and every attempt then uses it. */
  openSync?(): H;
  /** Releases a handle: after a loss, at stop, and one that finished opening after stop began. */
  close(handle: H): Promise<void> | void;
  /** The fault to report for what `open` threw; default: an OutpostError as it is, anything else as `open-failed`. */
  failure?(error: unknown): OutpostError;
  /** What health says during a fault; default the error's description. */
  faultMessage?(error: OutpostError): string;
  /**
   * What serves while there is no handle (`records are held in memory and sent from there`):
   * health during a fault then adds when the next try is and that this serves meanwhile.
   */
  meanwhile?: string;
  /** In `startSync`: a failure of the first open that retrying cannot mend (a bug, a config error), thrown to the caller instead. */
  fatal?(error: unknown): boolean;
  /** Backoff in ms (exponential with full jitter); default 1 s to 60 s. */
  retry?: BackoffRange;
  timers?: Timers;
  now?: () => number;
  random?: () => number;
  /**
   * Whether what the handle depends on is there (the port under an adapter). While it is not, a
   * failed open is not a fault of its own: it waits for `resume()` instead of retrying.
   */
  ready?(): boolean;
  /** Health to drive; default a state of its own. The owner may still set `degraded` while open. */
  health?: HealthState;
  /**
   * When the backoff starts again from its minimum: `open` (default) at every open; `proved`
   * only when the owner calls `proved(handle)` (a connection that stayed up long enough or
   * carried an answer), so a peer that accepts and drops at once keeps backing off.
   */
  resetBackoff?: 'open' | 'proved';
  /**
   * A retry after a failed open waits at most this share of the time since the handle was last
   * lost (never less than `retry.minMs`); a loss itself backs off in full. After a long outage the
   * next try then comes soon after the peer is back (a tenth: at most 30 s late after 5 minutes),
   * while a peer that keeps dropping what it accepts still meets the growing backoff. Default: no cap.
   */
  outageShare?: number;
  /** The handle is open: backoff reset (unless `resetBackoff: 'proved'`), health ok; the owner starts using it. */
  onOpen?(handle: H): void;
  /** A fault was recorded; `retryMs` is undefined while waiting for `resume()`. */
  onFault?(error: OutpostError, retryMs: number | undefined): void;
}

/**
 * The one lifecycle of everything that holds a handle to something that can vanish: open,
 * notice the loss, retry with backoff, stop. Every driver uses it, so they behave alike:
 * - `start()` resolves after the first attempt, open or not; a failure is a fault in health and
 *   a retry with backoff, never a rejection.
 * - One warning per cause: retries of the same fault (same `code`) log at debug with a repeat
 *   count, and when the cause ends (it opens, or another cause follows) one line says how many
 *   times it repeated.
 * - `stop()` cancels the retry, waits for an open in flight and closes whatever handle exists,
 *   including one that finished opening during the stop.
 * - Retries use the injected timers, so tests drive them with a fake clock.
 * - For what must know at once whether it opened (the outbox's store, before the agent goes on),
 *   `startSync` makes the first attempt synchronously, and `replace` reopens a damaged handle at
 *   once instead of after a backoff.
 */
export class Reconnector<H> {
  readonly health: HealthState;
  private readonly retry: RetryLoop;
  private current: H | undefined;
  private running = false;
  private opening: Promise<void> | undefined;
  /** When the last handle was lost (or the start): what `outageShare` measures from. */
  private lostAt = 0;
  private readonly figures = { opens: 0, open_failures: 0, losses: 0, retries: 0 };

  constructor(private readonly options: ReconnectorOptions<H>) {
    if (options.open === undefined && options.openSync === undefined) throw new TypeError(`${options.subject}: a Reconnector needs open or openSync`);
    this.health = options.health ?? new HealthState(options.now);
    const run = (): void => {
      if (!this.running) return;
      this.figures.retries += 1;
      void this.attempt();
    };
    this.retry = new RetryLoop({ subject: options.subject, log: options.log, retry: options.retry ?? { minMs: 1000, maxMs: 60_000 }, run, timers: options.timers, random: options.random });
  }

  /** The open handle, or undefined while there is none. */
  get handle(): H | undefined {
    return this.current;
  }

  /** Why there is no handle, while there is none after a failure. */
  get error(): OutpostError | undefined {
    return this.retry.cause;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** opens, open_failures, losses, retries. */
  get counters(): Readonly<{ opens: number; open_failures: number; losses: number; retries: number }> {
    return { ...this.figures };
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.lostAt = this.now();
    await this.attempt();
  }

  /** With `resetBackoff: 'proved'`: `handle` proved itself, the next failure backs off from the minimum again. A stale handle is ignored. */
  proved(handle: H): void {
    if (handle === this.current) this.retry.proved();
  }

  /**
   * Starts with the first attempt made before it returns (with `openSync`): whether it opened
   * is known at once. A failure is a fault retried like any other, unless `fatal` says
   * retrying cannot mend it: then it is thrown and nothing runs.
   */
  startSync(): boolean {
    if (this.running) return this.current !== undefined;
    const openSync = this.options.openSync;
    if (openSync === undefined) throw new TypeError(`${this.options.subject}: startSync needs openSync`);
    let handle: H;
    try {
      handle = openSync();
    } catch (error) {
      if (this.options.fatal?.(error) === true) throw error;
      this.running = true;
      this.openFailed(error);
      return false;
    }
    this.running = true;
    const failure = this.adopt(handle);
    if (failure === undefined) return true;
    void this.release(handle);
    this.fault(failure, true);
    return false;
  }

  /** Starts without opening yet: health says `reason` until `resume()` (what it depends on is not up yet). */
  startWaiting(reason: string): void {
    if (this.running) return;
    this.running = true;
    this.health.set('fault', reason);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.retry.cancel();
    await this.opening;
    const handle = this.current;
    this.current = undefined;
    if (handle !== undefined) await this.release(handle);
    this.retry.forget();
    this.health.set('stopped');
  }

  /** The handle stopped working: it is closed and reopened with backoff. A stale handle is ignored. */
  lost(handle: H, error: OutpostError): void {
    if (handle !== this.current) return;
    this.current = undefined;
    this.figures.losses += 1;
    this.lostAt = this.now();
    void this.release(handle);
    this.fault(error, true);
  }

  /**
   * The handle is damaged and must be replaced now, not after a backoff (the outbox's store file
   * found corrupt): at once there is no handle and health says `error`; on the next turn of the
   * event loop the handle is closed (waited for) and a new one opened; a failure of that open is
   * retried with backoff. A stale handle is ignored.
   */
  replace(handle: H, error: OutpostError): Promise<void> {
    if (handle !== this.current || !this.running) return this.opening ?? Promise.resolve();
    this.current = undefined;
    this.figures.losses += 1;
    this.fault(error, false);
    this.opening = (async () => {
      // Not inside the owner's call that found the damage: that call may still be using the handle.
      await new Promise((resolve) => setImmediate(resolve));
      await this.release(handle);
      if (this.running) await this.tryOpen();
    })().finally(() => (this.opening = undefined));
    return this.opening;
  }

  /**
   * What the handle depends on is gone (the port under an adapter): close the handle if any,
   * record the fault, and wait for `resume()` instead of retrying on a timer.
   */
  suspend(error: OutpostError): void {
    const handle = this.current;
    this.current = undefined;
    this.retry.cancel();
    if (handle !== undefined) {
      this.figures.losses += 1;
      this.lostAt = this.now();
      void this.release(handle);
    }
    this.fault(error, false);
  }

  /** Try to open now (what it depends on is back); no effect while open or opening. */
  resume(): Promise<void> {
    if (!this.running || this.current !== undefined) return this.opening ?? Promise.resolve();
    this.retry.cancel();
    return this.attempt();
  }

  private attempt(): Promise<void> {
    this.opening ??= this.tryOpen().finally(() => (this.opening = undefined));
    return this.opening;
  }

  private async tryOpen(): Promise<void> {
    let handle: H;
    try {
      handle = this.options.openSync === undefined ? await (this.options.open as () => Promise<H>)() : this.options.openSync();
    } catch (error) {
      this.openFailed(error);
      return;
    }
    if (!this.running) {
      await this.release(handle);
      return;
    }
    const failure = this.adopt(handle);
    if (failure === undefined) return;
    await this.release(handle);
    this.fault(failure, true);
  }

  private openFailed(error: unknown): void {
    this.figures.open_failures += 1;
    if (this.options.ready?.() === false) return;
    this.fault(this.options.failure?.(error) ?? defaultFailure(error, this.options.subject), true, this.outageCap());
  }

  /** The longest wait `outageShare` allows now, if set. */
  private outageCap(): number | undefined {
    const share = this.options.outageShare;
    if (share === undefined) return undefined;
    return Math.max(this.options.retry?.minMs ?? 1000, share * (this.now() - this.lostAt));
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Takes an opened handle into use; what `onOpen` threw, if it did (the handle is then not kept). */
  private adopt(handle: H): OutpostError | undefined {
    this.current = handle;
    this.figures.opens += 1;
    if (this.options.resetBackoff === 'proved') this.retry.forget();
    else this.retry.succeeded();
    this.health.set('ok');
    try {
      this.options.onOpen?.(handle);
      return undefined;
    } catch (error) {
      // Starting to use the handle failed: that is an open that failed, retried like any other.
      this.current = undefined;
      this.figures.open_failures += 1;
      return defaultFailure(error, this.options.subject);
    }
  }

  private fault(error: OutpostError, retry: boolean, capMs?: number): void {
    if (!this.running) return;
    // A new fault starts its own wait: a retry already armed (a loss while one was due) gives way.
    const delay = this.retry.failed(error, {}, { retry, restart: true, capMs });
    const message = this.options.faultMessage?.(error) ?? error.describe();
    const meanwhile = this.options.meanwhile === undefined ? '' : `; ${delay === undefined ? '' : `retrying in ${Math.round(delay / 1000)} s, `}${this.options.meanwhile} meanwhile`;
    this.health.set('fault', message + meanwhile);
    this.options.onFault?.(error, delay);
  }

  private async release(handle: H): Promise<void> {
    try {
      await this.options.close(handle);
    } catch (error) {
      this.options.log.debug({ err: describeError(error) }, `${this.options.subject}: closing failed`);
    }
  }
}

function defaultFailure(error: unknown, subject: string): OutpostError {
  if (error instanceof OutpostError) return error;
  return new OutpostError(`cannot open: ${describeError(error)}`, { code: 'open-failed', subject, cause: error, retryable: true });
}
