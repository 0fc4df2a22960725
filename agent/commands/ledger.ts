import Database from 'better-sqlite3';
import { renameSync } from 'node:fs';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';

/**
 * Which commands this post has executed, so each runs at most once by id, across restarts.
 *
 * Invariants:
 * - a command's id is written (`begin`) and synced before the command runs, and its encoded
 *   result (`finish`) before the result is sent: a command found begun but unfinished after a
 *   restart was interrupted and is reported failed, never run again;
 * - an id is kept until the command expires, and an expired command is refused: a copy delivered
 *   again later is either found here or refused as expired;
 * - the ledger remembers when it was created: a command issued before then (the file was lost or
 *   damaged and made anew) is refused, since it may have run against the lost ledger.
 */
export interface LedgerEntry {
  id: string;
  /** sha256 of the signed Command bytes: a second command under the same id is a replay. */
  digest: string;
  expiresUnixMs: number;
  /** The encoded CommandResult, once the command finished. */
  result: Uint8Array | undefined;
}

interface Row {
  id: string;
  digest: string;
  expires_unix_ms: number;
  result: Buffer | null;
}

export class CommandLedger {
  private constructor(
    private readonly db: Database.Database,
    readonly createdUnixMs: number,
  ) {}

  /** Opens or creates the ledger; a damaged file is moved aside (logged) and a new one made. */
  static open(path: string, log: Logger, now: number = Date.now()): CommandLedger {
    try {
      return CommandLedger.openFile(path, now);
    } catch (error) {
      const aside = `${path}.damaged-${now}`;
      log.error({ module: 'commands', file: path, moved_to: aside, err: describeError(error) }, 'the command ledger cannot be read; moved aside and a new one made (commands issued before now are refused)');
      try {
        renameSync(path, aside);
      } catch {
        // Nothing to move: the folder itself is the trouble, and the next open says so.
      }
      return CommandLedger.openFile(path, now);
    }
  }

  private static openFile(path: string, now: number): CommandLedger {
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.exec(`CREATE TABLE IF NOT EXISTS ledger_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS executed (id TEXT PRIMARY KEY, digest TEXT NOT NULL, expires_unix_ms INTEGER NOT NULL, result BLOB)`);
      db.prepare(`INSERT OR IGNORE INTO ledger_meta (key, value) VALUES ('created_unix_ms', ?)`).run(String(now));
      const created = db.prepare(`SELECT value FROM ledger_meta WHERE key = 'created_unix_ms'`).pluck().get() as string;
      return new CommandLedger(db, Number(created));
    } catch (error) {
      db.close();
      throw error;
    }
  }

  find(id: string): LedgerEntry | undefined {
    const row = this.db.prepare('SELECT id, digest, expires_unix_ms, result FROM executed WHERE id = ?').get(id) as Row | undefined;
    if (row === undefined) return undefined;
    return { id: row.id, digest: row.digest, expiresUnixMs: row.expires_unix_ms, result: row.result === null ? undefined : new Uint8Array(row.result) };
  }

  /** Records that the command starts now (before it runs). */
  begin(id: string, digest: string, expiresUnixMs: number): void {
    this.db.prepare('INSERT INTO executed (id, digest, expires_unix_ms, result) VALUES (?, ?, ?, NULL)').run(id, digest, expiresUnixMs);
  }

  finish(id: string, result: Uint8Array): void {
    this.db.prepare('UPDATE executed SET result = ? WHERE id = ?').run(Buffer.from(result), id);
  }

  /** Ids begun and never finished: commands a crash or a restart interrupted. */
  unfinished(): { id: string; expiresUnixMs: number }[] {
    return (this.db.prepare('SELECT id, expires_unix_ms FROM executed WHERE result IS NULL').all() as Row[]).map((row) => ({ id: row.id, expiresUnixMs: row.expires_unix_ms }));
  }

  /** Forgets the commands expired by `now`: a copy of one is refused as expired from now on. */
  purge(now: number): number {
    return this.db.prepare('DELETE FROM executed WHERE expires_unix_ms <= ? AND result IS NOT NULL').run(now).changes;
  }

  close(): void {
    this.db.close();
  }
}
