import type pg from 'pg';
import type { AccessStore, Assessment, AuditRow, IncidentActionRow, PostCredentialRow, Role, SessionRow, TokenRow, UserRow } from './store.js';

/** bigint columns arrive as strings (pg-rows.ts says why); every one here is a time or an id that fits a JS number. */
interface TokenPgRow {
  id: string;
  hash: string;
  name: string;
  role: string;
  created_by: string;
  created_unix_ms: string;
  revoked_unix_ms: string | null;
}

interface ActionPgRow {
  id: string;
  incident_key: string;
  action: string;
  assessment: string | null;
  note: string;
  actor: string;
  time_unix_ms: string;
}

interface AuditPgRow {
  id: string;
  time_unix_ms: string;
  actor: string;
  action: string;
  subject: string;
  detail: Record<string, unknown>;
}

const toToken = (row: TokenPgRow): TokenRow => ({
  id: row.id,
  hash: row.hash,
  name: row.name,
  role: row.role as Role,
  createdBy: row.created_by,
  createdUnixMs: Number(row.created_unix_ms),
  revokedUnixMs: row.revoked_unix_ms === null ? undefined : Number(row.revoked_unix_ms),
});

const toAction = (row: ActionPgRow): IncidentActionRow => ({
  id: Number(row.id),
  incidentKey: row.incident_key,
  action: row.action as IncidentActionRow['action'],
  assessment: (row.assessment ?? undefined) as Assessment | undefined,
  note: row.note,
  actor: row.actor,
  timeUnixMs: Number(row.time_unix_ms),
});

const CREDENTIAL = 'SELECT post_id AS "postId", password_hash AS "passwordHash", mosquitto_hash AS "mosquittoHash", updated_unix_ms::float8 AS "updatedUnixMs" FROM post_credentials';
const USER = 'SELECT name, role, password_hash AS "passwordHash", created_unix_ms::float8 AS "createdUnixMs", updated_unix_ms::float8 AS "updatedUnixMs" FROM users';
/** The user a row names, as one JSON column (null when gone): a token or session and its user in one round trip. */
const USER_OF = (column: string): string =>
  `(SELECT json_build_object('name', u.name, 'role', u.role, 'passwordHash', u.password_hash, 'createdUnixMs', u.created_unix_ms::float8, 'updatedUnixMs', u.updated_unix_ms::float8) FROM users u WHERE u.name = ${column}) AS "user"`;
const SESSION = 'SELECT id_hash AS "idHash", user_name AS "userName", csrf_token AS "csrfToken", created_unix_ms::float8 AS "createdUnixMs", expires_unix_ms::float8 AS "expiresUnixMs" FROM sessions';

/**
 * Readers page the audit log and the incident actions by id (`afterId`). Ids come from a
 * sequence when the INSERT runs, but commit in any order across workers: a reader between two
 * commits could see id 8 before 7 exists and never come back for it. Each append therefore
 * takes a transaction-scoped advisory lock before it draws its id, so ids commit in order.
 * (Any fixed numbers; the schema migration's lock is another.)
 */
export const AUDIT_LOCK = 0x6f75_7464_0001;
const ACTIONS_LOCK = 0x6f75_7464_0002;

/**
 * The access tables in the centre's PostgreSQL database (schema version 3 of pg-schema.ts),
 * shared by every worker. Same contract as the SQLite access store; each method is one
 * statement, so one round trip and atomic (deleting a user ends their sessions and tokens in
 * the same statement).
 */
export class PostgresAccessStore implements AccessStore {
  constructor(private readonly pool: pg.Pool) {}

  async postCredential(postId: string): Promise<PostCredentialRow | undefined> {
    return (await this.pool.query<PostCredentialRow>(`${CREDENTIAL} WHERE post_id = $1`, [postId])).rows[0];
  }

  async putPostCredential(row: PostCredentialRow): Promise<void> {
    await this.pool.query(
      `INSERT INTO post_credentials (post_id, password_hash, mosquitto_hash, updated_unix_ms) VALUES ($1, $2, $3, $4)
       ON CONFLICT (post_id) DO UPDATE SET password_hash = excluded.password_hash, mosquitto_hash = excluded.mosquitto_hash, updated_unix_ms = excluded.updated_unix_ms`,
      [row.postId, row.passwordHash, row.mosquittoHash, row.updatedUnixMs],
    );
  }

