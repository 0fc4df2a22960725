import type Database from 'better-sqlite3';
import type { AccessStore, Assessment, AuditRow, IncidentActionRow, PostCredentialRow, Role, SessionRow, TokenRow, UserRow } from './store.js';

export const ACCESS_SCHEMA = `
CREATE TABLE IF NOT EXISTS post_credentials (
  post_id TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  mosquitto_hash TEXT NOT NULL,
  updated_unix_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS users (
  name TEXT PRIMARY KEY,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_unix_ms INTEGER NOT NULL,
  updated_unix_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  id_hash TEXT PRIMARY KEY,
  user_name TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_unix_ms INTEGER NOT NULL,
  expires_unix_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS api_tokens (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_unix_ms INTEGER NOT NULL,
  revoked_unix_ms INTEGER
);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY,
  time_unix_ms INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS incident_actions (
  id INTEGER PRIMARY KEY,
  incident_key TEXT NOT NULL,
  action TEXT NOT NULL,
  assessment TEXT,
  note TEXT NOT NULL,
  actor TEXT NOT NULL,
  time_unix_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS incident_actions_by_key ON incident_actions (incident_key, id);
CREATE TABLE IF NOT EXISTS login_failures (
  key TEXT NOT NULL,
  time_unix_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_by_key ON login_failures (key, time_unix_ms);
CREATE INDEX IF NOT EXISTS login_failures_by_time ON login_failures (time_unix_ms);
`;

interface TokenDbRow {
  id: string;
  hash: string;
  name: string;
  role: string;
  created_by: string;
  created_unix_ms: number;
  revoked_unix_ms: number | null;
}

interface ActionDbRow {
  id: number;
  incident_key: string;
  action: string;
  assessment: string | null;
  note: string;
  actor: string;
  time_unix_ms: number;
}

const toToken = (row: TokenDbRow): TokenRow => ({
  id: row.id,
  hash: row.hash,
  name: row.name,
  role: row.role as Role,
  createdBy: row.created_by,
  createdUnixMs: row.created_unix_ms,
  revokedUnixMs: row.revoked_unix_ms ?? undefined,
});

const toAction = (row: ActionDbRow): IncidentActionRow => ({
  id: row.id,
  incidentKey: row.incident_key,
  action: row.action as IncidentActionRow['action'],
  assessment: (row.assessment ?? undefined) as Assessment | undefined,
  note: row.note,
  actor: row.actor,
  timeUnixMs: row.time_unix_ms,
});

/** The access tables in the centre's SQLite database (the schema is applied with the records'). */
export class SqliteAccessStore implements AccessStore {
  constructor(private readonly db: Database.Database) {}

  async postCredential(postId: string): Promise<PostCredentialRow | undefined> {
    return this.db.prepare('SELECT post_id AS postId, password_hash AS passwordHash, mosquitto_hash AS mosquittoHash, updated_unix_ms AS updatedUnixMs FROM post_credentials WHERE post_id = ?').get(postId) as PostCredentialRow | undefined;
  }

  async putPostCredential(row: PostCredentialRow): Promise<void> {
    this.db
      .prepare('INSERT OR REPLACE INTO post_credentials (post_id, password_hash, mosquitto_hash, updated_unix_ms) VALUES (?, ?, ?, ?)')
      .run(row.postId, row.passwordHash, row.mosquittoHash, row.updatedUnixMs);
  }

  async deletePostCredential(postId: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM post_credentials WHERE post_id = ?').run(postId).changes > 0;
  }

  async postCredentials(): Promise<PostCredentialRow[]> {
    return this.db.prepare('SELECT post_id AS postId, password_hash AS passwordHash, mosquitto_hash AS mosquittoHash, updated_unix_ms AS updatedUnixMs FROM post_credentials ORDER BY post_id').all() as PostCredentialRow[];
  }

  async user(name: string): Promise<UserRow | undefined> {
    return this.db.prepare('SELECT name, role, password_hash AS passwordHash, created_unix_ms AS createdUnixMs, updated_unix_ms AS updatedUnixMs FROM users WHERE name = ?').get(name) as UserRow | undefined;
  }

  async users(): Promise<UserRow[]> {
    return this.db.prepare('SELECT name, role, password_hash AS passwordHash, created_unix_ms AS createdUnixMs, updated_unix_ms AS updatedUnixMs FROM users ORDER BY name').all() as UserRow[];
  }

