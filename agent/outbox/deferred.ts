import type { outpost } from '../../wire/index.js';
import { describeError, OutpostError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { Backoff } from '../../kernel/backoff.js';
import { HealthState, type ComponentHealthReport } from '../../kernel/component.js';
import type { BatchLimits, Lease, Outbox, OutboxStats, SeqRange } from './types.js';

/**
 * An outbox whose store could not be opened at start (a full disk, a read-only or missing
 * mount): the agent still starts, health says why the store is missing, and the store is
 * opened again with backoff until it works. Until then `enqueue` refuses with a retryable
 * error, so the pipeline holds the records in its bounded memory queue and offers them again;
 * nothing is sent, because nothing is durable yet.
 *
 * Only `outbox.unavailable` (an OutpostError marked retryable) is waited out; any other
 * failure of the first open is a bug or a config error and is thrown.
 */
export class DeferredOutbox implements Outbox {
  private store: Outbox | undefined;
  private readonly state = new HealthState();
  private readonly retry = new Backoff(1000, 60_000);
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly open: () => Outbox,
    private readonly log: Logger,
  ) {
    this.attempt(true);
  }

  /** 0 until the store is open; the uplink sends nothing before that. */
  get storeId(): bigint {
    return this.store?.storeId ?? 0n;
  }

  /** Whether the real store is open. */
  get isOpen(): boolean {
    return this.store !== undefined;
  }

  private attempt(first: boolean): void {
    try {
      this.store = this.open();
      if (!first) this.log.info({ module: 'outbox' }, 'outbox store opened after all; records held in memory go in now');
    } catch (error) {
      if (!(error instanceof OutpostError) || !error.retryable) throw error;
      const delay = this.retry.next();
      this.state.set('fault', `${error.describe()}; retrying in ${Math.round(delay / 1000)} s, records are held in memory meanwhile`);
      this.log.error({ module: 'outbox', err: describeError(error), retryInMs: delay }, 'outbox store cannot be opened; the agent runs on and keeps retrying');
      if (!this.closed) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.attempt(false);
        }, delay);
      }
    }
  }

  enqueue(records: readonly outpost.v1.IRecord[]): Promise<number[]> {
    if (this.store !== undefined) return this.store.enqueue(records);
    return Promise.reject(new OutpostError('the outbox store is not open yet', { code: 'outbox.unavailable', subject: 'outbox', retryable: true }));
  }

  nextBatch(limits: BatchLimits): Lease | undefined {
    return this.store?.nextBatch(limits);
  }

  ack(ranges: readonly SeqRange[]): number {
    return this.store?.ack(ranges) ?? 0;
  }

  release(lease: Lease): void {
    this.store?.release(lease);
  }

  stats(): OutboxStats {
    return this.store?.stats() ?? { storeId: 0n, classes: [], records: 0, bytes: 0, enqueued: 0, acked: 0, evicted: 0, expired: 0, compacted: 0, pendingInMemory: 0 };
  }

  health(): ComponentHealthReport {
    return this.store?.health() ?? this.state.snapshot();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.store?.close();
  }
}
