/** RFC 6298's gains: SRTT follows 1/8 of each new sample, RTTVAR 1/4 of its deviation. */
const ALPHA = 1 / 8;
const BETA = 1 / 4;
/** RFC 6298 (2.4) rounds a smaller RTO up to 1 s; nothing here gains from a shorter one (TCP below resends lost bytes itself). */
export const MIN_RTO_MS = 1000;
/** Delivery-rate samples count for this long (and at least ten round trips), so a quiet spell does not shrink the window at once. */
const RATE_WINDOW_MS = 10_000;
/** The rate is the median of this many latest samples: acks that arrive in a bunch (the centre acks a group of envelopes at once) overstate single samples. */
const RATE_SAMPLES = 9;
/** Startup ends when the rate has not grown by a quarter in this many round trips in a row (BBR's "full pipe"). */
const FULL_PIPE_ROUNDS = 3;
const FULL_PIPE_GROWTH = 1.25;
/** The base round trip stays under this many SUBACK round trips: the centre's work may take as long again as the route, no more. */
const CONNECT_RTT_CAP = 2;
/**
 * A TCP segment (Ethernet's MSS). The connection's first packets share their segment with the
 * first envelope's bytes (they are pipelined, pipelined-start.ts), and the segment arrives
 * whole: the SUBACK's round trip includes one segment's crossing, a second at 9.6 kbit/s.
 */
const SEGMENT_BYTES = 1460;
/** The shortest round trip counts this long, so a route that got longer is learned within a minute. */
const BASE_RTT_WINDOW_MS = 60_000;

interface Sample {
  at: number;
  value: number;
}

/**
 * What the acks tell about the link (agent/uplink/README.md, "Sizing to the link"):
 * - the ack round trip, smoothed with its variance as TCP does (RFC 6298): SRTT, RTTVAR and
 *   RTO = SRTT + 4·RTTVAR, doubled after each timeout (5.5) until a fresh sample comes; samples
 *   come only from envelopes sent once (Karn's rule), the caller makes sure of that;
 * - the delivery rate in wire bytes per second, sampled as BBR does (the bytes acked between an
 *   envelope's publish and its ack, over that time): while it still grows (startup, as BBR's),
 *   the highest of the latest samples, so a fast link is found in a few round trips; after that
 *   the median of the latest nine samples of the last ten seconds, which acks arriving in a
 *   bunch do not inflate;
 * - the base round trip: the shortest ack round trip of the last minute minus the time the
 *   envelope and the bytes ahead of it took to cross at the delivery rate (propagation and the
 *   centre's work without queueing), at most twice the SUBACK round trip of this connection.
 */
export class LinkEstimate {
  private srtt: number | undefined;
  private rttvar = 0;
  private backoff = 1;
  private readonly rates: Sample[] = [];
  /** deliveryRate's answer for the samples in `rates` and `growing` as they are; -1 once either changed. The send loop asks several times an envelope (issue 13). */
  private rateNow = -1;
  private growing = true;
  private plateau = 0;
  private plateauRounds = 0;
  private roundBest = 0;
  private readonly baseRtts: Sample[] = [];
  private connectRtt: number | undefined;
  private pacedRate = 0;

  /** `initialRtoMs`: the RTO before the first sample (uplink.ack_timeout); `maxRtoMs` caps the doubling. */
  constructor(
    private readonly initialRtoMs: number,
    private readonly maxRtoMs: number,
  ) {}

  /** The delivery rate still grew by a quarter within the last three round trips. */
  get startup(): boolean {
    return this.growing;
  }

  get measured(): boolean {
    return this.srtt !== undefined;
  }

  get srttMs(): number {
    return this.srtt ?? 0;
  }

  get rttvarMs(): number {
    return this.rttvar;
  }

  get rtoMs(): number {
    const base = this.srtt === undefined ? this.initialRtoMs : Math.max(MIN_RTO_MS, this.srtt + 4 * this.rttvar);
    return Math.min(this.maxRtoMs, base * this.backoff);
  }

  /**
   * One ack round trip of an envelope sent once; `queuedBytes`: its own wire bytes and those
   * unacked ahead of it when it was published, whose crossing time is queueing, not route.
   */
  rttSample(rttMs: number, queuedBytes: number, now: number): void {
    const rtt = Math.max(0, rttMs);
    if (this.srtt === undefined) {
      this.srtt = rtt;
      this.rttvar = rtt / 2;
    } else {
      this.rttvar = (1 - BETA) * this.rttvar + BETA * Math.abs(this.srtt - rtt);
      this.srtt = (1 - ALPHA) * this.srtt + ALPHA * rtt;
    }
    this.backoff = 1;
    const rate = this.deliveryRate(now);
    const crossing = rate > 0 ? (queuedBytes * 1000) / rate : 0;
    this.remember(this.baseRtts, { at: now, value: Math.max(0, rtt - crossing) }, BASE_RTT_WINDOW_MS, (kept, fresh) => kept >= fresh);
  }

