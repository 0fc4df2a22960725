import { closeSync, fdatasync, fdatasyncSync, openSync, readFileSync, write, writeSync } from 'node:fs';
import { describeError, systemCode } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { STORE_FILE_MODE } from './store-file.js';

/** What the high-water file says: the highest seq this store id has handed out, as far as it knows. */
export interface HighWaterMark {
  storeId: string;
  highest: number;
}

const FORMAT = 'outpost-high-water 1';
/** Fixed length, so each save overwrites the whole record in one write within one sector. */
const RECORD_BYTES = 64;

export function highWaterPath(storePath: string): string {
  return `${storePath}.high-water`;
}

/** Opened for overwriting in place: truncating it first would leave a window with no mark at all. */
function openMark(path: string): number {
  try {
    return openSync(path, 'r+');
  } catch (error) {
    if (systemCode(error) !== 'ENOENT') throw error;
    return openSync(path, 'wx', STORE_FILE_MODE);
  }
}

/** The mark at `path`, or undefined when there is none or it is not one of ours (a damaged mark proves nothing). */
export function readHighWater(path: string): HighWaterMark | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'latin1');
  } catch (error) {
    if (systemCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  const match = /^outpost-high-water 1 (\d+) (\d+)\n/.exec(text);
  if (match === null) return undefined;
  return { storeId: match[1] as string, highest: Number(match[2]) };
}

/**
 * How long the mark may go unsynced after a commit that fsynced its WAL. Such a commit is on the card
 * already, and the mark's write is in the page cache: a kill -9 or a deleted WAL loses neither, and a
 * clean stop syncs it. Only a power cut on storage that lied about the WAL's fsync can then find the
 * mark up to this far behind. One sync per tick was 4 KiB written per ~3 KB of readings (issue 13).
 */
const SYNC_AFTER_FULL_COMMIT_MS = 10_000;

/**
 * The highest committed seq, kept apart from the SQLite file and its WAL, written after each commit
 * that hands out seqs. If the WAL is lost (deleted, or a card that acknowledged an fsync it never
 * did), the database reopens at an older state whose next seq is at or below this mark: its seqs
 * would be handed out twice. The store compares the two at open (invariant 10). The mark is written
 * after the commit, so it never claims seqs that were not committed; it is written off the event
 * loop (one write at a time, the newest value next), so an enqueue never waits for it. It is
 * fdatasynced at once after a commit that did not sync its WAL (`readings_sync: normal`: the mark
 * is then what reports readings a power cut took), and within SYNC_AFTER_FULL_COMMIT_MS after one
 * that did.
 */
export class HighWater {
  private fd: number | undefined;
  /** Highest value written to the file (page cache), and highest synced. */
  private written = 0;
  private synced = 0;
  private wanted = 0;
  /** A commit whose WAL was not synced is covered by the next write's sync. */
  private urgent = false;
  private syncedAt = Number.NEGATIVE_INFINITY;
  private syncTimer: NodeJS.Timeout | undefined;
  private busy = false;
  private failed = false;
  private closing: (() => void) | undefined;

  constructor(
    private readonly path: string,
    private readonly storeId: bigint,
    private readonly log: Logger,
    private readonly monotonic: () => number = () => performance.now(),
  ) {
    try {
      this.fd = openMark(path);
    } catch (error) {
      this.warnOnce(error);
    }
  }

  /** Records that seqs up to `highest` are committed; `walSynced`: that commit fsynced its WAL. */
  save(highest: number, walSynced: boolean): void {
    if (highest <= this.wanted) return;
    this.wanted = highest;
    if (!walSynced) this.urgent = true;
    if (!this.busy && this.closing === undefined) this.writeNext();
  }

  /** Writes and syncs what is still wanted (synchronously, once the write under way is done) and closes the file. */
  close(): Promise<void> {
    clearTimeout(this.syncTimer);
    return new Promise((resolve) => {
      this.closing = () => {
        const fd = this.fd;
        this.fd = undefined;
        if (fd !== undefined) {
          try {
            if (this.wanted > this.written) writeSync(fd, this.record(this.wanted), 0, RECORD_BYTES, 0);
            if (Math.max(this.wanted, this.written) > this.synced) fdatasyncSync(fd);
          } catch (error) {
            this.warnOnce(error);
          }
          closeSync(fd);
        }
        resolve();
      };
      if (!this.busy) this.closing();
    });
  }

  private writeNext(): void {
    const fd = this.fd;
    if (fd === undefined) return;
    const value = this.wanted;
    const sync = this.urgent || this.monotonic() - this.syncedAt >= SYNC_AFTER_FULL_COMMIT_MS;
    if (sync) this.urgent = false;
    this.busy = true;
    const done = (error: NodeJS.ErrnoException | null): void => {
      this.busy = false;
      if (error === null) {
        this.written = Math.max(this.written, value);
        if (sync) {
          this.synced = Math.max(this.synced, value);
          this.syncedAt = this.monotonic();
        } else this.syncLater();
      } else this.warnOnce(error);
      if (this.closing !== undefined) this.closing();
      else if (error === null && (this.wanted > this.written || (this.urgent && this.written > this.synced))) this.writeNext();
    };
    write(fd, this.record(value), 0, RECORD_BYTES, 0, (error) => (error === null && sync ? fdatasync(fd, done) : done(error)));
  }

  /** Syncs a mark written after a full commit once SYNC_AFTER_FULL_COMMIT_MS have passed since the last sync, commits or not. */
  private syncLater(): void {
    if (this.syncTimer !== undefined) return;
    const wait = Math.max(0, this.syncedAt + SYNC_AFTER_FULL_COMMIT_MS - this.monotonic());
    this.syncTimer = setTimeout(() => {
      this.syncTimer = undefined;
      if (this.written <= this.synced || this.closing !== undefined) return;
      this.urgent = true;
      if (!this.busy) this.writeNext();
    }, wait);
    this.syncTimer.unref();
  }

  private record(highest: number): Buffer {
    const record = Buffer.alloc(RECORD_BYTES, ' ');
    record.write(`${FORMAT} ${this.storeId.toString()} ${highest}\n`, 0, 'latin1');
    return record;
  }

  private warnOnce(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.log.warn({ path: this.path, err: describeError(error) }, 'cannot keep the outbox high-water mark; a lost WAL would go unnoticed until this works');
  }
}
