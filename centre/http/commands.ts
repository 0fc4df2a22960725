import { z } from 'zod';
import { parseDuration } from '../../kernel/units.js';
import type { Caller } from '../access/http-auth.js';
import type { CommandRow, CommandStore } from '../command-rows.js';
import type { HttpApiParts } from '../http-api.js';
import { HttpProblem, badRequest } from './problem.js';
import { query } from './requests.js';
import { route, type Route } from './route.js';

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
const commandBody = z.strictObject({
  post: z.string('post: expected a post id such as "bp-017"').regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'post: expected a post id such as "bp-017"'),
  name: z.string('name: expected a command name such as "status"').max(50, 'name: expected a command name such as "status"'),
  arguments: z.record(z.string(), z.string(), 'arguments: expected an object of strings, e.g. {"level": "debug", "for": "10m"}').optional().default({}),
  payloadBase64: z.string('payloadBase64: expected the payload (push-config: the config file) as base64').optional().default(''),
  expires: z.string('expires: expected a duration such as 10m or 2h').optional(),
});

function expiresInMs(expires: string | undefined): number {
  if (expires === undefined) return DEFAULT_EXPIRY_MS;
  try {
    return parseDuration(expires);
  } catch {
    throw badRequest(`expires: expected a duration such as 10m or 2h, found "${expires.slice(0, 50)}"`);
  }
}

export const COMMAND_ROUTES: readonly Route[] = [
  route({
    method: 'GET',
    url: '/api/commands',
    role: 'viewer',
    summary: 'commands issued to posts and their state, newest first',
    response: 'command[]',
    query: query.commands,
    handle: async ({ query: asked, parts }) => {
      const rows = await commandStore(parts).commands({ postId: asked.post, limit: asked.limit });
      return { body: rows.map((row) => commandJson(row, false, parts.clock())) };
    },
  }),
  route({
    method: 'GET',
    url: '/api/commands/:command',
    role: 'viewer',
    summary: 'one command with its output (text, or base64 for bytes)',
    response: 'commandDetail',
    query: query.none,
    params: z.strictObject({ command: z.string().min(1).max(200) }),
    handle: async ({ params: { command: id }, parts }) => {
      const row = await commandStore(parts).command(id);
      if (row === undefined) throw new HttpProblem(404, 'Not found', `no command "${id.slice(0, 100)}" was issued by this centre`);
      return { body: commandJson(row, true, parts.clock()) };
    },
  }),
  route({
    method: 'POST',
    url: '/api/commands',
    role: 'operator',
    summary: "issue {post, name, arguments?, payloadBase64?, expires?: \"10m\"}: signed and published on the post's cmd topic (201)",
    response: 'command',
    status: 201,
    query: query.none,
    body: commandBody,
    bodyLimit: MAX_COMMAND_BODY_BYTES,
    handle: async ({ body: request, parts, caller }) => {
      const issuer = parts.commands;
      if (issuer === undefined) throw new HttpProblem(503, 'Service unavailable', 'this centre worker cannot send commands (no broker connection, e.g. --worker-role api, or no command key); send it to a worker that ingests');
      const who = (caller as Caller).actor;
      let row: CommandRow;
      try {
        row = await issuer.issue({ postId: request.post, name: request.name, arguments: request.arguments, payload: Buffer.from(request.payloadBase64, 'base64'), expiresInMs: expiresInMs(request.expires), issuer: who });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (code === 'centre.command_name' || code === 'centre.command_expiry') throw badRequest((error as Error).message);
        throw error;
      }
      await parts.access?.appendAudit({ timeUnixMs: parts.clock(), actor: who, action: 'command.issue', subject: row.postId, detail: { id: row.id, name: row.name, arguments: row.arguments } });
      return { body: commandJson(row, false, parts.clock()), status: 201 };
    },
  }),
];