  async deletePostCredential(postId: string): Promise<boolean> {
    return ((await this.pool.query('DELETE FROM post_credentials WHERE post_id = $1', [postId])).rowCount ?? 0) > 0;
  }

  async postCredentials(): Promise<PostCredentialRow[]> {
    // COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
    return (await this.pool.query<PostCredentialRow>(`${CREDENTIAL} ORDER BY post_id COLLATE "C"`)).rows;
  }

  async user(name: string): Promise<UserRow | undefined> {
    return (await this.pool.query<UserRow>(`${USER} WHERE name = $1`, [name])).rows[0];
  }

  async users(): Promise<UserRow[]> {
    return (await this.pool.query<UserRow>(`${USER} ORDER BY name COLLATE "C"`)).rows;
  }

  async putUser(row: UserRow): Promise<void> {
    await this.pool.query(
      `INSERT INTO users (name, role, password_hash, created_unix_ms, updated_unix_ms) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, updated_unix_ms = excluded.updated_unix_ms`,
      [row.name, row.role, row.passwordHash, row.createdUnixMs, row.updatedUnixMs],
    );
  }

  async deleteUser(name: string): Promise<boolean> {
    const result = await this.pool.query(
      `WITH ended AS (DELETE FROM sessions WHERE user_name = $1), revoked AS (DELETE FROM api_tokens WHERE created_by = $1)
       DELETE FROM users WHERE name = $1`,
      [name],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async putSession(row: SessionRow): Promise<void> {
    await this.pool.query('INSERT INTO sessions (id_hash, user_name, csrf_token, created_unix_ms, expires_unix_ms) VALUES ($1, $2, $3, $4, $5)', [row.idHash, row.userName, row.csrfToken, row.createdUnixMs, row.expiresUnixMs]);
  }

  async session(idHash: string): Promise<SessionRow | undefined> {
    return (await this.pool.query<SessionRow>(`${SESSION} WHERE id_hash = $1`, [idHash])).rows[0];
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteSessionsOf(userName: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE user_name = $1', [userName]);
  }

  async deleteExpiredSessions(nowUnixMs: number): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE expires_unix_ms <= $1', [nowUnixMs]);
  }

  async putToken(row: TokenRow): Promise<void> {
    await this.pool.query('INSERT INTO api_tokens (id, hash, name, role, created_by, created_unix_ms, revoked_unix_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      row.id,
      row.hash,
      row.name,
      row.role,
      row.createdBy,
      row.createdUnixMs,
      row.revokedUnixMs ?? null,
    ]);
  }

  async tokenByHash(hash: string): Promise<TokenRow | undefined> {
    const row = (await this.pool.query<TokenPgRow>('SELECT * FROM api_tokens WHERE hash = $1', [hash])).rows[0];
    return row === undefined ? undefined : toToken(row);
  }

  async tokenWithUser(hash: string): Promise<{ token: TokenRow; user: UserRow | undefined } | undefined> {
    const row = (await this.pool.query<TokenPgRow & { user: UserRow | null }>(`SELECT t.*, ${USER_OF('t.created_by')} FROM api_tokens t WHERE t.hash = $1`, [hash])).rows[0];
    return row === undefined ? undefined : { token: toToken(row), user: row.user ?? undefined };
  }

  async sessionWithUser(idHash: string): Promise<{ session: SessionRow; user: UserRow | undefined } | undefined> {
    const sql = `SELECT id_hash AS "idHash", user_name AS "userName", csrf_token AS "csrfToken", created_unix_ms::float8 AS "createdUnixMs", expires_unix_ms::float8 AS "expiresUnixMs", ${USER_OF('s.user_name')} FROM sessions s WHERE id_hash = $1`;
    const row = (await this.pool.query<SessionRow & { user: UserRow | null }>(sql, [idHash])).rows[0];
    if (row === undefined) return undefined;
    const { user, ...session } = row;
    return { session, user: user ?? undefined };
  }

  async tokens(): Promise<TokenRow[]> {
    return (await this.pool.query<TokenPgRow>('SELECT * FROM api_tokens ORDER BY created_unix_ms, id COLLATE "C"')).rows.map(toToken);
  }

  async revokeToken(id: string, revokedUnixMs: number): Promise<boolean> {
    const result = await this.pool.query('UPDATE api_tokens SET revoked_unix_ms = $1 WHERE id = $2 AND revoked_unix_ms IS NULL', [revokedUnixMs, id]);
    return (result.rowCount ?? 0) > 0;
  }

  async appendAudit(entry: Omit<AuditRow, 'id'>): Promise<void> {
    // The lock is taken (the CTE's row) before the INSERT draws its id, and held until the statement commits.
    await this.pool.query(
      `WITH ordered AS (SELECT pg_advisory_xact_lock($1::bigint))
       INSERT INTO audit (time_unix_ms, actor, action, subject, detail) SELECT $2::bigint, $3::text, $4::text, $5::text, $6::json FROM ordered`,
      [AUDIT_LOCK, entry.timeUnixMs, entry.actor, entry.action, entry.subject, JSON.stringify(entry.detail)],
    );
  }

  async audit(query: { afterId?: number | undefined; limit: number }): Promise<AuditRow[]> {
    const rows = (await this.pool.query<AuditPgRow>('SELECT id, time_unix_ms, actor, action, subject, detail FROM audit WHERE id > $1 ORDER BY id LIMIT $2', [query.afterId ?? 0, query.limit])).rows;
    return rows.map((row) => ({ id: Number(row.id), timeUnixMs: Number(row.time_unix_ms), actor: row.actor, action: row.action, subject: row.subject, detail: row.detail }));
  }

  async addLoginFailure(keys: readonly string[], timeUnixMs: number): Promise<void> {
    await this.pool.query('INSERT INTO login_failures (key, time_unix_ms) SELECT unnest($1::text[]), $2', [keys, timeUnixMs]);
  }

  async loginFailures(key: string, sinceUnixMs: number): Promise<{ count: number; firstUnixMs: number | undefined }> {
    const row = (await this.pool.query<{ count: number; first: number | null }>('SELECT count(*)::int AS count, min(time_unix_ms)::float8 AS first FROM login_failures WHERE key = $1 AND time_unix_ms >= $2', [key, sinceUnixMs])).rows[0];
    return { count: row?.count ?? 0, firstUnixMs: row?.first ?? undefined };
  }

  async clearLoginFailures(key: string): Promise<void> {
    await this.pool.query('DELETE FROM login_failures WHERE key = $1', [key]);
  }

  async pruneLoginFailures(beforeUnixMs: number): Promise<void> {
    await this.pool.query('DELETE FROM login_failures WHERE time_unix_ms < $1', [beforeUnixMs]);
  }

  async addIncidentAction(row: Omit<IncidentActionRow, 'id'>): Promise<IncidentActionRow> {
    const result = await this.pool.query<{ id: string }>(
      `WITH ordered AS (SELECT pg_advisory_xact_lock($1::bigint))
       INSERT INTO incident_actions (incident_key, action, assessment, note, actor, time_unix_ms) SELECT $2::text, $3::text, $4::text, $5::text, $6::text, $7::bigint FROM ordered RETURNING id`,
      [ACTIONS_LOCK, row.incidentKey, row.action, row.assessment ?? null, row.note, row.actor, row.timeUnixMs],
    );
    return { ...row, id: Number(result.rows[0]?.id) };
  }

  async incidentActions(query: { incidentKeys?: readonly string[] | undefined; afterId?: number | undefined; limit: number }): Promise<IncidentActionRow[]> {
    const keys = query.incidentKeys;
    if (keys !== undefined && keys.length === 0) return [];
    const params: unknown[] = [query.afterId ?? 0, query.limit];
    const byKey = keys === undefined ? '' : `AND incident_key = ANY($${params.push(keys)}::text[])`;
    const rows = (await this.pool.query<ActionPgRow>(`SELECT * FROM incident_actions WHERE id > $1 ${byKey} ORDER BY id LIMIT $2`, params)).rows;
    return rows.map(toAction);
  }
}
