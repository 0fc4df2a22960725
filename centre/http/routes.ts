import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { BodyKind } from '../../wire/index.js';
import type { Caller } from '../access/http-auth.js';
import type { HttpApiParts } from '../http-api.js';
import { postJson, rowJson } from '../record-json.js';
import { ASSESSMENTS, type Assessment } from '../store.js';
import { COMMAND_ROUTES } from './commands.js';
import { assessmentsExport, incidentAction, incidentDetail, withWorkflow } from './incidents.js';
import { healthJson } from './health-json.js';
import { openApiDocument } from './openapi.js';
import { postVitals } from './post-vitals.js';
import { snapshotPicture } from './snapshots.js';
import { HttpProblem } from './problem.js';
import { parseRecordCursor, recordCursor } from './query.js';
import { body, params, query } from './requests.js';
import { route, type Route } from './route.js';

/** A records list, newest first; `Next-Cursor` names the next page when this one is full. */
function recordList(kind: BodyKind, summary: string): Route {
  return route({
    method: 'GET',
    url: `/api/${kind === 'detection' ? 'detections' : kind === 'incident' ? 'incidents' : kind === 'reading' ? 'readings' : 'events'}`,
    role: 'viewer',
    summary,
    response: kind === 'incident' ? 'incident[]' : 'record[]',
    query: query.records,
    handle: async ({ query: asked, parts }) => {
      const rows = await parts.store.records({
        kinds: [kind],
        postId: asked.post,
        sensor: asked.sensor,
        sinceUnixMs: asked.since,
        untilUnixMs: asked.until,
        before: parseRecordCursor(asked.cursor),
        limit: asked.limit,
      });
      const last = rows.at(-1);
      const next = rows.length === asked.limit && last !== undefined ? { 'next-cursor': recordCursor(last) } : undefined;
      return { body: kind === 'incident' ? await withWorkflow(parts.access, rows) : rows.map(rowJson), headers: next };
    },
  });
}

function requireAccess(parts: HttpApiParts): NonNullable<HttpApiParts['access']> {
  if (parts.access === undefined) throw new HttpProblem(501, 'Not implemented', 'this centre keeps no operator records (its store has no access tables)');
  return parts.access;
}

function clientAddress(request: FastifyRequest): string {
  return request.socket.remoteAddress ?? 'unknown';
}

function incidentActionRoute(action: 'acknowledge' | 'assess', actionBody: z.ZodType<{ assessment?: Assessment | undefined; note: string }>, summary: string): Route {
  return route({
    method: 'POST',
    url: `/api/incidents/:post/:incident/${action}`,
    role: 'operator',
    summary,
    response: 'workflow',
    query: query.none,
    params: params.incident,
    body: actionBody,
    handle: async ({ params: target, body: said, parts, caller }) => ({
      body: await incidentAction(parts.store, requireAccess(parts), caller as Caller, { postId: target.post, incidentId: target.incident, action }, said, parts.clock()),
    }),
  });
}

/** Made once, at the first request: the routes do not change while the centre runs. */
let document: Record<string, unknown> | undefined;

