import { v1 } from '../../wire/index.js';
import type { BatchLimits, OutboxStats } from '../outbox/types.js';

/**
 * Whether an idle link should hold its records back a little longer (`uplink.linger`): only
 * status and bulk records wait, only until the oldest has waited `lingerMs` or a full envelope
 * is ready. Called only when nothing is in flight, so the outbox's figures are what waits.
 */
export function shouldLinger(stats: OutboxStats, limits: BatchLimits, lingerMs: number): boolean {
  if (lingerMs <= 0 || stats.records === 0) return false;
  if (stats.records >= limits.maxRecords || stats.bytes >= limits.maxBytes) return false;
  if (stats.classes.some((entry) => entry.priority === v1.Priority.PRIORITY_ALARM && entry.records > 0)) return false;
  const oldestS = Math.max(0, ...stats.classes.map((entry) => (entry.records > 0 ? entry.oldestAgeS : 0)));
  return oldestS * 1000 < lingerMs;
}
