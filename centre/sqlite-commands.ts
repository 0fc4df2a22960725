import type Database from 'better-sqlite3';
import type { CommandResultUpdate, CommandRow, CommandState, CommandStore } from './command-rows.js';

export const COMMANDS_SCHEMA = `
CREATE TABLE IF NOT EXISTS commands (
  id TEXT PRIMARY KEY,
  post_id TEXT NOT NULL,
  name TEXT NOT NULL,
  arguments TEXT NOT NULL,
  issuer TEXT NOT NULL,
  issued_unix_ms INTEGER NOT NULL,
  expires_unix_ms INTEGER NOT NULL,
  state TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  config_hash TEXT NOT NULL DEFAULT '',
  output_type TEXT NOT NULL DEFAULT '',
  output BLOB NOT NULL DEFAULT x'',
  updated_unix_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS commands_by_post ON commands (post_id, issued_unix_ms);
CREATE INDEX IF NOT EXISTS commands_by_time ON commands (issued_unix_ms);
`;

interface CommandDbRow {
  id: string;
  post_id: string;
  name: string;
  arguments: string;
  issuer: string;
  issued_unix_ms: number;
  expires_unix_ms: number;
  state: string;
  reason: string;
  config_hash: string;
  output_type: string;
  output: Buffer;
  updated_unix_ms: number;
}

export function toCommandRow(row: CommandDbRow): CommandRow {
  return {
    id: row.id,
    postId: row.post_id,
    name: row.name,
    arguments: (typeof row.arguments === 'string' ? JSON.parse(row.arguments) : row.arguments) as Record<string, string>,
    issuer: row.issuer,
    issuedUnixMs: Number(row.issued_unix_ms),
    expiresUnixMs: Number(row.expires_unix_ms),
    state: row.state as CommandState,
    reason: row.reason,
    configHash: row.config_hash,
    outputType: row.output_type,
    output: new Uint8Array(row.output),
    updatedUnixMs: Number(row.updated_unix_ms),
  };
}

/** Which states a result may move a command from (command-rows.ts). */
export function statesBefore(state: CommandResultUpdate['state']): CommandState[] {
  return state === 'accepted' ? ['pending'] : ['pending', 'accepted'];
}

export class SqliteCommandStore implements CommandStore {
  constructor(private readonly db: Database.Database) {}

  async putCommand(row: Parameters<CommandStore['putCommand']>[0]): Promise<void> {
    this.db
      .prepare(`INSERT INTO commands (id, post_id, name, arguments, issuer, issued_unix_ms, expires_unix_ms, state, updated_unix_ms) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?)`)
      .run(row.id, row.postId, row.name, JSON.stringify(row.arguments), row.issuer, row.issuedUnixMs, row.expiresUnixMs, row.issuedUnixMs);
  }

  async command(id: string): Promise<CommandRow | undefined> {
    const row = this.db.prepare('SELECT * FROM commands WHERE id = ?').get(id) as CommandDbRow | undefined;
    return row === undefined ? undefined : toCommandRow(row);
  }

  async commands(query: { postId?: string | undefined; limit: number }): Promise<CommandRow[]> {
    const rows =
      query.postId === undefined
        ? this.db.prepare('SELECT * FROM commands ORDER BY issued_unix_ms DESC, id LIMIT ?').all(query.limit)
        : this.db.prepare('SELECT * FROM commands WHERE post_id = ? ORDER BY issued_unix_ms DESC, id LIMIT ?').all(query.postId, query.limit);
    return (rows as CommandDbRow[]).map(toCommandRow);
  }

  async settleCommand(update: CommandResultUpdate): Promise<boolean> {
    const from = statesBefore(update.state);
    const result = this.db
      .prepare(`UPDATE commands SET state = ?, reason = ?, config_hash = ?, output_type = ?, output = ?, updated_unix_ms = ? WHERE id = ? AND state IN (${from.map(() => '?').join(', ')})`)
      .run(update.state, update.reason, update.configHash, update.outputType, Buffer.from(update.output), update.updatedUnixMs, update.id, ...from);
    return result.changes > 0;
  }
}
