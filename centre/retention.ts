import { describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { CentreStore, RetentionOutcome } from './store.js';

/** How often a worker looks for records past retention: a day partition ends once a day, SQLite deletes a little at a time. */
export const RETENTION_EVERY_MS = 3_600_000;

export interface RetentionOptions {
  store: CentreStore;
  /** Records that arrived longer ago than this are removed. */
  keepMs: number;
  log: Logger;
  clock?: () => number;
  everyMs?: number;
}

/**
 * `outpost centre --retention`: at start and then every hour, removes the records that arrived
 * more than `keepMs` ago through the store's dropBefore (whole day partitions on PostgreSQL,
 * chunks of rows on SQLite). Every ingest worker runs it; on PostgreSQL the partition lock makes
 * concurrent passes wait for each other and the second finds nothing left to drop. A failed
 * pass is logged and tried again at the next one; ingest does not depend on it.
 */
export class RetentionJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RetentionOutcome | undefined> | undefined;
  private stopped = false;
  private readonly clock: () => number;

  constructor(private readonly options: RetentionOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** The first pass starts now, in the background; then one every `everyMs`. */
  start(): void {
    void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), this.options.everyMs ?? RETENTION_EVERY_MS);
    this.timer.unref();
  }

  /** One pass (or the one already running); undefined when it failed or the job is stopped. */
  runOnce(): Promise<RetentionOutcome | undefined> {
    if (this.stopped) return Promise.resolve(undefined);
    this.running ??= this.pass().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Stops the timer and waits for a pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async pass(): Promise<RetentionOutcome | undefined> {
    const { store, keepMs, log } = this.options;
    const cutoffMs = this.clock() - keepMs;
    const cutoff = new Date(cutoffMs).toISOString();
    try {
      const outcome = await store.dropBefore(cutoffMs);
      if (outcome.partitions.length > 0 || (outcome.records ?? 0) > 0) {
        log.info({ cutoff, partitions: outcome.partitions, records: outcome.records }, `retention: removed what arrived before ${cutoff}`);
      }
      return outcome;
    } catch (error) {
      log.warn({ cutoff, err: describeError(error) }, 'retention pass failed; it is tried again at the next one');
      return undefined;
    }
  }
}
