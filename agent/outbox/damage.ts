import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { describeError, systemCode } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { StoreDamage } from './options.js';

/**
 * Whether a failed statement means the file itself is damaged (overwritten, truncated, not a
 * database any more) rather than the disk refusing a write: retrying cannot help, the store
 * must be replaced (invariant 11).
 */
export function isDamage(error: unknown): boolean {
  const code = systemCode(error) ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ';
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A cheap look at the open file, for damage SQLite cannot see while the pages it needs are in
 * its cache: the file replaced (another inode), made shorter (this store never shrinks its file:
 * no auto_vacuum), or its header overwritten. A stat of the path and a 16-byte read on a
 * descriptor kept open (opened at the first check, closed with the store): opening and closing
 * the file at every commit cost two syscalls more, and closing any descriptor of the file drops
 * the process's POSIX locks on it, SQLite's included. A replaced file is caught by the path's
 * inode before the kept descriptor (still on the old inode) is read.
 */
export class FileProbe {
  private readonly ino: number;
  private size: number;
  private fd: number | undefined;
  private readonly head = Buffer.alloc(SQLITE_MAGIC.length);

  constructor(private readonly path: string) {
    const stat = statSync(path);
    this.ino = stat.ino;
    this.size = stat.size;
  }

  /** Why the file is damaged, or undefined when it looks as it should. */
  check(): string | undefined {
    let stat;
    try {
      stat = statSync(this.path);
    } catch (error) {
      return `the file is gone (${systemCode(error) ?? 'unknown error'})`;
    }
    if (stat.ino !== this.ino) return 'the file was replaced by another while open';
    if (stat.size < this.size) return `the file was truncated while open (${stat.size} bytes, it had ${this.size})`;
    this.size = stat.size;
    this.fd ??= openSync(this.path, 'r');
    const { head } = this;
    if (readSync(this.fd, head, 0, head.length, 0) !== head.length || !head.equals(SQLITE_MAGIC)) return 'the file header was overwritten while open';
    return undefined;
  }

  /** Closes the kept descriptor (after the database is closed). */
  close(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
  }
}

/**
 * The store's watch for damage while open (invariant 11): a failed statement or the file probe
 * marks it once; health says fault from then on, the log says what the store held, and the
 * owner is told so it can move the file aside and open a fresh store.
 */
export class DamageWatch {
  /** What showed the damage; undefined while the file is sound. */
  error: unknown;
  private readonly probe: FileProbe;
  /** When the probe last found the file sound (the `monotonic` clock, ms). */
  private soundAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly path: string,
    private readonly log: Logger,
    private readonly held: () => { records: number; bytes: number },
    private readonly closed: () => boolean,
    private readonly onDamaged: ((damage: StoreDamage) => void) | undefined,
    private readonly monotonic: () => number = () => performance.now(),
  ) {
    this.probe = new FileProbe(path);
  }

  /** Whether `error` means damage (then handled: marked, logged, owner told once). */
  caught(error: unknown): boolean {
    if (!isDamage(error)) return false;
    if (this.error === undefined) this.mark(error);
    return true;
  }

  /** Probes the file, before statements the page cache could answer from a file that is no longer there; true when damaged. */
  check(): boolean {
    if (this.error !== undefined) return true;
    if (this.closed()) return false;
    const problem = this.probe.check();
    if (problem !== undefined) this.mark(new Error(problem));
    else this.soundAt = this.monotonic();
    return problem !== undefined;
  }

  /**
   * As `check`, unless a probe found the file sound within the last `ms`: the uplink's batch
   * follows the commit that just probed by a millisecond on a busy post, and a second probe
   * (a stat and a read) then says nothing new (issue 13).
   */
  checkUnlessSoundWithin(ms: number): boolean {
    if (this.error !== undefined) return true;
    if (this.monotonic() - this.soundAt < ms) return false;
    return this.check();
  }

  /** Lets go of the probe's descriptor; call after the database is closed. */
  close(): void {
    this.probe.close();
  }

  private mark(error: unknown): void {
    this.error = error;
    const damage = { reason: `damaged while open (${describeError(error)})`, ...this.held() };
    this.log.error({ path: this.path, err: describeError(error), records: damage.records, bytes: damage.bytes }, 'outbox file damaged while open; its records are lost and the store is replaced');
    this.onDamaged?.(damage);
  }
}
