import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BodyKind } from '../../wire/index.js';
import type { Caller } from '../access/http-auth.js';
import type { HttpApiParts } from '../http-api.js';
import { postJson, rowJson } from '../record-json.js';
import type { Role } from '../store.js';
import { COMMAND_ROUTES } from './commands.js';
import { assessmentsExport, incidentAction, incidentDetail, withWorkflow } from './incidents.js';
import { openApiDocument } from './openapi.js';
import { HttpProblem, badRequest, sendJson } from './problem.js';
import { Query, parseRecordCursor, recordCursor } from './query.js';

export interface RouteContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  /** The path's captured parts, percent-decoded. */
  params: string[];
  body: unknown;
  /** Undefined only on public routes. */
  caller: Caller | undefined;
  parts: HttpApiParts;
  headers: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'POST';
  path: RegExp;
  /** The least role that may call it; `public` needs no session (login, the OpenAPI document). */
  role: Role | 'public';
  /** Largest JSON body accepted; default 16 KiB. */
  maxBodyBytes?: number;
  handle(context: RouteContext): Promise<void>;
}

const LIST_PARAMS = ['post', 'sensor', 'since', 'until', 'limit', 'cursor'];

/** A records list, newest first; `Next-Cursor` names the next page when this one is full. */
function recordList(kind: BodyKind): Route['handle'] {
  return async ({ url, response, parts, headers }) => {
    const query = new Query(url.searchParams, LIST_PARAMS);
    const limit = query.limit();
    const rows = await parts.store.records({
      kinds: [kind],
      postId: query.optional('post'),
      sensor: query.optional('sensor'),
      sinceUnixMs: query.time('since'),
      untilUnixMs: query.time('until'),
      before: parseRecordCursor(query.optional('cursor')),
      limit,
    });
    const last = rows.at(-1);
    const next: Record<string, string> = rows.length === limit && last !== undefined ? { 'next-cursor': recordCursor(last) } : {};
    const body = kind === 'incident' ? await withWorkflow(parts.access, rows) : rows.map(rowJson);
    sendJson(response, 200, body, { ...headers, ...next });
  };
}

function requireAccess(parts: HttpApiParts): NonNullable<HttpApiParts['access']> {
  if (parts.access === undefined) throw new HttpProblem(501, 'Not implemented', 'this centre keeps no operator records (its store has no access tables)');
  return parts.access;
}

