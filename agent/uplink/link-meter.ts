import type { MqttClient } from 'mqtt';
import type { BatchLimits, Lease } from '../outbox/types.js';
import { LinkEstimate } from './link-estimate.js';
import { FIRST_WINDOW_BYTES, linkSizing, type LinkSizing } from './link-sizing.js';
import { PubackPacing } from './puback-pacing.js';
import { WindowRamp } from './window-ramp.js';
import type { EnvelopeFacts, InFlightEnvelope } from './send-window.js';

/** The RTO never doubles past this (RFC 6298 2.5: 60 s or more), nor past the outbox lease (60 s by default), which would hand the records out again anyway. */
const MAX_RTO_MS = 60_000;
/** How often a resend held back by the local queue looks again when the link is not measured yet. */
const QUEUED_RECHECK_MS = 1000;
/** Weight of the newest envelope in the wire-per-record-byte average. */
const RATIO_GAIN = 0.2;

/** The part of the connection's stream the meter reads: what was written, what still waits in it. */
export interface StreamBytes {
  readonly bytesWritten: number;
  readonly writableLength: number;
}

export interface MeterConfig {
  /** RTO before the first ack (uplink.ack_timeout). */
  initialRtoMs: number;
  batch: BatchLimits;
  keepaliveMs: number;
}

/**
 * The uplink's view of the link (agent/uplink/README.md, "Sizing to the link"): the estimate
 * from acks, the bytes the local socket still holds, how well envelopes compress; from them the
 * next envelope's size, the window, and when an unacked envelope is due for a resend.
 */
export class LinkMeter {
  readonly estimate: LinkEstimate;
  private stream: StreamBytes | undefined;
  private delivered = 0;
  private deliveredAt = 0;
  private wirePerRecordByte = 1;
  /** A round trip ends when an envelope published after it began is acked: `delivered` when it began. */
  private roundStart = 0;
  /** Seqs whose envelope timed out: the next envelope holding them is a resend (Karn's rule). */
  private readonly timedOutSeqs = new Set<number>();
  private readonly ramp = new WindowRamp(FIRST_WINDOW_BYTES);
  private readonly pacing = new PubackPacing();

  constructor(
    private readonly config: MeterConfig,
    private readonly clock: () => number,
  ) {
    this.estimate = new LinkEstimate(config.initialRtoMs, Math.max(MAX_RTO_MS, config.initialRtoMs));
  }

  /** A new connection: its stream's counters start from 0. */
  attach(stream: StreamBytes | undefined): void {
    this.stream = stream;
    this.ramp.restart();
    this.pacing.restart();
  }

  sizing(): LinkSizing {
    const now = this.clock();
    return linkSizing({ rate: this.estimate.deliveryRate(now), baseRttMs: this.estimate.baseRttMs(now), startup: this.estimate.startup, wirePerRecordByte: this.wirePerRecordByte, batch: this.config.batch, keepaliveMs: this.config.keepaliveMs, rampBytes: this.ramp.windowBytes, pacedRate: this.ramp.windowBytes === undefined ? 0 : this.estimate.pacedRateBps });
  }

  /** Bytes written to the connection that have not left this machine's socket. */
  get queuedBytes(): number {
    return this.stream?.writableLength ?? 0;
  }

  /** Call right after the envelope was handed to the connection, with the wire bytes then unacked ahead of it. */
  published(lease: Lease, wireBytes: number, bytesAhead: number): EnvelopeFacts {
    const now = this.clock();
    if (lease.bytes > 0) this.wirePerRecordByte += RATIO_GAIN * (wireBytes / lease.bytes - this.wirePerRecordByte);
    // After an idle spell the rate sample starts now, or the idle time would count as slow delivery.
    if (bytesAhead === 0) this.deliveredAt = now;
    return {
      wireBytes,
      bytesAhead,
      resent: lease.records.some((record) => this.timedOutSeqs.has(record.seq)),
      streamEnd: this.stream?.bytesWritten ?? 0,
      deliveredBefore: this.delivered,
      deliveredAt: this.deliveredAt,
    };
  }

