import { z } from 'zod';
import { ASSESSMENTS, type Assessment } from '../store.js';
import { HttpProblem, badRequest } from './problem.js';

/**
 * What each route accepts, as zod schemas: fastify validates params, query and body with them
 * (centre/http-api.ts) and the OpenAPI document describes them (centre/http/openapi.ts), so the
 * two cannot disagree. Query values arrive as strings and are turned into numbers here.
 */

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
export const MAX_NOTE = 2000;

const quoted = (input: unknown): string => JSON.stringify(input ?? null).slice(0, 100);

const limit = z
  .string()
  .optional()
  .transform((text, context) => {
    if (text === undefined) return DEFAULT_LIMIT;
    if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
      context.addIssue({ code: 'custom', message: `limit must be a positive integer, got ${quoted(text)}` });
      return z.NEVER;
    }
    return Math.min(Number(text), MAX_LIMIT);
  })
  .describe(`page size, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}; larger is cut to ${MAX_LIMIT})`);

/** A time as Unix milliseconds or ISO 8601. */
const time = (key: string) =>
  z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text === '') return undefined;
      const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
      if (Number.isNaN(value)) {
        context.addIssue({ code: 'custom', message: `${key} must be Unix milliseconds or an ISO 8601 time, got ${quoted(text)}` });
        return z.NEVER;
      }
      return value;
    })
    .describe('Unix milliseconds or ISO 8601');

/** An optional filter; empty means absent. */
const filter = (description: string) =>
  z
    .string()
    .optional()
    .transform((text) => (text === '' ? undefined : text))
    .describe(description);

/** A non-negative integer id (for `after` cursors). */
const afterId = z
  .string()
  .optional()
  .transform((text, context) => {
    if (text === undefined || text === '') return undefined;
    if (!/^\d{1,15}$/.test(text)) {
      context.addIssue({ code: 'custom', message: `after must be a non-negative integer, got ${quoted(text)}` });
      return z.NEVER;
    }
    return Number(text);
  })
  .describe('the Next-Cursor of the previous page (a row id)');

export const query = {
  none: z.strictObject({}),
  records: z.strictObject({
    post: filter('post id'),
    sensor: filter('sensor, camera or source'),
    since: time('since'),
    until: time('until'),
    limit,
    cursor: filter('the Next-Cursor of the previous page'),
  }),
  idPage: z.strictObject({ after: afterId, limit }),
  series: z.strictObject({ since: time('since'), until: time('until'), limit }),
  health: z.strictObject({ post: filter('post id') }),
  commands: z.strictObject({ post: filter('post id'), limit }),
  stream: z.strictObject({ post: filter('post id'), kind: filter('record kind: detection, incident, reading, health, event, snapshot') }),
};

const id = (what: string) => z.string().min(1).max(200, `${what} is at most 200 characters`);
export const params = {
  post: z.strictObject({ post: id('a post id') }),
  incident: z.strictObject({ post: id('a post id'), incident: id('an incident id') }),
  snapshot: z.strictObject({ post: id('a post id'), snapshot: id('a snapshot id') }),
};

const note = z.string(`note must be a string of at most ${MAX_NOTE} characters`).max(MAX_NOTE, `note must be a string of at most ${MAX_NOTE} characters`).optional().default('');
const assessment = z.enum(ASSESSMENTS as [Assessment, ...Assessment[]], { error: (issue) => `assessment must be one of ${ASSESSMENTS.join(', ')}, got ${quoted(issue.input)}` });

export const body = {
  login: z.strictObject({ name: z.string('give {"name": "...", "password": "..."}').max(100, 'name is at most 100 characters'), password: z.string('give {"name": "...", "password": "..."}').max(1000, 'password is at most 1000 characters') }),
  empty: z.strictObject({}),
  acknowledge: z.strictObject({ note }),
  assess: z.strictObject({ assessment, note }),
};

type Part = 'query' | 'params' | 'body';

/**
 * The first problem with a request part, said for a person: an unknown query parameter or body
 * field is named with what the route takes (a typo must not widen a query silently).
 */
export function requestProblem(part: Part, schema: z.ZodType, error: z.ZodError): HttpProblem {
  const issues = [...error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  const issue = issues[0];
  const known = schema instanceof z.ZodObject ? Object.keys(schema.shape as Record<string, unknown>) : [];
  const takes = known.length === 0 ? 'none' : known.join(', ');
  if (issue?.code === 'unrecognized_keys') {
    const key = String(issue.keys[0]).slice(0, 100);
    return badRequest(part === 'query' ? `unknown query parameter "${key}"; this route takes ${takes}` : `unknown field "${key}"; give ${takes}`);
  }
  if (issue === undefined) return badRequest(`the ${part} is not valid`);
  if (issue.path.length === 0) return badRequest(part === 'body' ? `the body must be a JSON object with ${takes}` : `the ${part} is not valid: ${issue.message}`);
  const where = issue.path.join('.');
  if (part === 'query' && issue.code === 'invalid_type' && issue.message.endsWith('received array')) return badRequest(`${where} is given more than once; give it once`);
  // Messages written in the schemas already name their field; zod's own ones do not.
  return badRequest(issue.code === 'custom' || issue.message.startsWith(String(issue.path[0])) || issue.message.startsWith('give ') ? issue.message : `${where}: ${issue.message}`);
}
