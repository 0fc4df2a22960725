import { closeSync, fdatasyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { describeError, systemCode } from '../errors.js';
import type { Logger } from '../log/logger.js';
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
 * The highest seq the store has committed, kept apart from the SQLite file and its WAL and
 * synced after each commit that hands out seqs. If the WAL is lost (deleted, or a card that
 * acknowledged an fsync it never did), the database reopens at an older state whose next seq
 * is at or below this mark: its seqs would be handed out twice. The store compares the two at
 * open (invariant 10). The mark lags a commit at most (it is written after the commit), so it
 * never claims seqs that were not committed.
 */
export class HighWater {
  private fd: number | undefined;
  private saved = 0;
  private failed = false;

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
    if (this.fd === undefined || highest <= this.saved) return;
    const line = `${FORMAT} ${this.storeId.toString()} ${highest}\n`;
    const record = Buffer.alloc(RECORD_BYTES, ' ');
    record.write(line, 0, 'latin1');
    try {
      writeSync(this.fd, record, 0, RECORD_BYTES, 0);
      fdatasyncSync(this.fd);
      this.saved = highest;
    } catch (error) {
      this.warnOnce(error);
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private warnOnce(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.log.warn({ path: this.path, err: describeError(error) }, 'cannot keep the outbox high-water mark; a lost WAL would go unnoticed until this works');
  }
}