  /** The envelopes an ack completed, in publish order: rate and round-trip samples; returns the latest round trip, if any counted. */
  completed(entries: readonly InFlightEnvelope[]): number | undefined {
    const now = this.clock();
    let rtt: number | undefined;
    for (const entry of entries) {
      this.delivered += entry.wireBytes;
      this.deliveredAt = now;
      for (const record of entry.lease.records) this.timedOutSeqs.delete(record.seq);
      if (entry.resent) continue;
      const roundEnded = entry.deliveredBefore >= this.roundStart;
      if (roundEnded) this.roundStart = this.delivered;
      this.estimate.rateSample(this.delivered - entry.deliveredBefore, now - entry.deliveredAt, now, roundEnded);
      rtt = now - entry.sentAt;
      this.estimate.rttSample(rtt, entry.bytesAhead + entry.wireBytes, now);
      this.ramp.acked(entry.wireBytes, rtt, this.estimate.baseRttMs(now));
    }
    return rtt;
  }

  /**
   * The broker's PUBACK for an envelope of `wireBytes` published at `publishedAt`. While the ramp
   * lasts, the rate the PUBACKs' spacing shows (PubackPacing) times the base round trip opens the
   * window at once: a round trip before the centre's ack, and without waiting for window-limited
   * rate samples. Returns whether the window grew.
   */
  brokerAcked(wireBytes: number, publishedAt: number): boolean {
    const now = this.clock();
    const rate = this.pacing.acked(wireBytes, publishedAt, now);
    const before = this.ramp.windowBytes;
    // Only at the start: later, PUBACKs bunched behind a segment TCP resent would show a rate the link never had.
    if (rate === undefined || this.ramp.ended) return false;
    this.estimate.pacedRateSample(rate);
    this.ramp.paced((rate * this.estimate.baseRttMs(now)) / 1000);
    return (this.ramp.windowBytes ?? 0) > (before ?? 0);
  }

  /**
   * Ms until `entry` is due for a resend (0 or less: now). Never while its first copy is still in
   * this machine's socket; otherwise one RTO after its publish plus the time it and the bytes
   * that were unacked ahead of it need at the delivery rate.
   */
  resendDueIn(entry: InFlightEnvelope): number {
    const now = this.clock();
    const rate = this.estimate.deliveryRate(now);
    const flushed = this.stream === undefined ? Number.POSITIVE_INFINITY : this.stream.bytesWritten - this.stream.writableLength;
    if (flushed < entry.streamEnd) {
      const queued = entry.streamEnd - flushed;
      return rate > 0 ? Math.max(100, (queued * 1000) / rate) : QUEUED_RECHECK_MS;
    }
    const crossingMs = rate > 0 ? ((entry.bytesAhead + entry.wireBytes) * 1000) / rate : 0;
    return entry.sentAt + crossingMs + this.estimate.rtoMs - now;
  }

  /** No ack in time: its records count as resent, and the next RTO doubles. */
  timedOut(entry: InFlightEnvelope): void {
    for (const record of entry.lease.records) this.timedOutSeqs.add(record.seq);
    this.estimate.timedOut();
  }

  /** The outbox changed stores: its seqs mean other records. */
  forgetSeqs(): void {
    this.timedOutSeqs.clear();
  }

  /** How long `recordBytes` of records take to cross at the measured rate, ms; undefined before the rate is measured. */
  linkTimeMs(recordBytes: number): number | undefined {
    const rate = this.estimate.deliveryRate(this.clock());
    return rate > 0 ? (recordBytes * this.wirePerRecordByte * 1000) / rate : undefined;
  }

  get deliveryRate(): number {
    return this.estimate.deliveryRate(this.clock());
  }
}

/** The connection's byte counters (a TCP or TLS socket); undefined for a stream that has none. */
export function streamBytesOf(client: MqttClient): StreamBytes | undefined {
  const stream = client.stream as Partial<StreamBytes> | undefined;
  return stream !== undefined && typeof stream.bytesWritten === 'number' && typeof stream.writableLength === 'number' ? (stream as StreamBytes) : undefined;
}