export const ROUTES: readonly Route[] = [
  route({
    method: 'GET',
    url: '/api/openapi.json',
    role: 'public',
    summary: 'this document',
    response: 'document',
    query: query.none,
    handle: async () => ({ body: (document ??= openApiDocument(ROUTES)) }),
  }),
  route({
    method: 'POST',
    url: '/api/login',
    role: 'public',
    summary: 'log in with {name, password}: sets the session cookie, answers the CSRF token',
    response: 'session',
    query: query.none,
    body: body.login,
    handle: async ({ request, body: { name, password }, parts }) => {
      const auth = parts.auth;
      if (auth === undefined) throw new HttpProblem(400, 'Bad request', 'this centre runs without authentication (--insecure): there is nothing to log in to');
      const outcome = await auth.login(name, password, clientAddress(request));
      if (!outcome.ok) {
        if (outcome.retryAfterS !== undefined) throw new HttpProblem(429, 'Too many requests', `too many failed logins; try again in ${outcome.retryAfterS} s`, { 'retry-after': String(outcome.retryAfterS) });
        await parts.access?.appendAudit({ timeUnixMs: parts.clock(), actor: 'anonymous', action: 'session.login_failed', subject: name, detail: { address: clientAddress(request) } });
        throw new HttpProblem(401, 'Unauthorized', 'wrong user name or password');
      }
      await parts.access?.appendAudit({ timeUnixMs: parts.clock(), actor: outcome.caller.actor, action: 'session.login', subject: outcome.caller.user, detail: { address: clientAddress(request) } });
      return { body: { user: outcome.caller.user, role: outcome.caller.role, csrfToken: outcome.caller.csrfToken }, headers: { 'set-cookie': outcome.cookie } };
    },
  }),
  route({
    method: 'POST',
    url: '/api/logout',
    role: 'viewer',
    summary: 'end the session',
    response: 'ok',
    query: query.none,
    body: body.empty,
    handle: async ({ request, parts, caller }) => {
      const cookie = parts.auth === undefined ? undefined : await parts.auth.logout(request.raw);
      if (caller !== undefined) await parts.access?.appendAudit({ timeUnixMs: parts.clock(), actor: caller.actor, action: 'session.logout', subject: caller.user, detail: {} });
      return { body: { ok: true }, headers: cookie === undefined ? undefined : { 'set-cookie': cookie } };
    },
  }),
  route({
    method: 'GET',
    url: '/api/session',
    role: 'viewer',
    summary: 'who is logged in, and the CSRF token to send as X-CSRF-Token',
    response: 'session',
    query: query.none,
    handle: async ({ caller }) => ({ body: { user: caller?.user, role: caller?.role, csrfToken: caller?.csrfToken ?? null } }),
  }),
  route({
    method: 'GET',
    url: '/api/posts',
    role: 'viewer',
    summary: 'every post that reported',
    response: 'post[]',
    query: query.none,
    handle: async ({ parts }) => ({ body: (await parts.store.posts()).map(postJson) }),
  }),
  route({
    method: 'GET',
    url: '/api/posts/:post',
    role: 'viewer',
    summary: 'one post with its latest Health',
    response: 'postDetail',
    query: query.none,
    params: params.post,
    handle: async ({ params: { post: id }, parts }) => {
      const post = await parts.store.post(id);
      if (post === undefined) throw new HttpProblem(404, 'Not found', `no post "${id.slice(0, 100)}" has reported to this centre`);
      const [health] = await parts.store.latestHealth(id);
      return { body: { ...postJson(post), health: health === undefined ? null : (healthJson(parts.store, [health])[0] ?? null) } };
    },
  }),
  route({
    method: 'GET',
    url: '/api/posts/:post/vitals',
    role: 'viewer',
    summary: "the post's health over time, oldest first: battery, temperature, signal, backlog, ack round trip (the latest `limit` Health records in the range)",
    response: 'vitals[]',
    query: query.series,
    params: params.post,
    handle: async ({ params: { post }, query: asked, parts }) => ({ body: await postVitals(parts.store, post, { sinceUnixMs: asked.since, untilUnixMs: asked.until, limit: asked.limit }) }),
  }),
  route({
    method: 'GET',
    url: '/api/snapshots/:post/:snapshot',
    role: 'viewer',
    summary: 'the picture of a snapshot a post sent (an incident lists its snapshots with this URL)',
    response: 'picture',
    query: query.none,
    params: params.snapshot,
    handle: async ({ params: target, parts }) => snapshotPicture(parts.store, target.post, target.snapshot),
  }),
  route({
    method: 'GET',
    url: '/api/map',
    role: 'viewer',
    summary: "the map's tile server (`--map-tiles`), or null: the console draws the shipped base map only",
    response: 'map',
    query: query.none,
    handle: async ({ parts }) => ({ body: { tiles: parts.mapTiles?.template ?? null, attribution: parts.mapTiles?.attribution ?? null } }),
  }),
  recordList('detection', 'detections, newest first'),
  recordList('incident', 'incidents with their workflow, newest first'),
  recordList('reading', 'readings, newest first'),
  recordList('event', 'events, newest first'),
  route({
    method: 'GET',
    url: '/api/incidents/:post/:incident',
    role: 'viewer',
    summary: 'an incident, its member detections, readings around it, its workflow',
    response: 'incidentDetail',
    query: query.none,
    params: params.incident,
    handle: async ({ params: target, parts }) => ({ body: await incidentDetail(parts.store, parts.access, target.post, target.incident) }),
  }),
  incidentActionRoute('acknowledge', body.acknowledge, 'acknowledge, with an optional {note}'),
  incidentActionRoute('assess', body.assess, `assess with {assessment: ${ASSESSMENTS.join('|')}, note}`),
  route({
    method: 'GET',
    url: '/api/assessments',
    role: 'viewer',
    summary: 'labelled data: every assessment with its incident, oldest first',
    response: 'assessment[]',
    query: query.idPage,
    handle: async ({ query: asked, parts }) => {
      const { rows, lastId } = await assessmentsExport(parts.store, requireAccess(parts), asked.after, asked.limit);
      return { body: rows, headers: lastId === undefined ? undefined : { 'next-cursor': String(lastId) } };
    },
  }),
  route({
    method: 'GET',
    url: '/api/audit',
    role: 'admin',
    summary: 'the audit log, oldest first',
    response: 'audit[]',
    query: query.idPage,
    handle: async ({ query: asked, parts }) => {
      const rows = await requireAccess(parts).audit({ afterId: asked.after, limit: asked.limit });
      const json = rows.map((row) => ({ id: row.id, time: new Date(row.timeUnixMs).toISOString(), actor: row.actor, action: row.action, subject: row.subject, detail: row.detail }));
      return { body: json, headers: rows.length === asked.limit ? { 'next-cursor': String(rows.at(-1)?.id) } : undefined };
    },
  }),
  route({
    method: 'GET',
    url: '/api/users',
    role: 'admin',
    summary: 'users and roles',
    response: 'user[]',
    query: query.none,
    handle: async ({ parts }) => {
      const users = await requireAccess(parts).users();
      return { body: users.map((user) => ({ name: user.name, role: user.role, created: new Date(user.createdUnixMs).toISOString() })) };
    },
  }),
  route({
    method: 'GET',
    url: '/api/health',
    role: 'viewer',
    summary: 'the latest Health of each post',
    response: 'record[]',
    query: query.health,
    handle: async ({ query: asked, parts }) => ({ body: healthJson(parts.store, await parts.store.latestHealth(asked.post)) }),
  }),
  route({
    method: 'GET',
    url: '/api/stats',
    role: 'viewer',
    summary: 'ingest counters since start, and retention per record class',
    response: 'stats',
    query: query.none,
    handle: async ({ parts }) => ({ body: { ...parts.stats(), retention: await parts.retention() } }),
  }),
  route({
    method: 'GET',
    url: '/api/stream',
    role: 'viewer',
    summary: 'Server-Sent Events, one `record` event per stored record; Last-Event-ID resumes',
    response: 'stream',
    query: query.stream,
    handle: async ({ query: asked, request, reply, parts, headers }) => {
      const lastEventId = request.headers['last-event-id'];
      reply.hijack();
      parts.stream.open(request.raw, reply.raw, { post: asked.post, kind: asked.kind }, typeof lastEventId === 'string' ? lastEventId : undefined, headers);
      return 'streamed';
    },
  }),
  ...COMMAND_ROUTES,
];