  async putUser(row: UserRow): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO users (name, role, password_hash, created_unix_ms, updated_unix_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, updated_unix_ms = excluded.updated_unix_ms`,
      )
      .run(row.name, row.role, row.passwordHash, row.createdUnixMs, row.updatedUnixMs);
  }

  async deleteUser(name: string): Promise<boolean> {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM sessions WHERE user_name = ?').run(name);
      this.db.prepare('DELETE FROM api_tokens WHERE created_by = ?').run(name);
      return this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes > 0;
    })();
  }

  async putSession(row: SessionRow): Promise<void> {
    this.db.prepare('INSERT INTO sessions (id_hash, user_name, csrf_token, created_unix_ms, expires_unix_ms) VALUES (?, ?, ?, ?, ?)').run(row.idHash, row.userName, row.csrfToken, row.createdUnixMs, row.expiresUnixMs);
  }

  async session(idHash: string): Promise<SessionRow | undefined> {
    return this.db.prepare('SELECT id_hash AS idHash, user_name AS userName, csrf_token AS csrfToken, created_unix_ms AS createdUnixMs, expires_unix_ms AS expiresUnixMs FROM sessions WHERE id_hash = ?').get(idHash) as SessionRow | undefined;
  }

  async deleteSession(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteSessionsOf(userName: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE user_name = ?').run(userName);
  }

  async deleteExpiredSessions(nowUnixMs: number): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE expires_unix_ms <= ?').run(nowUnixMs);
  }

  async putToken(row: TokenRow): Promise<void> {
    this.db
      .prepare('INSERT INTO api_tokens (id, hash, name, role, created_by, created_unix_ms, revoked_unix_ms) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(row.id, row.hash, row.name, row.role, row.createdBy, row.createdUnixMs, row.revokedUnixMs ?? null);
  }

  async tokenByHash(hash: string): Promise<TokenRow | undefined> {
    const row = this.db.prepare('SELECT * FROM api_tokens WHERE hash = ?').get(hash) as TokenDbRow | undefined;
    return row === undefined ? undefined : toToken(row);
  }

  /** Two reads of the same file, no round trip to save. */
  async tokenWithUser(hash: string): Promise<{ token: TokenRow; user: UserRow | undefined } | undefined> {
    const token = await this.tokenByHash(hash);
    return token === undefined ? undefined : { token, user: await this.user(token.createdBy) };
  }

  async sessionWithUser(idHash: string): Promise<{ session: SessionRow; user: UserRow | undefined } | undefined> {
    const session = await this.session(idHash);
    return session === undefined ? undefined : { session, user: await this.user(session.userName) };
  }

  async tokens(): Promise<TokenRow[]> {
    return (this.db.prepare('SELECT * FROM api_tokens ORDER BY created_unix_ms, id').all() as TokenDbRow[]).map(toToken);
  }

  async revokeToken(id: string, revokedUnixMs: number): Promise<boolean> {
    return this.db.prepare('UPDATE api_tokens SET revoked_unix_ms = ? WHERE id = ? AND revoked_unix_ms IS NULL').run(revokedUnixMs, id).changes > 0;
  }

  async appendAudit(entry: Omit<AuditRow, 'id'>): Promise<void> {
    this.db.prepare('INSERT INTO audit (time_unix_ms, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)').run(entry.timeUnixMs, entry.actor, entry.action, entry.subject, JSON.stringify(entry.detail));
  }

  async audit(query: { afterId?: number | undefined; limit: number }): Promise<AuditRow[]> {
    const rows = this.db.prepare('SELECT id, time_unix_ms, actor, action, subject, detail FROM audit WHERE id > ? ORDER BY id LIMIT ?').all(query.afterId ?? 0, query.limit) as {
      id: number;
      time_unix_ms: number;
      actor: string;
      action: string;
      subject: string;
      detail: string;
    }[];
    return rows.map((row) => ({ id: row.id, timeUnixMs: row.time_unix_ms, actor: row.actor, action: row.action, subject: row.subject, detail: JSON.parse(row.detail) as Record<string, unknown> }));
  }

  async addLoginFailure(keys: readonly string[], timeUnixMs: number): Promise<void> {
    const insert = this.db.prepare('INSERT INTO login_failures (key, time_unix_ms) VALUES (?, ?)');
    this.db.transaction(() => keys.forEach((key) => insert.run(key, timeUnixMs)))();
  }

  async loginFailures(key: string, sinceUnixMs: number): Promise<{ count: number; firstUnixMs: number | undefined }> {
    const row = this.db.prepare('SELECT count(*) AS count, min(time_unix_ms) AS first FROM login_failures WHERE key = ? AND time_unix_ms >= ?').get(key, sinceUnixMs) as { count: number; first: number | null };
    return { count: row.count, firstUnixMs: row.first ?? undefined };
  }

  async clearLoginFailures(key: string): Promise<void> {
    this.db.prepare('DELETE FROM login_failures WHERE key = ?').run(key);
  }

  async pruneLoginFailures(beforeUnixMs: number): Promise<void> {
    this.db.prepare('DELETE FROM login_failures WHERE time_unix_ms < ?').run(beforeUnixMs);
  }

  async addIncidentAction(row: Omit<IncidentActionRow, 'id'>): Promise<IncidentActionRow> {
    const result = this.db
      .prepare('INSERT INTO incident_actions (incident_key, action, assessment, note, actor, time_unix_ms) VALUES (?, ?, ?, ?, ?, ?)')
      .run(row.incidentKey, row.action, row.assessment ?? null, row.note, row.actor, row.timeUnixMs);
    return { ...row, id: Number(result.lastInsertRowid) };
  }

  async incidentActions(query: { incidentKeys?: readonly string[] | undefined; afterId?: number | undefined; limit: number }): Promise<IncidentActionRow[]> {
    const keys = query.incidentKeys;
    if (keys !== undefined && keys.length === 0) return [];
    const byKey = keys === undefined ? '' : `AND incident_key IN (${keys.map(() => '?').join(', ')})`;
    const rows = this.db.prepare(`SELECT * FROM incident_actions WHERE id > ? ${byKey} ORDER BY id LIMIT ?`).all(query.afterId ?? 0, ...(keys ?? []), query.limit) as ActionDbRow[];
    return rows.map(toAction);
  }
}
