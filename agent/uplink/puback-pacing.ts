/** PUBACKs closer together than this were read in one go (by the broker or by this machine's event loop): their spacing says nothing about the link. */
const MIN_SPAN_MS = 5;

/**
 * The link's rate from the spacing of the broker's PUBACKs, as packet-pair and BBR's delivery-rate
 * sampling measure it: envelopes written back to back leave the link's bottleneck one after the
 * other, so the broker reads (and acks) each one as many ms after the previous as its bytes take
 * to cross. A train is a run of envelopes each published before the previous one's PUBACK came;
 * its rate is the wire bytes acked after its first PUBACK over the time since. An envelope
 * published later starts a new train (the link may have idled in between, and idle time would
 * count as slow delivery). Gaps (a busy broker, an envelope written late) only make the rate
 * lower; the broker's PUBACK comes a round trip before the centre's ack, which waits for the
 * store's commit.
 */
export class PubackPacing {
  private trainStartAt: number | undefined;
  private trainBytes = 0;
  private lastAckAt: number | undefined;

  /** A new connection: nothing of the last one's trains counts. */
  restart(): void {
    this.trainStartAt = undefined;
    this.trainBytes = 0;
    this.lastAckAt = undefined;
  }

  /** The broker acked an envelope of `wireBytes` published at `publishedAt`; returns the train's rate in wire bytes per second, if it has one yet. */
  acked(wireBytes: number, publishedAt: number, now: number): number | undefined {
    const previous = this.lastAckAt;
    this.lastAckAt = now;
    if (previous === undefined || this.trainStartAt === undefined || publishedAt > previous) {
      this.trainStartAt = now;
      this.trainBytes = 0;
      return undefined;
    }
    this.trainBytes += wireBytes;
    const span = now - this.trainStartAt;
    return span >= MIN_SPAN_MS ? (this.trainBytes * 1000) / span : undefined;
  }
}
