/** Each wire byte acked without queueing lets this many more go out: the window grows fourfold per round trip while the pipe is empty. */
const GROWTH_PER_ACKED_BYTE = 3;
/** An ack round trip past this share of the base round trip (plus the slack) shows a queue: the pipe is full, the ramp ends. */
const QUEUE_FACTOR = 1.5;
/** The centre's own work (decode, store, group commit) and timer granularity, which are not queueing on the link. */
const QUEUE_SLACK_MS = 50;

/**
 * The window's ramp at the start of each connection, like TCP's slow start with HyStart's exit
 * on delay: from the first window (two 4 KiB envelopes) each envelope acked grows it by three
 * times its wire bytes, as long as its ack round trip shows no queue (at most 1.5 × the base
 * round trip + 50 ms). The first ack that shows one ends the ramp, and the window follows the
 * measured bandwidth-delay product from then on. The broker's PUBACKs pace the link (PubackPacing)
 * a little before the centre's acks come: their rate times the base round trip opens the window
 * to one bandwidth-delay product at once. Until they did, an ack that seems to show a queue only
 * holds the ramp: the base round trip then still counts the crossing of the connection's first
 * segment at the first window's ack rate, which is the window's, not the link's (at 1 Mbit/s ×
 * 600 ms it took 430 ms off the route, and the ramp ended at its first ack). A held ramp resumes
 * when the PUBACKs show a bandwidth-delay product beyond the first window, and ends otherwise.
 * On a 1 Mbit/s satellite hop the window so reaches the BDP in the first round trip; on a
 * 9.6 kbit/s radio a single 4 KiB envelope takes seconds to cross, its first ack already shows
 * the queue, and nothing beyond the first window is ever queued ahead of an alarm.
 */
export class WindowRamp {
  private bytes: number;
  private state: 'ramping' | 'held' | 'ended' = 'ramping';
  private paceSeen = false;

  constructor(private readonly initialBytes: number) {
    this.bytes = initialBytes;
  }

  /** Wire bytes the ramp allows in flight, or undefined while held or once it ended. */
  get windowBytes(): number | undefined {
    return this.state === 'ramping' ? this.bytes : undefined;
  }

  get ended(): boolean {
    return this.state === 'ended';
  }

  /** A new connection: the route may be another, ramp again from the first window. */
  restart(): void {
    this.bytes = this.initialBytes;
    this.state = 'ramping';
    this.paceSeen = false;
  }

  /** The broker's PUBACKs show the link carries a bandwidth-delay product of `bdpBytes` (PubackPacing). */
  paced(bdpBytes: number): void {
    this.paceSeen = true;
    if (this.state === 'held') this.state = bdpBytes > this.bytes ? 'ramping' : 'ended';
    if (this.state === 'ramping') this.bytes = Math.max(this.bytes, bdpBytes);
  }

  /** An envelope sent once was acked after `rttMs`; `baseRttMs`: the route's round trip without queueing (0: unknown, no ramp). */
  acked(wireBytes: number, rttMs: number, baseRttMs: number): void {
    if (this.state !== 'ramping') return;
    if (baseRttMs <= 0 || rttMs > QUEUE_FACTOR * baseRttMs + QUEUE_SLACK_MS) {
      this.state = this.paceSeen ? 'ended' : 'held';
      return;
    }
    this.bytes += GROWTH_PER_ACKED_BYTE * wireBytes;
  }
}
