import { z } from 'zod';
import { DURATION_PATTERN, parseDuration } from './duration.js';
import { HOST_PORT_PATTERN, hostPortExpected, parseHostPort, type AddressUse } from './host-port.js';

export { parseDuration } from './duration.js';

/**
 * A duration in the post config, as milliseconds after parsing. Give defaults with
 * `.prefault('30s')`, not `.default()`: zod's `.default()` skips the parse, so `.default(30)`
 * would mean 30 ms. Written "500ms", "30s",
 * "5m", "2h", "7d", or a bare number of seconds.
 */
export function duration(description: string, { positive = false } = {}) {
  return z
    .union([positive ? z.number().positive() : z.number().nonnegative(), z.string().regex(DURATION_PATTERN, 'a duration such as 500ms, 30s, 5m, 2h or 7d')])
    .transform((value) => parseDuration(value))
    .describe(`${description} (e.g. 500ms, 30s, 5m, 2h, 7d; a bare number is seconds)`);
}

/**
 * A duration that must be longer than 0, for keys the runtime cannot honour at 0 (a TTL, a
 * lease, a report interval). The bound lives here, in the schema, so `config validate` refuses
 * exactly what `run` would.
 */
export function positiveDuration(description: string) {
  // The number bound shows in the JSON Schema for editors; the refinement also catches "0s".
  return duration(description, { positive: true }).refine((ms) => ms > 0, 'expected a duration longer than 0 (at least 1ms)');
}

const SIZE = /^(\d+(?:\.\d+)?)\s*(B|kB|KB|KiB|MB|MiB|GB|GiB)?$/;
const sizeFactors: Record<string, number> = {
  B: 1,
  kB: 1e3,
  KB: 1e3,
  KiB: 1024,
  MB: 1e6,
  MiB: 1024 ** 2,
  GB: 1e9,
  GiB: 1024 ** 3,
};

/** Bytes from "512MB", "64KiB", "2GB"; a bare number is bytes. */
export function parseSize(text: string | number): number {
  if (typeof text === 'number') return Math.round(text);
  const match = SIZE.exec(text.trim());
  if (match === null) throw new Error(`"${text}" is not a size; write e.g. 64KiB, 512MB or 2GB`);
  return Math.round(Number(match[1]) * (sizeFactors[match[2] ?? 'B'] ?? 1));
}

/** A size in bytes after parsing (defaults with `.prefault()`, as for durations), written "64KiB", "512MB", "2GB" or a bare number of bytes. */
export function size(description: string, { minimum = 0 } = {}) {
  return z
    .union([z.number().int().min(minimum), z.string().regex(SIZE, 'a size such as 64KiB, 512MB or 2GB')])
    .transform((value) => parseSize(value))
    .describe(`${description} (e.g. 64KiB, 512MB, 2GB; a bare number is bytes)`);
}

/** A size that must be at least one byte, for limits the runtime cannot honour at 0 (as positiveDuration). */
export function positiveSize(description: string) {
  return size(description, { minimum: 1 }).refine((bytes) => bytes > 0, 'expected a size of at least 1 byte');
}

/** `host:port` of a device or peer we connect to (Modbus TCP, raw TCP serial): the kernel's one rule. */
export const hostPort = address('connect');

/** `host:port` to listen on (port 0 picks a free one). */
export const listenAddress = address('listen');

function address(use: AddressUse) {
  return z
    .string()
    .regex(HOST_PORT_PATTERN, hostPortExpected(use))
    .refine((text) => parseHostPort(text, use) !== undefined, hostPortExpected(use))
    .describe(hostPortExpected(use));
}

/** Names of buses and sensors: they appear in topics, logs and health. */
export const componentName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'a lowercase name of letters, digits, - and _ (at most 63), e.g. rs485-a');