  /**
   * The round trip of a packet too small to queue (the broker's SUBACK at connect), kept for the
   * whole connection: the base round trip until acks measured it, and twice it is the most the
   * base may be. Without that cap, an error in the rate (the queue ahead is subtracted at the
   * measured rate) would count some of the window's own queue as route, grow the window by it,
   * the queue with it, and alarms would wait behind half a keepalive of status.
   */
  connectRttSample(rttMs: number): void {
    this.connectRtt = Math.max(0, rttMs);
    this.pacedRate = 0;
  }

  /**
   * The rate the spacing of the broker's PUBACKs showed on this connection (PubackPacing), wire
   * bytes per second: the link's own rate even while the window still limits the ack rate.
   */
  pacedRateSample(rate: number): void {
    this.pacedRate = Math.max(this.pacedRate, rate);
  }

  /** An ack timed out: wait twice as long for the next one (RFC 6298 5.5). */
  timedOut(): void {
    if (this.rtoMs < this.maxRtoMs) this.backoff *= 2;
  }

  /** `bytes` were acked over `ms` (see the class comment); `roundEnded`: the envelope was published after the previous round's first ack. */
  rateSample(bytes: number, ms: number, now: number, roundEnded: boolean): void {
    if (bytes <= 0) return;
    const window = Math.max(RATE_WINDOW_MS, 10 * this.srttMs);
    // At least 10 ms: acks for several envelopes arrive together, and one must not claim a rate from nothing.
    const value = (bytes * 1000) / Math.max(10, ms);
    this.rates.push({ at: now, value });
    this.rateNow = -1;
    this.roundBest = Math.max(this.roundBest, value);
    if (this.growing && roundEnded) {
      if (this.roundBest >= this.plateau * FULL_PIPE_GROWTH) {
        this.plateau = this.roundBest;
        this.plateauRounds = 0;
      } else if (++this.plateauRounds >= FULL_PIPE_ROUNDS) {
        this.growing = false;
      }
      this.roundBest = 0;
    }
    if (this.rates.length > RATE_SAMPLES) this.rates.shift();
    this.forget(this.rates, now, window);
  }

  /** The highest rate the broker's PUBACKs showed on this connection, 0 before two of them. */
  get pacedRateBps(): number {
    return this.pacedRate;
  }

  /** Wire bytes per second the link delivered lately, 0 before the first ack. */
  deliveryRate(now: number): number {
    if (this.forget(this.rates, now, Math.max(RATE_WINDOW_MS, 10 * this.srttMs)) || this.rateNow < 0) {
      const values = this.rates.map((sample) => sample.value).sort((a, b) => a - b);
      this.rateNow = (this.growing ? values[values.length - 1] : values[values.length >> 1]) ?? 0;
    }
    return this.rateNow;
  }

  /** The shortest round trip without queueing, ms; 0 before the first ack. */
  baseRttMs(now: number): number {
    this.forget(this.baseRtts, now, BASE_RTT_WINDOW_MS);
    const fromAcks = this.baseRtts[0]?.value;
    if (this.connectRtt === undefined) return fromAcks ?? 0;
    // Less the crossing of the segment it may have waited for (SEGMENT_BYTES), once the rate is known: on a fast link a few
    // ms, on a radio enough to take it to 0, where the window is two envelopes anyway and the BDP does not count.
    // At the slowest recent rate: acks that come in a bunch overstate a sample, and a rate overstated here would count the
    // segment as route on a radio (at 9.6 kbit/s with the cap, up to 4 s of BDP: alarms waited behind it).
    if (this.forget(this.rates, now, Math.max(RATE_WINDOW_MS, 10 * this.srttMs))) this.rateNow = -1;
    // The PUBACKs' pacing, where it shows more: at startup the slowest ack sample is the first window's, limited by the window, not
    // the link (at 1 Mbit/s it took 430 ms off a 700 ms round trip, and the ramp ended at its first ack for a queue that was not there).
    const slowest = Math.max(this.pacedRate, this.rates.reduce((lowest, sample) => Math.min(lowest, sample.value), Number.POSITIVE_INFINITY));
    const connect = Number.isFinite(slowest) ? Math.max(0, this.connectRtt - (SEGMENT_BYTES * 1000) / slowest) : this.connectRtt;
    // Never below the SUBACK's round trip: the route takes at least that. While the window still limits the rate (startup), the
    // crossing time subtracted from an ack's round trip is overstated and would otherwise take the base to 0, and the window with it.
    return Math.min(CONNECT_RTT_CAP * connect, Math.max(connect, fromAcks ?? connect));
  }

  /**
   * A monotonic deque: the best value sits first. `dominated(kept, fresh)` says a kept sample can
   * never be the best again once `fresh` is in (it is older and no better).
   */
  private remember(samples: Sample[], fresh: Sample, windowMs: number, dominated: (kept: number, fresh: number) => boolean): void {
    while (samples.length > 0 && dominated((samples[samples.length - 1] as Sample).value, fresh.value)) samples.pop();
    samples.push(fresh);
    this.forget(samples, fresh.at, windowMs);
  }

  /** Drops the samples older than `windowMs` (never the last); true when it dropped any. */
  private forget(samples: Sample[], now: number, windowMs: number): boolean {
    let dropped = false;
    while (samples.length > 1 && now - (samples[0] as Sample).at > windowMs) {
      samples.shift();
      dropped = true;
    }
    return dropped;
  }
}
