import { describeError, OutpostError, systemCode } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { RetryLoop } from '../../kernel/retry-loop.js';
import { rejectedError } from './notices.js';
import type { PendingQueue } from './pending-queue.js';

/**
 * The store refusing writes (SQLITE_FULL, SQLITE_IOERR, a read-only remount): records wait in
 * the pending queue, bounded by `memory_queue`, and the write is retried with backoff until it
 * works (invariant 8). It logs as every retry loop does: one warning per cause (SQLite's code),
 * repeats counted, one line when writes work again.
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
  private readonly retry: RetryLoop;

  constructor(
    private readonly path: string,
    private readonly memoryQueue: number,
    private readonly queue: PendingQueue,
    log: Logger,
    retryWrite: () => void,
  ) {
    this.retry = new RetryLoop({ subject: 'outbox', log, retry: { minMs: 100, maxMs: 30_000 }, run: retryWrite });
  }

  get failing(): boolean {
    return this.error !== undefined;
  }

  /** A write failed: hold what fits in memory, refuse the rest, try again later (not once closing). */
  failed(error: unknown, closing: boolean): void {
    this.error = error;
    this.shed();
    // Closing: the write is not tried again (close fails what is pending).
    if (closing) this.retry.stop();
    const cause = new OutpostError(`cannot write its store: ${describeError(error)}; holding records in memory and retrying`, {
      code: systemCode(error) ?? 'outbox.write-failed',
      subject: 'outbox',
      cause: error,
      retryable: true,
    });
    this.retry.failed(cause, { path: this.path, held: this.queue.records, refused: this.rejected });
  }

  /** A write worked again. */
  recovered(): void {
    if (!this.failing) return;
    this.error = undefined;
    this.retry.succeeded('outbox store writable again', { path: this.path });
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
