import { z } from 'zod';
import { componentName, positiveDuration } from '../../kernel/units.js';
import { registry, type Registry } from './registry.js';
import { closest } from '../../kernel/suggest.js';
import { outboxSchema } from '../outbox/config.js';
import { uplinkSchema } from '../uplink/config.js';
import { detectionSchema } from '../detection/config.js';
import { diagnosticsSchema } from '../diagnostics/config.js';
import { commandsSchema } from '../commands/config.js';

const postSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a lowercase id of letters, digits and - (at most 63), e.g. bp-017; it becomes an MQTT topic level')
      .describe('Unique id of the post; part of every MQTT topic'),
    name: z.string().min(1).optional().describe('Human name, e.g. "Ridge North"'),
    position: z
      .strictObject({
        lat: z.number().min(-90).max(90).describe('Latitude, degrees north'),
        lon: z.number().min(-180).max(180).describe('Longitude, degrees east'),
        alt_m: z.number().optional().describe('Altitude, metres'),
      })
      .optional()
      .describe('Surveyed position, used until (and unless) a GPS reports one'),
  })
  .describe('Identity of the post');

export const busSchema = z.discriminatedUnion('type', registry.busSchemas);
export const sensorSchema = z.discriminatedUnion('type', registry.sensorSchemas);

/** The `buses:` and `sensors:` maps of a post, over the entry schemas a registry derives. */
function deviceEntries<B extends z.ZodType, S extends z.ZodType>(bus: B, sensor: S) {
  return {
    buses: z.record(componentName, bus).default({}).describe('Buses by name: serial ports, Modbus lines, GPIO chips, CAN buses, cameras'),
    sensors: z.record(componentName, sensor).default({}).describe('Sensors by name, each on one of the buses'),
  };
}

type Discriminable = readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]];

const healthSchema = z
  .strictObject({
    interval: positiveDuration('How often the post reports its health').prefault(60),
  })
  .describe('Health reporting');

const logSchema = z
  .strictObject({
    level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info').describe('Least severe level logged, read at start; OUTPOST_LOG_LEVEL overrides it'),
  })
  .describe('Logging (JSON on stdout for journald; readable on a terminal)');

export const postConfigSchema = z
  .strictObject({
    post: postSchema,
    ...deviceEntries(busSchema, sensorSchema),
    detection: detectionSchema.prefault({}),
    outbox: outboxSchema.prefault({}),
    uplink: uplinkSchema,
    health: healthSchema.prefault({}),
    diagnostics: diagnosticsSchema.prefault({}),
    commands: commandsSchema.prefault({}),
    log: logSchema.prefault({}),
  })
  .describe('An Outpost post: one YAML file per post');

/** The post config schema of another registry (a test's, with a toy kind): the same but for its kinds. */
export function postConfigSchemaFor(kinds: Registry): z.ZodType {
  if (kinds === registry) return postConfigSchema;
  return postConfigSchema.extend(
    deviceEntries(z.discriminatedUnion('type', kinds.busSchemas as unknown as Discriminable), z.discriminatedUnion('type', kinds.sensorSchemas as unknown as Discriminable)),
  );
}

export type PostConfig = z.output<typeof postConfigSchema>;
export type BusConfig = z.output<typeof busSchema>;
export type SensorConfig = z.output<typeof sensorSchema>;

/** The JSON Schema editors use to complete and check post files (deploy/post.schema.json). */
export function postConfigJsonSchema(kinds: Registry = registry): Record<string, unknown> {
  const schema = z.toJSONSchema(postConfigSchemaFor(kinds), { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  return { ...schema, $id: 'https://outpost.invalid/post.schema.json', title: 'Outpost post config' };
}

/**
 * Checks that each sensor names an existing bus of a type it can use, and that the sensors it
 * names (a camera's triggers: its kind's sensorRefs) exist. Works on the raw data,
 * so it reports even when other keys are wrong (zod skips refinements once a key fails).
 */
export function crossReferenceProblems(data: unknown, kinds: Registry = registry): { path: (string | number)[]; message: string }[] {
  if (data === null || typeof data !== 'object') return [];
  const root = data as { buses?: unknown; sensors?: unknown };
  const buses = isMapping(root.buses) ? root.buses : {};
  const sensors = isMapping(root.sensors) ? root.sensors : {};
  const busNames = Object.keys(buses);
  const problems: { path: (string | number)[]; message: string }[] = [];
  for (const [name, sensor] of Object.entries(sensors)) {
    if (!isMapping(sensor) || typeof sensor['bus'] !== 'string' || typeof sensor['type'] !== 'string') continue;
    const busName = sensor['bus'];
    const bus = buses[busName];
    const kind = kinds.sensorKindOf(sensor['type']);
    const allowed = kind === undefined ? undefined : kinds.busTypesFor(kind);
    if (bus === undefined) {
      const guess = closest(busName, busNames);
      problems.push({
        path: ['sensors', name, 'bus'],
        message: `no bus named "${busName}"${guess === undefined ? '' : `; did you mean "${guess}"?`} (buses: ${busNames.join(', ') || 'none defined'})`,
      });
    } else if (allowed !== undefined && isMapping(bus) && typeof bus['type'] === 'string' && !allowed.includes(bus['type'])) {
      problems.push({
        path: ['sensors', name, 'bus'],
        message: `a ${sensor['type']} sensor needs a ${allowed.join(' or ')} bus, but "${busName}" is ${bus['type']}`,
      });
    }
    problems.push(...sensorReferenceProblems(name, sensor, kind?.sensorRefs ?? [], Object.keys(sensors)));
  }
  return problems;
}

/** Names under `keys` of one sensor entry that are not sensors of the post, with the nearest one. */
function sensorReferenceProblems(name: string, sensor: Record<string, unknown>, keys: readonly string[], sensorNames: string[]): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  for (const key of keys) {
    const value = sensor[key];
    const named: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : value === undefined ? [] : [[key, value]];
    for (const [at, reference] of named) {
      if (typeof reference !== 'string' || sensorNames.includes(reference)) continue;
      const guess = closest(reference, sensorNames.filter((other) => other !== name));
      problems.push({
        path: Array.isArray(value) ? ['sensors', name, key, at] : ['sensors', name, key],
        message: `no sensor named "${reference}"${guess === undefined ? '' : `; did you mean "${guess}"?`} (sensors: ${sensorNames.join(', ')})`,
      });
    }
  }
  return problems;
}

/**
 * Buses whose kind this build knows but cannot run (no driver yet, e.g. camera). `outpost run`
 * carries on without them (a fault in health); `config validate` refuses them.
 */
export function unrunnableBusProblems(data: unknown, kinds: Registry = registry): { path: (string | number)[]; message: string }[] {
  if (data === null || typeof data !== 'object') return [];
  const buses = (data as { buses?: unknown }).buses;
  if (!isMapping(buses)) return [];
  return Object.entries(buses).flatMap(([name, bus]) => {
    if (!isMapping(bus) || typeof bus['type'] !== 'string') return [];
    const kind = kinds.busKindOf(bus['type']);
    if (kind === undefined || kind.load !== undefined) return [];
    return [{ path: ['buses', name, 'type'], message: `bus type ${kind.type} is not supported by this build of the agent (it has no ${kind.contract} driver yet); remove the bus, or check \`outpost --version\` and upgrade the agent` }];
  });
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
