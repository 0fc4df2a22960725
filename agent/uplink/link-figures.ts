import type { outpost } from '../../wire/index.js';
import type { LinkMeter } from './link-meter.js';

const DRAIN_WINDOW_MS = 120_000;

/**
 * The link's figures for Health (outpost.v1.LinkVitals): what went out, how fast the centre
 * acks, and how long the backlog would take to drain at the rate acks arrived recently.
 */
export class LinkFigures {
  connected = false;
  reconnects = 0;
  bytesSent = 0;
  recordsSent = 0;
  envelopesSent = 0;
  resends = 0;
  /** Wire bytes of envelopes that carried records sent before. */
  resentBytes = 0;
  /** Records the centre's acks said it already held. */
  duplicates = 0;
  acks = 0;
  rejected = 0;
  /** Seqs acks named that were not in flight (never sent, or already settled): not deleted. */
  ignoredAckSeqs = 0;
  /** Acks refused unread: too large, too many ranges, or not an Ack. */
  unusableAcks = 0;
  lastSuccessUnixMs = 0;
  private readonly drained: { at: number; records: number }[] = [];

  constructor(private readonly now: () => number) {}

  sent(wireBytes: number, records: number, resent: boolean): void {
    this.bytesSent += wireBytes;
    if (resent) this.resentBytes += wireBytes;
    this.recordsSent += records;
    this.envelopesSent += 1;
  }

  acked(records: number): void {
    const at = this.now();
    this.acks += 1;
    this.lastSuccessUnixMs = at;
    if (records > 0) this.drained.push({ at, records });
    this.forgetOld(at);
  }

  /** Records acked per second over the recent window, 0 when none were. */
  drainRate(): number {
    const at = this.now();
    this.forgetOld(at);
    const first = this.drained[0];
    if (first === undefined) return 0;
    const total = this.drained.reduce((sum, entry) => sum + entry.records, 0);
    // At least a second, so one ack right after a quiet spell does not claim an absurd rate.
    return total / Math.max(1, (at - first.at) / 1000);
  }

  /** Seconds until `backlog` records are sent at the recent rate; 0 when empty or when nothing drained lately. */
  drainEstimateS(backlog: number): number {
    const rate = this.drainRate();
    return backlog === 0 || rate === 0 ? 0 : Math.ceil(backlog / rate);
  }

  /** `meter`: the link's measured round trip, rate, window and local queue. */
  vitals(backlog: number, meter: LinkMeter): outpost.v1.ILinkVitals {
    return {
      connected: this.connected,
      ackRttMs: Math.round(meter.estimate.srttMs),
      ackRttVarMs: Math.round(meter.estimate.rttvarMs),
      deliveryRateBytesPerS: Math.round(meter.deliveryRate),
      queuedBytes: meter.queuedBytes,
      resends: this.resends,
      resentBytes: this.resentBytes,
      duplicates: this.duplicates,
      windowBytes: Math.round(meter.sizing().windowBytes),
      bytesSent: this.bytesSent,
      recordsSent: this.recordsSent,
      lastSuccessUnixMs: this.lastSuccessUnixMs,
      backlogDrainS: this.drainEstimateS(backlog),
      reconnects: this.reconnects,
    };
  }

  counters(meter: LinkMeter): Record<string, number> {
    return {
      reconnects: this.reconnects,
      bytes_sent: this.bytesSent,
      records_sent: this.recordsSent,
      envelopes_sent: this.envelopesSent,
      resends: this.resends,
      resent_bytes: this.resentBytes,
      duplicates: this.duplicates,
      acks: this.acks,
      rejected: this.rejected,
      ignored_ack_seqs: this.ignoredAckSeqs,
      unusable_acks: this.unusableAcks,
      ack_rtt_ms: Math.round(meter.estimate.srttMs),
      ack_rtt_var_ms: Math.round(meter.estimate.rttvarMs),
      rto_ms: Math.round(meter.estimate.rtoMs),
      delivery_rate_bytes_per_s: Math.round(meter.deliveryRate),
      window_bytes: Math.round(meter.sizing().windowBytes),
      queued_bytes: meter.queuedBytes,
    };
  }

  private forgetOld(at: number): void {
    while (this.drained.length > 0 && at - (this.drained[0]?.at ?? at) > DRAIN_WINDOW_MS) this.drained.shift();
  }
}
