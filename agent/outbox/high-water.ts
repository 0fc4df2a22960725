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
 * The highest committed seq, kept apart from the SQLite file and its WAL, written and synced
 * after each commit that hands out seqs. If the WAL is lost (deleted, or a card that
 * acknowledged an fsync it never did), the database reopens at an older state whose next seq
 * is at or below this mark: its seqs would be handed out twice. The store compares the two at
 * open (invariant 10). The mark is written after the commit, so it never claims seqs that were
 * not committed; it is written off the event loop (one write and fdatasync at a time, the
 * newest value next), so an enqueue never waits for it and a burst of commits costs one sync
 * of the mark per round trip, not one per commit.
 */
export class HighWater {
  private fd: number | undefined;
  private saved = 0;
  private wanted = 0;
  private busy = false;
  private failed = false;
  private closing: (() => void) | undefined;

  constructor(
    private readonly path: string,
    private readonly storeId: bigint,
    private readonly log: Logger,
  ) {
    try {
      this.fd = openMark(path);
    } catch (error) {
      this.warnOnce(error);
    }
  }

  /** Records that seqs up to `highest` are committed. */
  save(highest: number): void {
    if (highest <= this.wanted) return;
    this.wanted = highest;
    if (!this.busy && this.closing === undefined) this.writeNext();
  }

  /** Writes what is still wanted (synchronously, once the write under way is done) and closes the file. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      this.closing = () => {
        const fd = this.fd;
        this.fd = undefined;
        if (fd !== undefined) {
          try {
            if (this.wanted > this.saved) {
              writeSync(fd, this.record(this.wanted), 0, RECORD_BYTES, 0);
              fdatasyncSync(fd);
            }
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
    this.busy = true;
    const done = (error: NodeJS.ErrnoException | null): void => {
      this.busy = false;
      if (error === null) this.saved = Math.max(this.saved, value);
      else this.warnOnce(error);
      if (this.closing !== undefined) this.closing();
      else if (this.wanted > this.saved && error === null) this.writeNext();
    };
    write(fd, this.record(value), 0, RECORD_BYTES, 0, (error) => (error === null ? fdatasync(fd, done) : done(error)));
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
