import type { BatchLimits } from '../outbox/types.js';

/** An envelope takes about this much link time: an alarm waits behind at most two of them, and deflate has a few records to work on. */
const ENVELOPE_LINK_MS = 3000;
/** Below this an envelope's MQTT and protobuf framing (about 60 bytes, and the ack) costs more than 5 % of it. */
const MIN_ENVELOPE_BYTES = 2048;
/** Record bytes of the first envelopes, before any ack measured the link: about 3 s at 9.6 kbit/s. */
const FIRST_ENVELOPE_BYTES = 4096;
/** Wire bytes in flight before any ack: two first envelopes, about 6 s at 9.6 kbit/s. */
export const FIRST_WINDOW_BYTES = 2 * FIRST_ENVELOPE_BYTES;
/** Bandwidth-delay products kept in flight beyond the two envelopes: the round trip the ack takes, and as much again for the centre's work and acks that come in groups. */
const BDP_IN_FLIGHT = 2;
/** While the rate still grows (startup), BBR's 2/ln 2: the window at least doubles each round trip. */
const STARTUP_BDP_GAIN = 2.89;

export interface LinkSizing {
  /** Record bytes and count for the next envelope. */
  limits: BatchLimits;
  /** Wire bytes the next envelope should take about. */
  envelopeWireBytes: number;
  /** Wire bytes allowed unacked. */
  windowBytes: number;
}

export interface SizingInputs {
  /** Wire bytes per second acked lately (0: not measured yet). */
  rate: number;
  /** Round trip without queueing, ms. */
  baseRttMs: number;
  /** The rate still grows from one round trip to the next: the link is not full yet. */
  startup: boolean;
  /** Wire bytes per record byte of recent envelopes (deflate makes it below 1). */
  wirePerRecordByte: number;
  /** The configured ceilings: `uplink.batch`. */
  batch: BatchLimits;
  /** MQTT keepalive, ms: a ping queued behind the window must still arrive within it. */
  keepaliveMs: number;
  /** The window the ramp allows while it lasts (WindowRamp), in wire bytes; the window is at least that. */
  rampBytes?: number;
  /** The rate the broker's PUBACKs showed (PubackPacing), wire bytes per second: envelopes are sized at least for it. */
  pacedRate?: number;
}

/**
 * Envelope size and window from the measured link (agent/uplink/README.md, "Sizing to the link").
 * Envelope: three seconds of link time (at least 2 KiB, at most `batch.max_bytes` of records):
 * on a 9.6 kbit/s radio 3.6 KB, so an alarm (which skips the window) waits behind at most two of
 * them; on a fast link the configured ceiling, for compression and overhead. Window: two
 * envelopes (one crossing, one waiting its ack) and two bandwidth-delay products (the round trip
 * the ack takes, the centre's work; 2.89 of them while the rate still grows, to find a fast link in a few round
 * trips), so the link keeps busy; never more than half a keepalive of link time. Before the first measurement: two
 * envelopes of 4 KiB, which a LAN outgrows in a few round trips (each ack doubles the rate seen).
 */
export function linkSizing(inputs: SizingInputs): LinkSizing {
  const ratio = Math.max(0.05, inputs.wirePerRecordByte);
  if (inputs.rate <= 0) {
    const recordBytes = Math.min(inputs.batch.maxBytes, FIRST_ENVELOPE_BYTES);
    const envelopeWireBytes = Math.ceil(recordBytes * ratio);
    return { limits: { maxBytes: recordBytes, maxRecords: inputs.batch.maxRecords }, envelopeWireBytes, windowBytes: Math.max(2 * envelopeWireBytes, inputs.rampBytes ?? 0) };
  }
  const envelopeRate = Math.max(inputs.rate, inputs.pacedRate ?? 0);
  const recordBytes = Math.round(Math.min(inputs.batch.maxBytes, Math.max(MIN_ENVELOPE_BYTES, (envelopeRate * ENVELOPE_LINK_MS) / 1000 / ratio)));
  const envelopeWireBytes = Math.ceil(recordBytes * ratio);
  const bdp = (inputs.rate * inputs.baseRttMs) / 1000;
  const keepaliveCap = (inputs.rate * inputs.keepaliveMs) / 2000;
  const inFlight = envelopeWireBytes + Math.max(envelopeWireBytes, (inputs.startup ? STARTUP_BDP_GAIN : BDP_IN_FLIGHT) * bdp);
  const windowBytes = Math.max(2 * envelopeWireBytes, Math.min(keepaliveCap, Math.max(inFlight, inputs.rampBytes ?? 0)));
  return { limits: { maxBytes: recordBytes, maxRecords: inputs.batch.maxRecords }, envelopeWireBytes, windowBytes };
}
