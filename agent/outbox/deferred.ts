import type { outpost } from '../../wire/index.js';
import { describeError, OutpostError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { healthStatusOf, type ComponentHealthReport, type HealthStatus } from '../../kernel/component.js';
import { Reconnector } from '../../kernel/reconnector.js';
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
 * The lifecycle is the kernel Reconnector's (synchronous first open, reopen at once after
 * damage, one warning per cause). Only `outbox.unavailable` (an OutpostError marked retryable)
 * is waited out at start; any other failure of the first open is a bug or a config error and
 * is thrown. Later failures are retried with backoff, whatever they are.
 */
/** What the opener passes on to the store: who to tell when the file is found damaged, and a damage to act on at open. */
export interface StoreHooks {
  onDamaged(damage: StoreDamage): void;
  damaged?: StoreDamage;
}

export class DeferredOutbox implements Outbox {
  private readonly reconnector: Reconnector<Outbox>;
  private readonly memory: MemoryStore;
  private damaged: StoreDamage | undefined;
  private readonly memoryLeases = new WeakSet<Lease>();

  constructor(
    open: (hooks: StoreHooks) => Outbox,
    private readonly log: Logger,
    memoryLimit = 1000,
    now: () => number = Date.now,
  ) {
    this.memory = new MemoryStore(memoryLimit, log, now);
    this.reconnector = new Reconnector<Outbox>({
      subject: 'outbox',
      log,
      now,
      openSync: () => {
        const hooks: StoreHooks = { onDamaged: (damage) => this.replace(damage) };
        if (this.damaged !== undefined) hooks.damaged = this.damaged;
        return open(hooks);
      },
      close: (store) => store.close(),
      // Only a store that is not there yet is waited out; any other failure at start is a bug or a config error.
      fatal: (error) => !(error instanceof OutpostError) || !error.retryable,
      meanwhile: 'records are held in memory and sent from there',
      onOpen: (store) => this.opened(store),
    });
    this.reconnector.startSync();
  }

  private get store(): Outbox | undefined {
    return this.reconnector.handle;
  }

  /** The memory store's id until the file is open, then the file's. */
  get storeId(): bigint {
    return this.store?.storeId ?? this.memory.storeId;
  }

  /** Whether the real store is open. */
  get isOpen(): boolean {
    return this.store !== undefined;
  }

  /** The store opened (at start, after a retry, or replacing a damaged one): what memory holds goes in now. */
  private opened(store: Outbox): void {
    this.damaged = undefined;
    const held = this.memory.takeAll();
    if (held.length === 0) return;
    this.log.info({ records: held.length }, 'outbox store opened after all; records held in memory go in now');
    store.enqueue(held).catch((error: unknown) => this.log.error({ records: held.length, err: describeError(error) }, 'records held in memory could not be stored; they are lost'));
  }

  /** The open store's file is damaged: close it, and open again at once with the damage (moved aside, fresh store, STORE_RESET). */
  private replace(damage: StoreDamage): void {
    const store = this.store;
    if (store === undefined) return;
    this.damaged = damage;
    void this.reconnector.replace(store, new OutpostError(`the store file was damaged while open (${damage.reason}); replacing it`, { code: 'outbox.damaged', subject: 'outbox', retryable: true }));
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

  healthStatus(): HealthStatus {
    return this.store !== undefined ? healthStatusOf(this.store) : this.health();
  }

  health(): ComponentHealthReport {
    if (this.store !== undefined) return this.store.health();
    const report = this.reconnector.health.snapshot({ held_in_memory: this.memory.size, dropped_from_memory: this.memory.dropped, enqueued: this.memory.enqueued, acked: this.memory.acked });
    if (this.memory.dropped > 0) report.message = `${report.message ?? ''}; ${this.memory.dropped} records dropped from memory`;
    return report;
  }

  async close(): Promise<void> {
    const lost = this.store === undefined ? this.memory.size : 0;
    if (lost > 0) this.log.error({ records: lost }, 'outbox closing without a store: records held in memory and not acked by the centre are lost');
    await this.reconnector.stop();
  }
}
