import type { IncomingMessage } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type AccessStore, type Role } from '../store.js';
import { tokenHash, verifyPassword } from './passwords.js';

export const SESSION_COOKIE = 'outpost_session';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_MS = 12 * 3600_000;
/** Failed logins allowed per user name, and per client address (a control room shares one), within the window; then 429. */
const USER_FAILURES = 5;
const ADDRESS_FAILURES = 50;
const LOGIN_WINDOW_MS = 5 * 60_000;

/** Who is asking: a user through a session, or a token. */
export interface Caller {
  /** For the audit log: the user name, or `token:<id>`. */
  actor: string;
  user: string;
  role: Role;
  /** Set for a cookie session: state changes must carry it in the X-CSRF-Token header. */
  csrfToken: string | undefined;
}

export function hasRole(caller: Caller, least: Role): boolean {
  return ROLES.indexOf(caller.role) >= ROLES.indexOf(least);
}

function cookieOf(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export type LoginOutcome = { ok: true; caller: Caller; cookie: string } | { ok: false; retryAfterS: number | undefined };

/**
 * Sessions (random ids in an HttpOnly, SameSite=Strict cookie, Secure under TLS, kept as
 * SHA-256), API tokens (`Authorization: Bearer`, kept as SHA-256, revocable) and a login rate
 * limit (per client address and per user name, counted in the store: every worker of a centre
 * sees the same failures, so more workers do not mean more guesses).
 */
export class HttpAuth {
  constructor(
    private readonly access: AccessStore,
    private readonly secureCookies: boolean,
    private readonly clock: () => number = Date.now,
  ) {}

  async identify(request: IncomingMessage): Promise<Caller | undefined> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (match === null) return undefined;
      const found = await this.access.tokenWithUser(tokenHash(match[1] as string));
      if (found === undefined || found.token.revokedUnixMs !== undefined || found.user === undefined) return undefined;
      const { token, user } = found;
      // A token never acts above its user's current role.
      const role = ROLES[Math.min(ROLES.indexOf(token.role), ROLES.indexOf(user.role))] as Role;
      return { actor: `token:${token.id}`, user: user.name, role, csrfToken: undefined };
    }
    const id = cookieOf(request, SESSION_COOKIE);
    if (id === undefined || id === '') return undefined;
    const found = await this.access.sessionWithUser(tokenHash(id));
    if (found === undefined) return undefined;
    const { session, user } = found;
    if (session.expiresUnixMs <= this.clock()) {
      await this.access.deleteSession(session.idHash);
      return undefined;
    }
    if (user === undefined) return undefined;
    return { actor: user.name, user: user.name, role: user.role, csrfToken: session.csrfToken };
  }

  /** True when the request may change state: tokens need no CSRF token, sessions must echo theirs. */
  csrfOk(caller: Caller, request: IncomingMessage): boolean {
    if (caller.csrfToken === undefined) return true;
    const given = request.headers[CSRF_HEADER];
    return typeof given === 'string' && same(given, caller.csrfToken);
  }

  async login(name: string, password: string, clientAddress: string): Promise<LoginOutcome> {
    const now = this.clock();
    const keys = [`ip:${clientAddress}`, `user:${name}`];
    const retryAfter = Math.max(...(await Promise.all(keys.map((key) => this.blockedFor(key, now)))));
    if (retryAfter > 0) return { ok: false, retryAfterS: Math.ceil(retryAfter / 1000) };
    const user = await this.access.user(name);
    // An unknown user costs the same hash as a known one: timing does not tell which names exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (user === undefined || !ok) {
      // Failures past the window count for nothing: dropping them here keeps the table to the
      // last few minutes' worth, however many made-up names a flood tries.
      await this.access.pruneLoginFailures(now - LOGIN_WINDOW_MS);
      await this.access.addLoginFailure(keys, now);
      return { ok: false, retryAfterS: undefined };
    }
    await this.access.clearLoginFailures(`user:${name}`);
    // Sessions nobody came back for are dropped here, so the table holds at most the live ones and a few.
    await this.access.deleteExpiredSessions(now);
    const id = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    await this.access.putSession({ idHash: tokenHash(id), userName: user.name, csrfToken, createdUnixMs: now, expiresUnixMs: now + SESSION_MS });
    return { ok: true, caller: { actor: user.name, user: user.name, role: user.role, csrfToken }, cookie: this.cookie(id, SESSION_MS / 1000) };
  }

  async logout(request: IncomingMessage): Promise<string> {
    const id = cookieOf(request, SESSION_COOKIE);
    if (id !== undefined) await this.access.deleteSession(tokenHash(id));
    return this.cookie('', 0);
  }

  private cookie(value: string, maxAgeS: number): string {
    return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeS}${this.secureCookies ? '; Secure' : ''}`;
  }

  /** How long `key` must still wait (0: it may try). */
  private async blockedFor(key: string, now: number): Promise<number> {
    const { count, firstUnixMs } = await this.access.loginFailures(key, now - LOGIN_WINDOW_MS + 1);
    return count >= (key.startsWith('ip:') ? ADDRESS_FAILURES : USER_FAILURES) && firstUnixMs !== undefined ? firstUnixMs + LOGIN_WINDOW_MS - now : 0;
  }
}

const UNKNOWN_USER_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$bm8tdXNlci1oYXMtdGhpcy1wYXNzd29yZC1oYXNoLg==';
