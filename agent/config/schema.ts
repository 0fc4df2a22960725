import { z } from 'zod';
import { componentName, positiveDuration } from './units.js';
import { busSchemas, compatibleBuses, sensorKinds } from './registry.js';
import { closest } from './suggest.js';
import { outboxSchema } from '../outbox/config.js';
import { uplinkSchema } from '../uplink/config.js';
import { detectionSchema } from '../detection/config.js';
import { diagnosticsSchema } from '../diagnostics/config.js';

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

export const busSchema = z.discriminatedUnion('type', busSchemas);
export const sensorSchema = z.discriminatedUnion('type', sensorKinds.map((kind) => kind.schema) as unknown as typeof sensorTuple);
const sensorTuple = [sensorKinds[0].schema, ...sensorKinds.slice(1).map((kind) => kind.schema)] as const;

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
    buses: z.record(componentName, busSchema).default({}).describe('Buses by name: serial ports, Modbus lines, GPIO chips, CAN buses, cameras'),
    sensors: z.record(componentName, sensorSchema).default({}).describe('Sensors by name, each on one of the buses'),
    detection: detectionSchema.prefault({}),
    outbox: outboxSchema.prefault({}),
    uplink: uplinkSchema,
    health: healthSchema.prefault({}),
    diagnostics: diagnosticsSchema.optional(),
    log: logSchema.prefault({}),
  })
  .describe('An Outpost post: one YAML file per post');

export type PostConfig = z.output<typeof postConfigSchema>;
export type BusConfig = z.output<typeof busSchema>;
export type SensorConfig = z.output<typeof sensorSchema>;

/** The JSON Schema editors use to complete and check post files (deploy/post.schema.json). */
export function postConfigJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(postConfigSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
  return { ...schema, $id: 'https://outpost.invalid/post.schema.json', title: 'Outpost post config' };
}

/**
 * Checks that each sensor names an existing bus of a type it can use. Works on the raw data,
 * so it reports even when other keys are wrong (zod skips refinements once a key fails).
 */
export function crossReferenceProblems(data: unknown): { path: (string | number)[]; message: string }[] {
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
    const allowed = compatibleBuses.get(sensor['type']);
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
  }
  return problems;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
