import { describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { Ingest, PreparedEnvelope } from './ingest.js';

/** Envelopes taken off the broker ahead of the store before the broker is made to wait. */
const HIGH_WATER_ENVELOPES = 512;
/** Payload bytes likewise: what the queue may hold in memory. */
const HIGH_WATER_BYTES = 16 * 1024 * 1024;
/** Records per transaction: one disk sync for up to this many. */
const MAX_GROUP_RECORDS = 20_000;

/** An envelope being decoded: decoding starts as the message arrives, so while a commit waits on PostgreSQL the next batch is read. */
type Arrival = Promise<PreparedEnvelope | undefined>;

/**
 * Batched ingest for the centre. Each MQTT message is PUBACKed at once and decoded as it comes,
 * so the client reads every message the broker has delivered in one go; then everything queued
 * is stored in one transaction (one disk sync for all), and acked after the commit. While a
 * commit runs, what arrives is decoded for the next one: with PostgreSQL the commit is another
 * process's work, and decoding behind it rather than after it kept the worker and the database
 * each waiting on the other.
 *
 * Reading, decoding and committing one envelope at a time held a centre to about a hundred
 * envelopes a second: on SQLite, whose commit blocks the event loop, each commit found one
 * envelope waiting. The disk sync, not the CPU, bounds a centre; grouping is what lets
 * thousands of posts share it.
 *
 * The MQTT PUBACK is not the post's guarantee: the application Ack is, sent only after the
 * commit, and a post resends what was never acked. Past HIGH_WATER_ENVELOPES (or _BYTES) queued
 * the PUBACK waits, so the broker paces the posts and memory stays bounded.
 */
export class IngestQueue {
  private arrived: Arrival[] = [];
  private arrivedBytes = 0;
  private readonly held: (() => void)[] = [];
  private running: Promise<void> | undefined;
  private scheduled: NodeJS.Immediate | undefined;

  constructor(
    private readonly ingest: Ingest,
    private readonly log: Logger,
  ) {}

  /** Queues an `up` payload; `release` lets the broker send the next message. */
  push(topicPostId: string, payload: Uint8Array, release: () => void): void {
    this.arrivedBytes += payload.length;
    // PUBACK before decoding: the broker holds only a few unacknowledged messages per client
    // (Mosquitto: 20), so a PUBACK that waited for each decode slowed what reached the queue.
    if (this.arrived.length + 1 < HIGH_WATER_ENVELOPES && this.arrivedBytes < HIGH_WATER_BYTES) release();
    else this.held.push(release);
    this.arrived.push(this.prepare(topicPostId, payload));
    this.schedule();
  }

  /** Resolves once everything queued is read, stored and acked. */
  async idle(): Promise<void> {
    while (this.running !== undefined || this.scheduled !== undefined) {
      if (this.scheduled !== undefined) await new Promise((resolve) => setImmediate(resolve));
      else await this.running;
    }
  }

  /**
   * Starts a drain after the I/O callbacks now due: every message already in the socket's
   * buffer is queued first, and goes into the same transaction.
   */
  private schedule(): void {
    if (this.running !== undefined || this.scheduled !== undefined || this.arrived.length === 0) return;
    this.scheduled = setImmediate(() => {
      this.scheduled = undefined;
      this.running = this.drain()
        .catch((error: unknown) => this.log.error({ err: describeError(error) }, 'ingest failed; the posts will resend'))
        .finally(() => {
          this.running = undefined;
          this.schedule();
        });
    });
  }

  private async drain(): Promise<void> {
    while (this.arrived.length > 0) {
      const taken = this.arrived;
      this.arrived = [];
      this.arrivedBytes = 0;
      // The queue has room again: the broker may send what arrives during this commit.
      while (this.held.length > 0) (this.held.shift() as () => void)();
      const prepared = (await Promise.all(taken)).filter((envelope): envelope is PreparedEnvelope => envelope !== undefined);
      for (const group of groups(prepared)) await this.ingest.commit(group);
      // On SQLite the commit ran on this thread: let the messages that came meanwhile be read.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Decodes one envelope; one that cannot be read is dropped (never acked: its post resends it). */
  private async prepare(postId: string, payload: Uint8Array): Promise<PreparedEnvelope | undefined> {
    try {
      return await this.ingest.prepareUp(postId, payload);
    } catch (error) {
      this.log.error({ post: postId, err: describeError(error) }, 'could not read an envelope; it is dropped and the post will resend it');
      return undefined;
    }
  }
}

/** Consecutive groups of at most MAX_GROUP_RECORDS records (an envelope larger than that alone). */
function groups(prepared: readonly PreparedEnvelope[]): PreparedEnvelope[][] {
  const result: PreparedEnvelope[][] = [];
  let group: PreparedEnvelope[] = [];
  let records = 0;
  for (const envelope of prepared) {
    const size = envelope.batch.records.length;
    if (group.length > 0 && records + size > MAX_GROUP_RECORDS) {
      result.push(group);
      group = [];
      records = 0;
    }
    group.push(envelope);
    records += size;
  }
  if (group.length > 0) result.push(group);
  return result;
}
