import { parseDuration } from '../../kernel/units.js';
import type { Caller } from '../access/http-auth.js';
import type { CommandRow, CommandStore } from '../command-rows.js';
import type { HttpApiParts } from '../http-api.js';
import { HttpProblem, badRequest, sendJson } from './problem.js';
import { Query } from './query.js';
import type { Route } from './routes.js';

/** A config file (1 MiB) as base64, and the rest of the request. */
const MAX_COMMAND_BODY_BYTES = 1_500_000;
const DEFAULT_EXPIRY_MS = 10 * 60_000;

/** Output shown inline as text; anything else (a bundle, a frame) as base64. */
const TEXT_TYPE = /^(application\/json|text\/)/;

/** A command as the API shows it; one still pending past its expiry shows as `expired` (the post will refuse it). */
export function commandJson(row: CommandRow, withOutput: boolean, nowUnixMs: number): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: row.id,
    post: row.postId,
    name: row.name,
    arguments: row.arguments,
    issuer: row.issuer,
    issued: new Date(row.issuedUnixMs).toISOString(),
    expires: new Date(row.expiresUnixMs).toISOString(),
    state: row.state === 'pending' && nowUnixMs >= row.expiresUnixMs ? 'expired' : row.state,
    reason: row.reason,
    configHash: row.configHash,
    outputType: row.outputType,
    outputBytes: row.output.length,
    updated: new Date(row.updatedUnixMs).toISOString(),
  };
  if (!withOutput) return json;
  const text = row.outputType === '' || TEXT_TYPE.test(row.outputType);
  return { ...json, ...(text ? { outputText: Buffer.from(row.output).toString('utf8') } : { outputBase64: Buffer.from(row.output).toString('base64') }) };
}

function commandStore(parts: HttpApiParts): CommandStore {
  if (parts.store.commands === undefined) throw new HttpProblem(501, 'Not implemented', 'this centre keeps no commands (its store has no commands table)');
  return parts.store.commands;
}

/** POST /api/commands: `{ post, name, arguments?, payloadBase64?, expires? }`. */
function commandRequest(body: unknown): { post: string; name: string; arguments: Record<string, string>; payload: Buffer; expiresInMs: number } {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { post, name, expires } = fields;
  const args = fields['arguments'] ?? {};
  const payload = fields['payloadBase64'] ?? '';
  if (typeof post !== 'string' || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(post)) throw badRequest('post: expected a post id such as "bp-017"');
  if (typeof name !== 'string' || name.length > 50) throw badRequest('name: expected a command name such as "status"');
  if (typeof args !== 'object' || args === null || Array.isArray(args) || Object.values(args).some((value) => typeof value !== 'string')) throw badRequest('arguments: expected an object of strings, e.g. {"level": "debug", "for": "10m"}');
  if (typeof payload !== 'string') throw badRequest('payloadBase64: expected the payload (push-config: the config file) as base64');
  let expiresInMs = DEFAULT_EXPIRY_MS;
  if (expires !== undefined) {
    try {
      expiresInMs = parseDuration(String(expires));
    } catch {
      throw badRequest(`expires: expected a duration such as 10m or 2h, found "${String(expires).slice(0, 50)}"`);
    }
  }
  return { post, name, arguments: args as Record<string, string>, payload: Buffer.from(payload, 'base64'), expiresInMs };
}

export const COMMAND_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: /^\/api\/commands$/,
    role: 'viewer',
    handle: async ({ url, response, parts, headers }) => {
      const query = new Query(url.searchParams, ['post', 'limit']);
      const rows = await commandStore(parts).commands({ postId: query.optional('post'), limit: query.limit() });
      sendJson(response, 200, rows.map((row) => commandJson(row, false, parts.clock())), headers);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/commands\/([^/]+)$/,
    role: 'viewer',
    handle: async ({ url, response, parts, params, headers }) => {
      new Query(url.searchParams, []);
      const row = await commandStore(parts).command(params[0] as string);
      if (row === undefined) throw new HttpProblem(404, 'Not found', `no command "${(params[0] as string).slice(0, 100)}" was issued by this centre`);
      sendJson(response, 200, commandJson(row, true, parts.clock()), headers);
    },
  },
  {
    method: 'POST',
    path: /^\/api\/commands$/,
    role: 'operator',
    maxBodyBytes: MAX_COMMAND_BODY_BYTES,
    handle: async ({ url, response, parts, body, caller, headers }) => {
      new Query(url.searchParams, []);
      const issuer = parts.commands;
      if (issuer === undefined) throw new HttpProblem(503, 'Service unavailable', 'this centre worker cannot send commands (no broker connection, e.g. --worker-role api, or no command key); send it to a worker that ingests');
      const request = commandRequest(body);
      const who = (caller as Caller).actor;
      let row: CommandRow;
      try {
        row = await issuer.issue({ postId: request.post, name: request.name, arguments: request.arguments, payload: request.payload, expiresInMs: request.expiresInMs, issuer: who });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'centre.command_name' || code === 'centre.command_expiry') throw badRequest((error as Error).message);
        throw error;
      }
      await parts.access?.appendAudit({ timeUnixMs: parts.clock(), actor: who, action: 'command.issue', subject: row.postId, detail: { id: row.id, name: row.name, arguments: row.arguments } });
      sendJson(response, 201, commandJson(row, false, parts.clock()), headers);
    },
  },
];
