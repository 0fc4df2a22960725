import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { systemCode } from '../kernel/errors.js';
import { duration, hostPort, size } from '../kernel/units.js';
import { SapientError } from './errors.js';

const brokerUrl = z
  .string()
  .regex(/^mqtts?:\/\/[^/\s]+:\d{1,5}$/, 'an MQTT URL such as mqtt://127.0.0.1:1883 or mqtts://broker.example.org:8883')
  .describe("the centre's MQTT broker the bridge reads posts' records from");

export const sapientConfigSchema = z
  .strictObject({
    peer: hostPort.describe('host:port of the SAPIENT decision-maker (fusion node or C2) to connect to'),
    broker: brokerUrl.prefault('mqtt://127.0.0.1:1883'),
    username: z.string().min(1).max(64).optional().describe("MQTT username at the centre's broker: `_reader` for the centre's embedded broker (read-only: every post's up and state)"),
    password_env: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the name of an environment variable, such as OUTPOST_SAPIENT_TOKEN')
      .optional()
      .describe('the environment variable holding the MQTT password (for `_reader`: an API token from `outpost centre token add`); never written in the file'),
    client_id: z.string().min(1).max(64).optional().describe('MQTT client id of the bridge (default outpost-sapient-<hostname>); never the centre\'s'),
    node_ids: z.enum(['per-post', 'per-sensor']).prefault('per-post').describe('one SAPIENT node per post, or one per sensor of each post'),
    status_interval: duration('time between status reports of each node').prefault('30s'),
    state_file: z.string().min(1).prefault('outpost-sapient-state.json').describe('where node ids are kept, so they stay the same across restarts'),
    queue_limit: z.number().int().min(1).max(1_000_000).prefault(1000).describe('reports kept per node while the decision-maker is away; the oldest are dropped past it'),
    max_frame: size('largest message accepted from the decision-maker').prefault('1MiB'),
    reconnect: z
      .strictObject({
        min: duration('first delay before reconnecting').prefault('1s'),
        max: duration('longest delay between reconnects').prefault('60s'),
      })
      .prefault({}),
    registration_timeout: duration('how long to wait for the RegistrationAck before reconnecting').prefault('10s'),
    detection_radius_m: z.number().positive().max(100_000).prefault(30).describe("how far from the post its sensors detect, metres: the reported location's error and the coverage"),
    battery: z
      .strictObject({
        empty_v: z.number().positive().prefault(11.8),
        full_v: z.number().positive().prefault(12.8),
      })
      .refine((battery) => battery.full_v > battery.empty_v, 'full_v must be above empty_v')
      .prefault({})
      .describe('battery_voltage readings map linearly to the 0-100 level between these (a state-of-charge reading in % wins)'),
    snapshot_url: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'an http(s) URL template with {post} and {detection}')
      .optional()
      .describe('where the decision-maker can fetch a detection\'s snapshot, e.g. https://centre.example.org/snapshots/{post}/{detection}'),
  })
  .refine((config) => config.reconnect.max >= config.reconnect.min, { message: 'reconnect.max must be at least reconnect.min', path: ['reconnect', 'max'] });

export type SapientConfig = z.output<typeof sapientConfigSchema> & { client_id: string; password?: string };

/** Validates the `sapient:` section of a parsed YAML document; every problem is listed with its line. */
function validate(raw: unknown, doc: Document, lines: LineCounter, file: string): SapientConfig {
  const section = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>)['sapient'] : undefined;
  if (section === undefined || section === null) {
    throw new SapientError(`${file}: no sapient: section; expected at least\n  sapient:\n    peer: HOST:PORT   # the decision-maker`, { code: 'sapient.config', subject: 'sapient config' });
  }
  const result = sapientConfigSchema.safeParse(section);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = ['sapient', ...issue.path.map(String)];
      const node = doc.getIn(path, true);
      const at = isNode(node) && node.range ? lines.linePos(node.range[0]) : undefined;
      const where = at === undefined ? file : `${file}:${at.line}`;
      return `${where}: ${path.join('.')}: ${issue.message}`;
    });
    throw new SapientError(problems.join('\n'), { code: 'sapient.config', subject: 'sapient config', hint: 'fix the sapient: section (README.md, "SAPIENT bridge", lists every key)' });
  }
  const config = { ...result.data, client_id: result.data.client_id ?? `outpost-sapient-${hostname()}` };
  if (config.password_env === undefined) return config;
  const password = process.env[config.password_env];
  if (password === undefined || password === '') {
    const state = password === undefined ? 'is not set' : 'is set but empty';
    throw new SapientError(`${file}: sapient.password_env: the environment variable ${config.password_env} ${state}`, {
      code: 'sapient.config',
      subject: 'sapient config',
      hint: `set ${config.password_env} to the broker password (for the embedded broker: an API token from \`outpost centre token add\`)`,
    });
  }
  return { ...config, password };
}

export function parseSapientConfig(text: string, file: string): SapientConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new SapientError(`${file}: not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`, { code: 'sapient.config', subject: 'sapient config' });
  }
  return validate(doc.toJS(), doc, lines, file);
}

export function loadSapientConfig(file: string): SapientConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const why = systemCode(error) === 'ENOENT' ? 'no such file; check the path' : String(error);
    throw new SapientError(`cannot read ${file}: ${why}`, { code: 'sapient.config', subject: 'sapient config' });
  }
  return parseSapientConfig(text, file);
}
