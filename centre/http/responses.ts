import { z } from 'zod';
import { bodyKinds } from '../../wire/index.js';
import { COMMAND_STATES } from '../command-rows.js';
import { ASSESSMENTS, ROLES } from '../store.js';
import { RETENTION_CLASS_NAMES } from '../retention-policy.js';

/**
 * The answers' shapes, written once: the OpenAPI document is generated from them and the tests
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
const snapshot = z.object({
  id: z.string(),
  camera: z.string(),
  time: iso,
  contentType: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  frameIndex: z.number().int(),
  frameCount: z.number().int(),
  reason: z.string(),
  detectionId: z.string(),
  url: z.string().describe('GET it with the same session or token: the picture'),
});
const incidentDetail = z.object({ incident: record, detections: z.array(record), readings: z.array(record), snapshots: z.array(snapshot), workflow });
const vitals = z
  .object({
    time: iso,
    batteryV: z.number().nullable().describe('supply voltage, V, 2 decimals'),
    temperatureC: z.number().nullable().describe('CPU temperature, °C, 1 decimal'),
    signalDbm: z.number().int().nullable().describe('radio or modem signal, dBm'),
    backlogRecords: z.number().int().describe('records waiting in the outbox, all classes'),
    ackRttMs: z.number().int().nullable().describe("the uplink's ack round trip, ms; null while the link is down"),
    linkUp: z.boolean(),
  })
  .describe('one Health record of a post');
const session = z.object({ user: z.string(), role: z.enum(ROLES), csrfToken: z.string().nullable() });
const audit = z.object({ id: z.number().int(), time: iso, actor: z.string(), action: z.string(), subject: z.string(), detail: z.record(z.string(), z.unknown()) });
const assessment = z.object({ id: z.number().int(), incident: z.string(), label: z.enum(ASSESSMENTS), note: z.string(), by: z.string(), time: iso, record: record.nullable() });
const user = z.object({ name: z.string(), role: z.enum(ROLES), created: iso });
const retentionClass = z.object({
  keep: z.string().nullable().describe('how long the class is kept, e.g. 30d or 2y; null: for ever (or this worker does not prune)'),
  keepMs: z.number().int().nullable(),
  oldestRecordTime: iso.nullable().describe("the earliest record time held (the post's clock)"),
  prunedRecords: z.number().int().describe('records of the class this worker removed since it started'),
});
const stats = z
  .object({ retention: z.object(Object.fromEntries(RETENTION_CLASS_NAMES.map((name) => [name, retentionClass]))) })
  .catchall(z.number())
  .describe('counters since start (numbers), and retention per record class');
const ok = z.object({ ok: z.literal(true) });
const map = z.object({ tiles: z.string().nullable().describe('a URL template with {z}, {x} and {y}'), attribution: z.string().nullable() });
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

export const SCHEMAS = { problem, post, postDetail: post.extend({ health: record.nullable() }), record, incident, incidentDetail, snapshot, vitals, workflow, session, audit, assessment, user, stats, ok, map, command, commandDetail };
export type ResponseName = keyof typeof SCHEMAS;
