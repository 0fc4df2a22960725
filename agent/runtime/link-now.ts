import { v1, type outpost } from '../../wire/index.js';
import type { Outbox } from '../outbox/types.js';
import type { LinkNow } from './kinds.js';

/**
 * The uplink's connection and measured delivery rate, and what waits to go: records in the
 * outbox by class (sent ones stay there until acked) and those emitted but not yet stored. A
 * camera sends a full frame only when this says the link is up, fast enough and idle.
 */
export function linkNow(vitals: outpost.v1.ILinkVitals | undefined, outbox: Pick<Outbox, 'stats'> | undefined, pipeline: { unstored: number } | undefined): LinkNow {
  let classes: { priority: outpost.v1.Priority; records: number }[];
  try {
    classes = outbox?.stats().classes ?? [];
  } catch {
    // A failing store reports itself in health; meanwhile the link does not count as idle.
    classes = [{ priority: v1.Priority.PRIORITY_ALARM, records: 1 }];
  }
  const waiting = (priority: outpost.v1.Priority): number => classes.filter((entry) => entry.priority === priority).reduce((sum, entry) => sum + entry.records, 0);
  return {
    connected: vitals?.connected === true,
    deliveryRateBytesPerS: Number(vitals?.deliveryRateBytesPerS ?? 0),
    waiting: { alarm: waiting(v1.Priority.PRIORITY_ALARM), status: waiting(v1.Priority.PRIORITY_STATUS), bulk: waiting(v1.Priority.PRIORITY_BULK), unstored: pipeline?.unstored ?? 0 },
  };
}
