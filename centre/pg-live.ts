import type pg from 'pg';
import { v1 } from '../wire/index.js';
import { describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { StoredRecord } from './ingest.js';
import { RECORDS_CHANNEL } from './pg-commit.js';
import type { PostgresCentreStore } from './pg-store.js';

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 10_000;

interface Announcement {
  from: number;
  to: number;
  ids: number[];
}

function parseAnnouncement(payload: string | undefined): Announcement | undefined {
  try {
    const value = JSON.parse(payload ?? '') as Partial<Announcement>;
    if (typeof value.from !== 'number' || typeof value.to !== 'number' || !Array.isArray(value.ids)) return undefined;
    return { from: value.from, to: value.to, ids: value.ids.filter((id) => typeof id === 'number') };
  } catch {
    return undefined;
  }
}

/**
 * Every record any worker stores, live, for this worker's SSE clients: each commit NOTIFYs the
 * new record ids (delivered only if it commits, in commit order), and this worker LISTENs on one
 * held connection, reads those records back and hands them on. So a post whose envelopes land
 * on another ingest worker still shows on this one's stream. While the connection is down (e.g.
 * PostgreSQL restarting) it reconnects with backoff; what was stored meanwhile is not replayed.
 */
export class PostgresLiveFeed {
  private readonly listeners = new Set<(stored: StoredRecord) => void>();
  private client: pg.PoolClient | undefined;
  /** Gives the current client back to the pool once, however many of stop, 'error' and 'end' ask. */
  private releaseClient: (() => void) | undefined;
  private delivering: Promise<void> = Promise.resolve();
  private retryMs = RETRY_FIRST_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private down = false;

  constructor(
    private readonly store: PostgresCentreStore,
    private readonly log: Logger,
  ) {}

  /** Resolves once listening; later losses of the connection are retried in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  subscribe(listener: (stored: StoredRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.releaseClient?.();
    await this.delivering;
  }

  private async connect(): Promise<void> {
    const client = await this.store.pool.connect();
    let lost = false;
    // Once: release(true) ends the connection, whose 'end' (and an 'error' when PostgreSQL is
    // going down) comes back to onLost, and a second release throws inside pg's event handler,
    // ending the process.
    const release = (): void => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.release(true);
    };
    const onLost = (error?: Error): void => {
      if (lost) return;
      release();
      if (this.stopped) return;
      if (!this.down) this.log.warn({ err: error === undefined ? 'connection closed' : describeError(error) }, 'lost the PostgreSQL connection of the live record stream; reconnecting');
      this.down = true;
      this.retry();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (message) => {
      if (message.channel !== RECORDS_CHANNEL) return;
      const announcement = parseAnnouncement(message.payload);
      if (announcement !== undefined) this.delivering = this.delivering.then(() => this.deliver(announcement));
    });
    try {
      await client.query(`LISTEN ${RECORDS_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    this.client = client;
    this.releaseClient = release;
    if (this.down) this.log.info('live record stream listening again');
    this.down = false;
    this.retryMs = RETRY_FIRST_MS;
  }

  private retry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.connect().catch(() => {
        this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
        if (this.client === undefined && !this.stopped) this.retry();
      });
    }, this.retryMs);
    this.retryTimer.unref();
  }

  private async deliver(announcement: Announcement): Promise<void> {
    if (this.listeners.size === 0 || announcement.ids.length === 0) return;
    let rows;
    try {
      rows = await this.store.recordsById(announcement.ids, announcement.from, announcement.to);
    } catch (error) {
      this.log.warn({ records: announcement.ids.length, err: describeError(error) }, 'could not read newly stored records for the live stream; they are in the store, not on the stream');
      return;
    }
    for (const row of rows) {
      const stored: StoredRecord = { postId: row.postId, storeId: row.storeId, seq: row.seq, receivedUnixMs: row.receivedUnixMs, record: v1.Record.decode(row.bytes) };
      for (const listener of this.listeners) {
        try {
          listener(stored);
        } catch (error) {
          this.log.warn({ err: describeError(error) }, 'a live record listener failed');
        }
      }
    }
  }
}
