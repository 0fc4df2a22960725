import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { RetryTimer } from '../../kernel/retry-timer.js';
import { rejectedError } from './notices.js';
import type { PendingQueue } from './pending-queue.js';

/**
 * The store refusing writes (SQLITE_FULL, SQLITE_IOERR, a read-only remount): records wait in
 * the pending queue, bounded by `memory_queue`, and the write is retried with backoff until it
 * works (invariant 8).
 */
export class FailingDisk {
  /** The last write error while failing; undefined while writes work. */
  error: unknown;
  /**
   * Records refused because the memory queue was full, since open. A refusal is not a drop:
   * the enqueue is rejected (retryable) and the caller holds the records and offers them again;
   * only a caller that gives up drops them, and it reports that (the pipeline does).
   */
  rejected = 0;
  private readonly retry: RetryTimer;

  constructor(
    private readonly path: string,
    private readonly memoryQueue: number,
    private readonly queue: PendingQueue,
    private readonly log: Logger,
    retryWrite: () => void,
  ) {
    this.retry = new RetryTimer({ retry: { minMs: 100, maxMs: 30_000 }, run: retryWrite });
  }

  get failing(): boolean {
    return this.error !== undefined;
  }

  /** A write failed: hold what fits in memory, refuse the rest, try again later (not once closing). */
  failed(error: unknown, closing: boolean): void {
    const first = !this.failing;
    this.error = error;
    this.shed();
    // Closing: the write is not tried again (close fails what is pending).
    if (closing) this.retry.stop();
    const delay = this.retry.failed();
    const fields = { path: this.path, err: describeError(error), held: this.queue.records, refused: this.rejected, retry_ms: delay };
    if (first) this.log.error(fields, 'outbox cannot write its store; holding records in memory');
    else this.log.warn(fields, 'outbox store still failing');
  }

  /** A write worked again. */
  recovered(): void {
    if (!this.failing) return;
    this.log.info({ path: this.path }, 'outbox store writable again');
    this.error = undefined;
    this.retry.succeeded();
    this.retry.cancel();
  }

  /** Refuses whole enqueues beyond `memory_queue`, those without alarms first, then the oldest; each refused record is counted. */
  shed(): void {
    for (const entry of this.queue.shed(this.memoryQueue)) {
      this.rejected += entry.items.length;
      entry.reject(rejectedError(entry.items.length, this.memoryQueue, this.error));
    }
  }

  stop(): void {
    this.retry.stop();
  }
}
