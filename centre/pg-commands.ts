import type pg from 'pg';
import type { CommandResultUpdate, CommandRow, CommandStore } from './command-rows.js';
import { statesBefore, toCommandRow } from './sqlite-commands.js';

export class PostgresCommandStore implements CommandStore {
  constructor(private readonly pool: pg.Pool) {}

  async putCommand(row: Parameters<CommandStore['putCommand']>[0]): Promise<void> {
    await this.pool.query(
      `INSERT INTO commands (id, post_id, name, arguments, issuer, issued_unix_ms, expires_unix_ms, state, updated_unix_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $6)`,
      [row.id, row.postId, row.name, JSON.stringify(row.arguments), row.issuer, row.issuedUnixMs, row.expiresUnixMs],
    );
  }

  async command(id: string): Promise<CommandRow | undefined> {
    const result = await this.pool.query('SELECT * FROM commands WHERE id = $1', [id]);
    const row = result.rows[0] as Parameters<typeof toCommandRow>[0] | undefined;
    return row === undefined ? undefined : toCommandRow(row);
  }

  async commands(query: { postId?: string | undefined; limit: number }): Promise<CommandRow[]> {
    const result =
      query.postId === undefined
        ? await this.pool.query('SELECT * FROM commands ORDER BY issued_unix_ms DESC, id LIMIT $1', [query.limit])
        : await this.pool.query('SELECT * FROM commands WHERE post_id = $1 ORDER BY issued_unix_ms DESC, id LIMIT $2', [query.postId, query.limit]);
    return (result.rows as Parameters<typeof toCommandRow>[0][]).map(toCommandRow);
  }

  async settleCommand(update: CommandResultUpdate): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE commands SET state = $1, reason = $2, config_hash = $3, output_type = $4, output = $5, updated_unix_ms = $6 WHERE id = $7 AND state = ANY($8::text[])',
      [update.state, update.reason, update.configHash, update.outputType, Buffer.from(update.output), update.updatedUnixMs, update.id, statesBefore(update.state)],
    );
    return (result.rowCount ?? 0) > 0;
  }
}
