import { v1 } from '../../wire/index.js';
import type { BatchLimits, Outbox } from '../outbox/types.js';
import { shouldLinger } from './linger.js';
import type { LinkSizing } from './link-sizing.js';
import type { SendWindow } from './send-window.js';

/** What decides whether the uplink publishes another envelope now. */
export interface SendGate {
  readonly window: SendWindow;
  readonly outbox: Outbox;
  /** `uplink.in_flight`: most envelopes unacked, whatever the window in bytes. */
  readonly inFlight: number;
  /** `uplink.linger`, ms. */
  readonly lingerMs: number;
}

/** Room for another envelope: it fits under the measured window (an empty window takes one anyway) and the `in_flight` ceiling. */
export function hasRoom(gate: SendGate, sizing: LinkSizing): boolean {
  const { window } = gate;
  return window.size < gate.inFlight && (window.size === 0 || window.bytes + sizing.envelopeWireBytes <= sizing.windowBytes);
}

/**
 * Limits for the next envelope, or undefined when none should go now:
 * - room in the window: the sized envelope, unless `linger` holds status and bulk back on an idle
 *   link (until the oldest has waited that long or a full envelope is ready: fewer, fuller and
 *   better compressed envelopes on a metered radio; an alarm waiting, or anything in flight, ends
 *   the wait at once);
 * - window full: alarms still go, in an envelope of their own (only the alarms not yet in flight;
 *   `alarmsOnly`: a lease holding no alarm goes back), so a detection never waits for status
 *   envelopes to be acked.
 */
export function nextEnvelopeLimits(gate: SendGate, sizing: LinkSizing): (BatchLimits & { alarmsOnly: boolean }) | undefined {
  // Spelled out: a spread followed by a property costs ~1 us a property in V8 11 (Node 20), ~40 times this (issue 13).
  if (hasRoom(gate, sizing)) return lingering(gate, sizing.limits) ? undefined : { maxBytes: sizing.limits.maxBytes, maxRecords: sizing.limits.maxRecords, alarmsOnly: false };
  if (gate.window.size >= gate.inFlight) return undefined;
  let alarms = 0;
  try {
    alarms = gate.outbox.stats().classes.find((entry) => entry.priority === v1.Priority.PRIORITY_ALARM)?.records ?? 0;
  } catch {
    return undefined;
  }
  const waiting = alarms - gate.window.recordsOf(v1.Priority.PRIORITY_ALARM);
  return waiting <= 0 ? undefined : { maxBytes: sizing.limits.maxBytes, maxRecords: waiting, alarmsOnly: true };
}

function lingering(gate: SendGate, limits: BatchLimits): boolean {
  if (gate.lingerMs <= 0 || gate.window.size > 0) return false;
  try {
    return shouldLinger(gate.outbox.stats(), limits, gate.lingerMs);
  } catch {
    return false;
  }
}
