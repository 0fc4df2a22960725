import { z } from 'zod';
import { bodyKinds } from '../../wire/index.js';
import { ASSESSMENTS, ROLES } from '../store.js';
import { COMMAND_STATES } from '../command-rows.js';

/**
 * The response shapes, written once: the OpenAPI document is generated from them and the tests
 * check live answers against the document (test/centre/http-access.test.ts).
 */
const iso = z.string().describe('ISO 8601 UTC time');
const problem = z.object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string(), error: z.string() }).describe('application/problem+json');
const post = z.object({
  id: z.string(),
  name: z.string(),
  online: z.boolean(),
  status: z.enum(['online', 'offline', 'lost', 'unspecified']),
  lastSeenUnixMs: z.number().int(),
  backlog: z.number().int().nullable(),
  bootId: z.string(),
  agentVersion: z.string(),
  configHash: z.string(),
  startedUnixMs: z.number().int(),
  storeId: z.string(),
  position: z.object({ latitudeDeg: z.number().optional(), longitudeDeg: z.number().optional() }).loose().nullable(),
});
const record = z
  .object({ postId: z.string(), storeId: z.string(), kind: z.enum(bodyKinds), receivedUnixMs: z.number().int(), seq: z.string().optional(), timeUnixMs: z.string().optional() })
  .loose()
  .describe('an outpost.v1.Record in proto3 JSON, with where it came from');
const workflow = z.object({
  acknowledged: z.object({ by: z.string(), time: iso }).nullable(),
  assessment: z.object({ label: z.enum(ASSESSMENTS), note: z.string(), by: z.string(), time: iso }).nullable(),
  history: z.array(z.object({ action: z.enum(['acknowledge', 'assess']), label: z.enum(ASSESSMENTS).nullable(), note: z.string(), by: z.string(), time: iso })),
});
const incident = record.extend({ workflow: workflow.optional() });
const incidentDetail = z.object({ incident: record, detections: z.array(record), readings: z.array(record), workflow });
const session = z.object({ user: z.string(), role: z.enum(ROLES), csrfToken: z.string().nullable() });
const audit = z.object({ id: z.number().int(), time: iso, actor: z.string(), action: z.string(), subject: z.string(), detail: z.record(z.string(), z.unknown()) });
const assessment = z.object({ id: z.number().int(), incident: z.string(), label: z.enum(ASSESSMENTS), note: z.string(), by: z.string(), time: iso, record: record.nullable() });
const user = z.object({ name: z.string(), role: z.enum(ROLES), created: iso });
const stats = z.record(z.string(), z.number());
const ok = z.object({ ok: z.literal(true) });
const command = z.object({
  id: z.string(),
  post: z.string(),
  name: z.string(),
  arguments: z.record(z.string(), z.string()),
  issuer: z.string(),
  issued: iso,
  expires: iso,
  state: z.enum([...COMMAND_STATES, 'expired']),
  reason: z.string(),
  configHash: z.string(),
  outputType: z.string(),
  outputBytes: z.number().int(),
  updated: iso,
});
const commandDetail = command.extend({ outputText: z.string().optional(), outputBase64: z.string().optional() });

export const SCHEMAS = { problem, post, postDetail: post.extend({ health: record.nullable() }), record, incident, incidentDetail, workflow, session, audit, assessment, user, stats, ok, command, commandDetail };
type SchemaName = keyof typeof SCHEMAS;

const listParams = ['post', 'sensor', 'since', 'until', 'limit', 'cursor'];

/** [method, path, role, response schema (array when ending in []), query parameters, summary]. */
const OPERATIONS: [string, string, string, `${SchemaName}` | `${SchemaName}[]` | 'stream', string[], string][] = [
  ['post', '/api/login', 'public', 'session', [], 'log in with {name, password}: sets the session cookie, answers the CSRF token'],
  ['post', '/api/logout', 'viewer', 'ok', [], 'end the session'],
  ['get', '/api/session', 'viewer', 'session', [], 'who is logged in, and the CSRF token to send as X-CSRF-Token'],
  ['get', '/api/posts', 'viewer', 'post[]', [], 'every post that reported'],
  ['get', '/api/posts/{post}', 'viewer', 'postDetail', [], 'one post with its latest Health'],
  ['get', '/api/detections', 'viewer', 'record[]', listParams, 'detections, newest first'],
  ['get', '/api/incidents', 'viewer', 'incident[]', listParams, 'incidents with their workflow, newest first'],
  ['get', '/api/incidents/{post}/{incident}', 'viewer', 'incidentDetail', [], 'an incident, its member detections, readings around it, its workflow'],
  ['post', '/api/incidents/{post}/{incident}/acknowledge', 'operator', 'workflow', [], 'acknowledge, with an optional {note}'],
  ['post', '/api/incidents/{post}/{incident}/assess', 'operator', 'workflow', [], `assess with {assessment: ${ASSESSMENTS.join('|')}, note}`],
  ['get', '/api/assessments', 'viewer', 'assessment[]', ['after', 'limit'], 'labelled data: every assessment with its incident, oldest first'],
  ['get', '/api/readings', 'viewer', 'record[]', listParams, 'readings, newest first'],
  ['get', '/api/events', 'viewer', 'record[]', listParams, 'events, newest first'],
  ['get', '/api/health', 'viewer', 'record[]', ['post'], 'the latest Health of each post'],
  ['get', '/api/stats', 'viewer', 'stats', [], 'ingest counters since start'],
  ['get', '/api/stream', 'viewer', 'stream', ['post', 'kind'], 'Server-Sent Events, one `record` event per stored record; Last-Event-ID resumes'],
  ['get', '/api/audit', 'admin', 'audit[]', ['after', 'limit'], 'the audit log, oldest first'],
  ['get', '/api/users', 'admin', 'user[]', [], 'users and roles'],
  ['get', '/api/commands', 'viewer', 'command[]', ['post', 'limit'], 'commands issued to posts and their state, newest first'],
  ['get', '/api/commands/{command}', 'viewer', 'commandDetail', [], 'one command with its output (text, or base64 for bytes)'],
  ['post', '/api/commands', 'operator', 'command', [], 'issue {post, name, arguments?, payloadBase64?, expires?: "10m"}: signed and published on the post\'s cmd topic (201)'],
];

const ref = (name: string): Record<string, string> => ({ $ref: `#/components/schemas/${name}` });

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [method, path, role, shape, query, summary] of OPERATIONS) {
    const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } }));
    const content =
      shape === 'stream'
        ? { 'text/event-stream': { schema: { type: 'string' } } }
        : { 'application/json': { schema: shape.endsWith('[]') ? { type: 'array', items: ref(shape.slice(0, -2)) } : ref(shape) } };
    (paths[path] ??= {})[method] = {
      summary,
      'x-role': role,
      parameters: [...pathParams, ...query.map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } }))],
      responses: {
        '200': { description: 'OK', content },
        default: { description: 'a problem', content: { 'application/problem+json': { schema: ref('problem') } } },
      },
      ...(role === 'public' ? { security: [] } : {}),
    };
  }
  const schemas = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema)]));
  return {
    openapi: '3.1.0',
    info: { title: 'Outpost centre API', version: '1' },
    components: {
      schemas,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'outpost_session' }, token: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  };
}
