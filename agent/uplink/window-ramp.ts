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
 * measured bandwidth-delay product from then on. On a 1 Mbit/s satellite hop (600 ms round
 * trip) the acks come back at the route's delay while the window is far below the BDP, and the
 * ramp finds it in two or three round trips instead of waiting for window-limited rate samples;
 * on a 9.6 kbit/s radio a single 4 KiB envelope takes seconds to cross, its first ack already
 * shows the queue, and nothing beyond the first window is ever queued ahead of an alarm.
 */
export class WindowRamp {
  private bytes: number;
  private ramping = true;

  constructor(private readonly initialBytes: number) {
    this.bytes = initialBytes;
  }

  /** Wire bytes the ramp allows in flight, or undefined once it ended. */
  get windowBytes(): number | undefined {
    return this.ramping ? this.bytes : undefined;
  }

  /** A new connection: the route may be another, ramp again from the first window. */
  restart(): void {
    this.bytes = this.initialBytes;
    this.ramping = true;
  }

  /** An envelope sent once was acked after `rttMs`; `baseRttMs`: the route's round trip without queueing (0: unknown, no ramp). */
  acked(wireBytes: number, rttMs: number, baseRttMs: number): void {
    if (!this.ramping) return;
    if (baseRttMs <= 0 || rttMs > QUEUE_FACTOR * baseRttMs + QUEUE_SLACK_MS) {
      this.ramping = false;
      return;
    }
    this.bytes += GROWTH_PER_ACKED_BYTE * wireBytes;
  }
}