function clientAddress(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

export const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: /^\/api\/openapi\.json$/,
    role: 'public',
    handle: async ({ url, response, headers }) => {
      new Query(url.searchParams, []);
      sendJson(response, 200, openApiDocument(), headers);
    },
  },
  {
    method: 'POST',
    path: /^\/api\/login$/,
    role: 'public',
    handle: async ({ request, response, body, parts, headers }) => {
      const auth = parts.auth;
      if (auth === undefined) throw new HttpProblem(400, 'Bad request', 'this centre runs without authentication (--insecure): there is nothing to log in to');
      const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
      const name = fields['name'];
      const password = fields['password'];
      if (typeof name !== 'string' || typeof password !== 'string' || name.length > 100 || password.length > 1000) throw badRequest('give {"name": "...", "password": "..."}');
      const outcome = await auth.login(name, password, clientAddress(request));
      if (!outcome.ok) {
        if (outcome.retryAfterS !== undefined) throw new HttpProblem(429, 'Too many requests', `too many failed logins; try again in ${outcome.retryAfterS} s`, { 'retry-after': String(outcome.retryAfterS) });
        await parts.access?.appendAudit({ timeUnixMs: parts.clock(), actor: 'anonymous', action: 'session.login_failed', subject: name, detail: { address: clientAddress(request) } });
        throw new HttpProblem(401, 'Unauthorized', 'wrong user name or password');
      }
      await parts.access?.appendAudit({ timeUnixMs: parts.clock(), actor: outcome.caller.actor, action: 'session.login', subject: outcome.caller.user, detail: { address: clientAddress(request) } });
      sendJson(response, 200, { user: outcome.caller.user, role: outcome.caller.role, csrfToken: outcome.caller.csrfToken }, { ...headers, 'set-cookie': outcome.cookie });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/logout$/,
    role: 'viewer',
    handle: async ({ request, response, parts, caller, headers }) => {
      const cookie = parts.auth === undefined ? undefined : await parts.auth.logout(request);
      if (caller !== undefined) await parts.access?.appendAudit({ timeUnixMs: parts.clock(), actor: caller.actor, action: 'session.logout', subject: caller.user, detail: {} });
      sendJson(response, 200, { ok: true }, { ...headers, ...(cookie === undefined ? {} : { 'set-cookie': cookie }) });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/session$/,
    role: 'viewer',
    handle: async ({ url, response, caller, headers }) => {
      new Query(url.searchParams, []);
      sendJson(response, 200, { user: caller?.user, role: caller?.role, csrfToken: caller?.csrfToken ?? null }, headers);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/posts$/,
    role: 'viewer',
    handle: async ({ url, response, parts, headers }) => {
      new Query(url.searchParams, []);
      sendJson(response, 200, (await parts.store.posts()).map(postJson), headers);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/posts\/([^/]+)$/,
    role: 'viewer',
    handle: async ({ url, response, parts, params, headers }) => {
      new Query(url.searchParams, []);
      const id = params[0] as string;
      const post = await parts.store.post(id);
      if (post === undefined) throw new HttpProblem(404, 'Not found', `no post "${id.slice(0, 100)}" has reported to this centre`);
      const [health] = await parts.store.latestHealth(id);
      sendJson(response, 200, { ...postJson(post), health: health === undefined ? null : rowJson(health) }, headers);
    },
  },
  { method: 'GET', path: /^\/api\/detections$/, role: 'viewer', handle: recordList('detection') },
  { method: 'GET', path: /^\/api\/incidents$/, role: 'viewer', handle: recordList('incident') },
  { method: 'GET', path: /^\/api\/readings$/, role: 'viewer', handle: recordList('reading') },
  { method: 'GET', path: /^\/api\/events$/, role: 'viewer', handle: recordList('event') },
  {
    method: 'GET',
    path: /^\/api\/incidents\/([^/]+)\/([^/]+)$/,
    role: 'viewer',
    handle: async ({ url, response, parts, params, headers }) => {
      new Query(url.searchParams, []);
      sendJson(response, 200, await incidentDetail(parts.store, parts.access, params[0] as string, params[1] as string), headers);
    },
  },
  ...(['acknowledge', 'assess'] as const).map(
    (action): Route => ({
      method: 'POST',
      path: new RegExp(`^\\/api\\/incidents\\/([^/]+)\\/([^/]+)\\/${action}$`),
      role: 'operator',
      handle: async ({ url, response, parts, params, body, caller, headers }) => {
        new Query(url.searchParams, []);
        const workflow = await incidentAction(parts.store, requireAccess(parts), caller as Caller, { postId: params[0] as string, incidentId: params[1] as string, action }, body, parts.clock());
        sendJson(response, 200, workflow, headers);
      },
    }),
  ),
  {
    method: 'GET',
    path: /^\/api\/assessments$/,
    role: 'viewer',
    handle: async ({ url, response, parts, headers }) => {
      const query = new Query(url.searchParams, ['after', 'limit']);
      const { rows, lastId } = await assessmentsExport(parts.store, requireAccess(parts), query.id('after'), query.limit());
      sendJson(response, 200, rows, { ...headers, ...(lastId === undefined ? {} : { 'next-cursor': String(lastId) }) });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/audit$/,
    role: 'admin',
    handle: async ({ url, response, parts, headers }) => {
      const query = new Query(url.searchParams, ['after', 'limit']);
      const limit = query.limit();
      const rows = await requireAccess(parts).audit({ afterId: query.id('after'), limit });
      const json = rows.map((row) => ({ id: row.id, time: new Date(row.timeUnixMs).toISOString(), actor: row.actor, action: row.action, subject: row.subject, detail: row.detail }));
      sendJson(response, 200, json, { ...headers, ...(rows.length === limit ? { 'next-cursor': String(rows.at(-1)?.id) } : {}) });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/users$/,
    role: 'admin',
    handle: async ({ url, response, parts, headers }) => {
      new Query(url.searchParams, []);
      const users = await requireAccess(parts).users();
      sendJson(response, 200, users.map((user) => ({ name: user.name, role: user.role, created: new Date(user.createdUnixMs).toISOString() })), headers);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/health$/,
    role: 'viewer',
    handle: async ({ url, response, parts, headers }) => {
      const query = new Query(url.searchParams, ['post']);
      sendJson(response, 200, (await parts.store.latestHealth(query.optional('post'))).map(rowJson), headers);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/stats$/,
    role: 'viewer',
    handle: async ({ url, response, parts, headers }) => {
      new Query(url.searchParams, []);
      sendJson(response, 200, parts.stats(), headers);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/stream$/,
    role: 'viewer',
    handle: async ({ url, request, response, parts, headers }) => {
      const query = new Query(url.searchParams, ['post', 'kind']);
      const lastEventId = request.headers['last-event-id'];
      parts.stream.open(request, response, { post: query.optional('post'), kind: query.optional('kind') }, typeof lastEventId === 'string' ? lastEventId : undefined, headers);
    },
  },
  ...COMMAND_ROUTES,
];
