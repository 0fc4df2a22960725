import { describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { Ingest, PreparedEnvelope } from './ingest.js';

/** Envelopes taken off the broker ahead of the store before the broker is made to wait. */
const HIGH_WATER = 32;
/** Records per transaction: one disk sync for up to this many. */
const MAX_GROUP_RECORDS = 20_000;

/**
 * Group commit for the centre. Envelopes are validated as they arrive and stored together, one
 * transaction and one sync for all that came in while the previous commit ran, then acked one
 * by one. The disk sync, not the CPU, bounds a centre; grouping is what lets thousands of posts
 * share it.
 *
 * The MQTT PUBACK goes out when an envelope is queued, not when it is stored: the post's
 * guarantee is the application Ack, sent only after the commit, and a post resends what was
 * never acked. Past HIGH_WATER queued envelopes the PUBACK waits, so the broker paces the posts
 * and memory stays bounded.
 */
export class IngestQueue {
  private readonly pending: PreparedEnvelope[] = [];
  private readonly held: (() => void)[] = [];
  private running: Promise<void> | undefined;
  /** Envelopes are read (inflated off the event loop) one after another, in arrival order. */
  private preparing: Promise<void> = Promise.resolve();

  constructor(
    private readonly ingest: Ingest,
    private readonly log: Logger,
  ) {}

  /** Queues an `up` payload; `release` lets the broker send the next message. */
  push(topicPostId: string, payload: Uint8Array, release: () => void): void {
    this.preparing = this.preparing.then(async () => {
      let prepared: PreparedEnvelope | undefined;
      try {
        prepared = await this.ingest.prepareUp(topicPostId, payload);
      } catch (error) {
        this.log.error({ post: topicPostId, err: describeError(error) }, 'could not read an envelope; it is dropped and the post will resend it');
      }
      if (prepared !== undefined) this.pending.push(prepared);
      if (this.pending.length < HIGH_WATER) release();
      else this.held.push(release);
      this.run();
    });
  }

  /** Resolves once every pushed envelope has been read (and queued or dropped). */
  async prepared(): Promise<void> {
    await this.preparing;
  }

  /** Resolves once everything queued is read, stored and acked. */
  async idle(): Promise<void> {
    await this.preparing;
    while (this.running !== undefined) await this.running;
  }

  private run(): void {
    if (this.running !== undefined || this.pending.length === 0) return;
    this.running = this.drain()
      .catch((error: unknown) => this.log.error({ err: describeError(error) }, 'ingest failed; the posts will resend'))
      .finally(() => {
        this.running = undefined;
        this.run();
      });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const group: PreparedEnvelope[] = [];
      let records = 0;
      while (this.pending.length > 0 && (group.length === 0 || records + (this.pending[0] as PreparedEnvelope).batch.records.length <= MAX_GROUP_RECORDS)) {
        const next = this.pending.shift() as PreparedEnvelope;
        records += next.batch.records.length;
        group.push(next);
      }
      await this.ingest.commit(group);
      while (this.held.length > 0 && this.pending.length < HIGH_WATER) (this.held.shift() as () => void)();
    }
  }
}
