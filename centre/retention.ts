import { describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { BodyKind } from '../wire/index.js';
import { RETENTION_CLASSES, RETENTION_CLASS_NAMES, formatKeep, keepMsOf, retentionCutoffs, type RetentionClass, type RetentionPolicy } from './retention-policy.js';
import type { CentreStore, RetentionOutcome } from './store.js';

/** How often a worker looks for records past retention: a day partition ends once a day, SQLite deletes a little at a time. */
export const RETENTION_EVERY_MS = 3_600_000;

export interface RetentionOptions {
  store: CentreStore;
  /** How long each record class is kept, by arrival (the centre's clock). */
  policy: RetentionPolicy;
  log: Logger;
  clock?: () => number;
  everyMs?: number;
}

/** One class in `/api/stats`: how long it is kept, its oldest record, what this worker removed since it started. */
export interface RetentionClassReport {
  keep: string | null;
  keepMs: number | null;
  oldestRecordTime: string | null;
  prunedRecords: number;
}

/**
 * `outpost centre --retention`: at start and then every hour, removes the records of each class
 * that arrived longer ago than the class is kept, through the store's dropBefore (whole day
 * partitions or batches of rows on PostgreSQL, chunks of rows on SQLite). Every ingest worker
 * runs it; on PostgreSQL the partition lock makes concurrent drops wait for each other and the
 * second finds nothing left to drop. A failed pass is logged and tried again at the next one;
 * ingest does not depend on it.
 */
export class RetentionJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<RetentionOutcome | undefined> | undefined;
  private stopped = false;
  private readonly clock: () => number;
  private readonly pruned = new Map<RetentionClass, number>();

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

  /** Records removed of each class since this job started. */
  prunedRecords(recordClass: RetentionClass): number {
    return this.pruned.get(recordClass) ?? 0;
  }

  private async pass(): Promise<RetentionOutcome | undefined> {
    const { store, policy, log } = this.options;
    const cutoffs = retentionCutoffs(policy, this.clock());
    const when = Object.fromEntries(cutoffs.flatMap((cutoff) => cutoff.kinds.map((kind) => [kind, new Date(cutoff.cutoffMs).toISOString()])));
    try {
      const outcome = await store.dropBefore(cutoffs);
      const byClass = this.count(outcome.removed);
      if (outcome.partitions.length > 0 || Object.keys(byClass).length > 0) {
        log.info({ before: when, partitions: outcome.partitions, removed: byClass }, 'retention: removed records past their class retention');
      }
      return outcome;
    } catch (error) {
      log.warn({ before: when, err: describeError(error) }, 'retention pass failed; it is tried again at the next one');
      return undefined;
    }
  }

  private count(removed: Partial<Record<BodyKind, number>>): Partial<Record<RetentionClass, number>> {
    const byClass: Partial<Record<RetentionClass, number>> = {};
    for (const recordClass of RETENTION_CLASS_NAMES) {
      const count = RETENTION_CLASSES[recordClass].reduce((sum: number, kind: BodyKind) => sum + (removed[kind] ?? 0), 0);
      if (count === 0) continue;
      byClass[recordClass] = count;
      this.pruned.set(recordClass, this.prunedRecords(recordClass) + count);
    }
    return byClass;
  }
}

/** A post's clock may be anything: a time no Date can hold shows as null. */
function isoOrNull(unixMs: number): string | null {
  const date = new Date(unixMs);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Retention as `/api/stats` shows it, per class: how long it is kept (null: for ever, or this
 * worker does not prune), the earliest record time held, and what this worker pruned so far.
 */
export async function retentionReport(store: CentreStore, policy: RetentionPolicy | undefined, job: RetentionJob | undefined): Promise<Record<RetentionClass, RetentionClassReport>> {
  const oldest = await store.oldestRecordTimes();
  const report = {} as Record<RetentionClass, RetentionClassReport>;
  for (const recordClass of RETENTION_CLASS_NAMES) {
    const keepMs = policy === undefined ? undefined : keepMsOf(policy, recordClass);
    const times = RETENTION_CLASSES[recordClass].flatMap((kind: BodyKind) => (oldest[kind] === undefined ? [] : [oldest[kind]]));
    report[recordClass] = {
      keep: keepMs === undefined ? null : formatKeep(keepMs),
      keepMs: keepMs ?? null,
      oldestRecordTime: isoOrNull(Math.min(...times)),
      prunedRecords: job?.prunedRecords(recordClass) ?? 0,
    };
  }
  return report;
}
