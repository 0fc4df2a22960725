import type { outpost } from '../../wire/index.js';
import { describeError, OutpostError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { RetryTimer } from '../../kernel/retry-timer.js';
import { HealthState, type ComponentHealthReport } from '../../kernel/component.js';
import { MemoryStore } from './memory-store.js';
import type { StoreDamage } from './options.js';
import type { BatchLimits, Lease, Outbox, OutboxStats, SeqRange } from './types.js';

/**
 * An outbox whose store could not be opened at start (a full disk, a read-only or missing
 * mount): the agent still starts, health says why the store is missing, and the store is
 * opened again with backoff until it works. Until then records wait in a MemoryStore (at most
 * `memoryLimit`, drops counted and reported) under a store id of their own, and the uplink
 * sends them from there: the centre hears AGENT_STARTED and the outbox FAULT even from a post
 * whose disk is gone. Once the store opens, what memory still holds is stored in it; at close,
 * what it still holds is lost and the log says how many. A store whose file is found damaged
 * while open is closed (its pending enqueues are refused, retryable, for the pipeline to offer
 * again) and opened again with the damage, which moves the file aside and starts a fresh
 * store with a STORE_RESET event counting what was lost.
 *
 * Only `outbox.unavailable` (an OutpostError marked retryable) is waited out; any other
 * failure of the first open is a bug or a config error and is thrown.
 */
/** What the opener passes on to the store: who to tell when the file is found damaged, and a damage to act on at open. */
export interface StoreHooks {
  onDamaged(damage: StoreDamage): void;
  damaged?: StoreDamage;
}

export class DeferredOutbox implements Outbox {
  private store: Outbox | undefined;
  private readonly state = new HealthState();
  private readonly retry = new RetryTimer({ retry: { minMs: 1000, maxMs: 60_000 }, run: () => this.attempt(false) });
  private closed = false;
  private readonly memory: MemoryStore;
  private reason = '';
  private damaged: StoreDamage | undefined;
  private replacing = false;
  private readonly memoryLeases = new WeakSet<Lease>();

  constructor(
    private readonly open: (hooks: StoreHooks) => Outbox,
    private readonly log: Logger,
    memoryLimit = 1000,
    now: () => number = Date.now,
  ) {
    this.memory = new MemoryStore(memoryLimit, log, now);
    this.attempt(true);
  }

  /** The memory store's id until the file is open, then the file's. */
  get storeId(): bigint {
    return this.store?.storeId ?? this.memory.storeId;
  }

  /** Whether the real store is open. */
  get isOpen(): boolean {
    return this.store !== undefined;
  }

  private attempt(first: boolean): void {
    try {
      const hooks: StoreHooks = { onDamaged: (damage) => this.replace(damage) };
      if (this.damaged !== undefined) hooks.damaged = this.damaged;
      const store = this.open(hooks);
      this.store = store;
      this.damaged = undefined;
      this.retry.succeeded();
      if (first) return;
      const held = this.memory.takeAll();
      this.log.info({ records: held.length }, 'outbox store opened after all; records held in memory go in now');
      if (held.length > 0) {
        store.enqueue(held).catch((error: unknown) => this.log.error({ records: held.length, err: describeError(error) }, 'records held in memory could not be stored; they are lost'));
      }
    } catch (error) {
      if (!(error instanceof OutpostError) || !error.retryable) throw error;
      const delay = this.retry.failed();
      this.reason = `${error.describe()}; retrying in ${Math.round(delay / 1000)} s, records are held in memory and sent from there meanwhile`;
      this.state.set('fault', this.reason);
      this.log.error({ err: describeError(error), retry_ms: delay }, 'outbox store cannot be opened; the agent runs on and keeps retrying');
    }
  }

  /** The open store's file is damaged: close it, and open again with the damage (moved aside, fresh store, STORE_RESET). */
  private replace(damage: StoreDamage): void {
    if (this.replacing) return;
    this.replacing = true;
    this.damaged = damage;
    this.reason = `the store file was damaged while open (${damage.reason}); replacing it`;
    this.state.set('fault', this.reason);
    const old = this.store;
    this.store = undefined;
    setImmediate(() => {
      void (async () => {
        await old?.close().catch((error: unknown) => this.log.warn({ err: describeError(error) }, 'closing the damaged store failed'));
        this.replacing = false;
        if (this.closed) return;
        try {
          this.attempt(false);
        } catch (error) {
          this.state.set('fault', `the damaged store could not be replaced: ${describeError(error)}`);
          this.log.error({ err: describeError(error) }, 'the damaged store could not be replaced; records are held in memory');
        }
      })();
    });
  }

  enqueue(records: readonly outpost.v1.IRecord[]): Promise<number[]> {
    if (this.store !== undefined) return this.store.enqueue(records);
    try {
      return Promise.resolve(this.memory.enqueue(records));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  nextBatch(limits: BatchLimits): Lease | undefined {
    if (this.store !== undefined) return this.store.nextBatch(limits);
    const lease = this.memory.nextBatch(limits);
    if (lease !== undefined) this.memoryLeases.add(lease);
    return lease;
  }

  ack(ranges: readonly SeqRange[]): number {
    return this.store === undefined ? this.memory.ack(ranges) : this.store.ack(ranges);
  }

  /** A lease goes back to whoever granted it: memory lease ids are not the file store's. */
  release(lease: Lease): void {
    if (this.memoryLeases.delete(lease)) this.memory.release(lease);
    else this.store?.release(lease);
  }

  stats(): OutboxStats {
    return this.store?.stats() ?? this.memory.stats();
  }

  health(): ComponentHealthReport {
    if (this.store !== undefined) return this.store.health();
    this.state.set('fault', this.memory.dropped === 0 ? this.reason : `${this.reason}; ${this.memory.dropped} records dropped from memory`);
    return this.state.snapshot({ held_in_memory: this.memory.size, dropped_from_memory: this.memory.dropped, enqueued: this.memory.enqueued, acked: this.memory.acked });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.retry.stop();
    const lost = this.store === undefined ? this.memory.size : 0;
    if (lost > 0) this.log.error({ records: lost }, 'outbox closing without a store: records held in memory and not acked by the centre are lost');
    await this.store?.close();
  }
}
