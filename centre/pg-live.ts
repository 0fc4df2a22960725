import type pg from 'pg';
import { v1 } from '../wire/index.js';
import { describeError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { StoredRecord } from './ingest.js';
import type { RecordRow } from './store.js';
import { RECORDS_CHANNEL } from './pg-commit.js';
import type { PostgresCentreStore } from './pg-store.js';

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 10_000;
/** Records replayed after a reconnect, at most (the SSE stream keeps as many for its clients' resumes). */
export const REPLAY_MAX = 10_000;
const REPLAY_PAGE = 1000;
/** Ids handed on lately, so a record both replayed and announced goes out once. */
const REMEMBERED_IDS = 20_000;
/** How far before the last announced arrival a replay looks: envelopes wait in a worker's queue before their commit. */
const REPLAY_SLACK_MS = 600_000;

interface Announcement {
  from: number;
  to: number;
  ids: number[];
}

/** Ids read back per statement, as many as a listed NOTIFY names at most. */
const ANNOUNCED_PAGE = 500;
/** A range wider than any commit (MAX_GROUP_RECORDS is 20,000) is not this centre's: ignored. */
const MAX_ANNOUNCED_RANGE = 100_000;

/**
 * A commit's NOTIFY: its arrival times and either its ids listed (`ids`) or, when they are
 * consecutive, the first and last (`first`, `last`), read back ANNOUNCED_PAGE at a time.
 */
function parseAnnouncement(payload: string | undefined): Announcement[] {
  try {
    const value = JSON.parse(payload ?? '') as { from?: unknown; to?: unknown; ids?: unknown; first?: unknown; last?: unknown };
    const { from, to, ids, first, last } = value;
    if (typeof from !== 'number' || typeof to !== 'number') return [];
    if (Array.isArray(ids)) return [{ from, to, ids: ids.filter((id): id is number => typeof id === 'number') }];
    if (typeof first !== 'number' || typeof last !== 'number' || !Number.isSafeInteger(first) || !Number.isSafeInteger(last)) return [];
    if (last < first || last - first >= MAX_ANNOUNCED_RANGE) return [];
    const pages: Announcement[] = [];
    for (let start = first; start <= last; start += ANNOUNCED_PAGE) {
      const end = Math.min(start + ANNOUNCED_PAGE - 1, last);
      pages.push({ from, to, ids: Array.from({ length: end - start + 1 }, (_, index) => start + index) });
    }
    return pages;
  } catch {
    return [];
  }
}

/**
 * Every record any worker stores, live, for this worker's SSE clients: each commit NOTIFYs the
 * new record ids (delivered only if it commits, in commit order), and this worker LISTENs on one
 * held connection, reads those records back and hands them on. So a post whose envelopes land
 * on another ingest worker still shows on this one's stream. While the connection is down (e.g.
 * PostgreSQL restarting, or its backend terminated) it reconnects with backoff, then replays
 * what was stored meanwhile: the records with ids above the last one it saw announced (at most
 * REPLAY_MAX), before the announcements that follow. Ids are drawn when a record is inserted,
 * not when it commits: a record with a lower id that committed only while the connection was
 * down is in the store but not replayed.
 */
export class PostgresLiveFeed {
  private readonly listeners = new Set<(stored: StoredRecord) => void>();
  private client: pg.Client | undefined;
  private delivering: Promise<void> = Promise.resolve();
  private retryMs: number | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private down = false;
  /** The highest record id announced or replayed; undefined until the first LISTEN. */
  private lastId: number | undefined;
  private lastArrivalMs = 0;
  private readonly remembered = new Set<number>();
  private readonly rememberedOrder: number[] = [];
  private wanted: () => boolean = () => true;
  private skipped: () => void = () => undefined;

  constructor(
    private readonly store: PostgresCentreStore,
    private readonly log: Logger,
    private readonly retryFirstMs = RETRY_FIRST_MS,
  ) {}

  /** Resolves once listening; later losses of the connection are retried in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  /**
   * Reads records back only while `wanted()` says someone wants them (the SSE stream has or just
   * had a client), calling `skipped()` for what it lets go by: with no console open, an API
   * worker reading back every record every worker stored made ingest scale worse, not better,
   * with more workers.
   */
  readOnlyWhen(wanted: () => boolean, skipped: () => void): void {
    this.wanted = wanted;
    this.skipped = skipped;
  }

  subscribe(listener: (stored: StoredRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
    await this.delivering;
  }

  private async connect(): Promise<void> {
    // A connection of its own, outside the store's pool: it is held for good, and the pool's
    // bookkeeping of lent clients has no place for one that ends under it.
    const client = this.store.listenerClient();
    let lost = false;
    const onLost = (error?: Error): void => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      if (!this.down) this.log.warn({ err: error === undefined ? 'connection closed' : describeError(error) }, 'lost the PostgreSQL connection of the live record stream; reconnecting');
      this.down = true;
      this.retry();
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    // Queued until the replay below is queued: an announcement that comes with the LISTEN's answer
    // must follow the replay of what was stored before it.
    const early: Announcement[] = [];
    let replayQueued = false;
    client.on('notification', (message) => {
      if (message.channel !== RECORDS_CHANNEL) return;
      for (const announcement of parseAnnouncement(message.payload)) {
        if (replayQueued) this.delivering = this.delivering.then(() => this.deliver(announcement));
        else early.push(announcement);
      }
    });
    let replayAfter: number | undefined;
    try {
      await client.connect();
      await client.query(`LISTEN ${RECORDS_CHANNEL}`);
      // First LISTEN: what is stored from now on is announced; nothing before it is owed.
      replayAfter = this.lastId ?? (await this.store.lastRecordId());
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
    if (this.lastId !== undefined) {
      const after = replayAfter;
      this.delivering = this.delivering.then(() => this.replay(after));
    } else {
      this.lastId = replayAfter;
      this.lastArrivalMs = Date.now();
    }
    replayQueued = true;
    for (const announcement of early) this.delivering = this.delivering.then(() => this.deliver(announcement));
    this.client = client;
    if (this.down) this.log.info('live record stream listening again');
    this.down = false;
    this.retryMs = undefined;
  }

  private retry(): void {
    clearTimeout(this.retryTimer);
    const delay = this.retryMs ?? this.retryFirstMs;
    this.retryTimer = setTimeout(() => {
      this.connect().catch(() => {
        this.retryMs = Math.min(delay * 2, RETRY_MAX_MS);
        if (this.client === undefined && !this.stopped) this.retry();
      });
    }, delay);
    this.retryTimer.unref();
  }

  /** What was stored after id `afterId` while the connection was down, in id order, at most REPLAY_MAX. */
  private async replay(afterId: number): Promise<void> {
    if (!this.wanted()) {
      this.skipped();
      return;
    }
    let replayed = 0;
    let cursor = afterId;
    try {
      while (replayed < REPLAY_MAX) {
        const rows = await this.store.recordsAfter(cursor, this.lastArrivalMs - REPLAY_SLACK_MS, Math.min(REPLAY_PAGE, REPLAY_MAX - replayed));
        if (rows.length === 0) break;
        cursor = (rows[rows.length - 1] as RecordRow).id;
        replayed += rows.length;
        this.handOn(rows);
      }
    } catch (error) {
      this.log.warn({ after: cursor, err: describeError(error) }, 'could not replay the records stored while the live stream was down; they are in the store, not on the stream');
      return;
    }
    if (replayed >= REPLAY_MAX) this.log.warn({ after: cursor }, `more than ${REPLAY_MAX} records were stored while the live stream was down; it replayed ${REPLAY_MAX}, the rest are in the store`);
    else this.log.info({ records: replayed }, `live record stream replayed ${replayed} record(s) stored while it was down`);
  }

  private async deliver(announcement: Announcement): Promise<void> {
    if (announcement.ids.length === 0) return;
    this.lastId = Math.max(this.lastId ?? 0, ...announcement.ids);
    this.lastArrivalMs = Math.max(this.lastArrivalMs, announcement.to);
    const ids = announcement.ids.filter((id) => !this.remembered.has(id));
    if (this.listeners.size === 0 || ids.length === 0) return;
    if (!this.wanted()) {
      this.skipped();
      return;
    }
    let rows;
    try {
      rows = await this.store.recordsById(ids, announcement.from, announcement.to);
    } catch (error) {
      this.log.warn({ records: ids.length, err: describeError(error) }, 'could not read newly stored records for the live stream; they are in the store, not on the stream');
      return;
    }
    this.handOn(rows);
  }

  private handOn(rows: readonly RecordRow[]): void {
    for (const row of rows) {
      if (this.remembered.has(row.id)) continue;
      this.remember(row.id);
      this.lastId = Math.max(this.lastId ?? 0, row.id);
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

  private remember(id: number): void {
    this.remembered.add(id);
    this.rememberedOrder.push(id);
    if (this.rememberedOrder.length >= 2 * REMEMBERED_IDS) for (const old of this.rememberedOrder.splice(0, REMEMBERED_IDS)) this.remembered.delete(old);
  }
}
