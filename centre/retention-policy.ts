import { parseDuration } from '../kernel/duration.js';
import type { BodyKind } from '../wire/index.js';
import type { RetentionCutoff } from './store.js';

/**
 * The record classes retention is set for (`--retention readings=30d,alarms=2y`), each the body
 * kinds it covers: an operator keeps alarms far longer than the readings around them.
 */
export const RETENTION_CLASSES = {
  readings: ['reading'],
  health: ['health'],
  events: ['event'],
  alarms: ['detection', 'incident'],
  snapshots: ['snapshot'],
  commands: ['commandResult'],
} as const satisfies Record<string, readonly BodyKind[]>;

export type RetentionClass = keyof typeof RETENTION_CLASSES;
export const RETENTION_CLASS_NAMES = Object.keys(RETENTION_CLASSES) as RetentionClass[];

/** How long each class is kept (ms); a class with no entry, and no default, is kept for ever. */
export interface RetentionPolicy {
  defaultMs?: number | undefined;
  classes: Partial<Record<RetentionClass, number>>;
}

const YEAR_MS = 365 * 86_400_000;
const WEEK_MS = 7 * 86_400_000;

/** A retention duration: what parseDuration takes, plus weeks (`8w`) and years of 365 days (`2y`). */
function parseKeep(text: string): number {
  const long = /^(\d+(?:\.\d+)?)\s*(w|y)$/.exec(text.trim());
  const ms = long === null ? parseDuration(text) : Math.round(Number(long[1]) * (long[2] === 'y' ? YEAR_MS : WEEK_MS));
  if (!(ms > 0)) throw new RangeError(`expected a duration longer than zero, found "${text}"`);
  return ms;
}

/**
 * Reads `90d` (every class), `readings=30d,health=90d,alarms=2y` (those classes; the others are
 * kept) or both (`90d,readings=30d`; `default=90d` says the same). Throws a RangeError naming
 * the part that is wrong and what it expected.
 */
export function parseRetentionPolicy(text: string): RetentionPolicy {
  const policy: RetentionPolicy = { classes: {} };
  const parts = text.split(',').map((part) => part.trim());
  for (const part of parts) {
    if (part === '') throw new RangeError(`expected a duration or CLASS=DURATION between the commas, found an empty part in "${text}"`);
    const equals = part.indexOf('=');
    const name = equals < 0 ? 'default' : part.slice(0, equals).trim();
    const value = equals < 0 ? part : part.slice(equals + 1).trim();
    const known = name === 'default' || name in RETENTION_CLASSES;
    if (!known) throw new RangeError(`unknown record class "${name}"; expected one of ${RETENTION_CLASS_NAMES.join(', ')} or default`);
    let ms;
    try {
      ms = parseKeep(value);
    } catch (error) {
      throw new RangeError(`${equals < 0 ? '' : `${name}: `}${(error as Error).message}; years (2y) and weeks (8w) work too`);
    }
    if (name === 'default') {
      if (policy.defaultMs !== undefined) throw new RangeError(`the default retention is given twice in "${text}"; give it once`);
      policy.defaultMs = ms;
    } else {
      const recordClass = name as RetentionClass;
      if (policy.classes[recordClass] !== undefined) throw new RangeError(`${name} is given twice in "${text}"; give each class once`);
      policy.classes[recordClass] = ms;
    }
  }
  return policy;
}

/** How long a class is kept (ms), or undefined: for ever. */
export function keepMsOf(policy: RetentionPolicy, recordClass: RetentionClass): number | undefined {
  return policy.classes[recordClass] ?? policy.defaultMs;
}

/**
 * What a pass removes at `nowMs`: one cutoff per distinct retention, with every kind kept that
 * long, so a single `--retention 90d` is one walk over the records and not six.
 */
export function retentionCutoffs(policy: RetentionPolicy, nowMs: number): RetentionCutoff[] {
  const byKeep = new Map<number, BodyKind[]>();
  for (const recordClass of RETENTION_CLASS_NAMES) {
    const keepMs = keepMsOf(policy, recordClass);
    if (keepMs === undefined) continue;
    byKeep.set(keepMs, [...(byKeep.get(keepMs) ?? []), ...RETENTION_CLASSES[recordClass]]);
  }
  return [...byKeep].map(([keepMs, kinds]) => ({ kinds, cutoffMs: nowMs - keepMs }));
}

/** `30d`, `2y`, `36h`: a retention as a person would write it back. */
export function formatKeep(ms: number): string {
  if (ms % YEAR_MS === 0) return `${ms / YEAR_MS}y`;
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
