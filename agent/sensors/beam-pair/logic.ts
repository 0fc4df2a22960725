import type { Level } from '../../../drivers/gpio/types.js';

/**
 * What a pair of IR beams saw, decided from edges alone (no I/O, no timers: the sensor feeds it
 * edges and clock ticks). Levels are logical: 1 = beam broken.
 *
 * - An interruption shorter than `minMs` is a bird, a leaf or a raindrop: ignored.
 * - One longer than `maxMs` is not a passage (something stopped in the beam): ignored; one
 *   longer than `blockedMs` is an environmental fault (fog, a misaligned or covered beam)
 *   reported once as `blocked` and once as `cleared`, never as detections.
 * - Valid interruptions of both beams whose starts lie within `pairWindowMs` are one passage:
 *   the beam broken first gives the direction, the delay between the starts the speed.
 * - A valid interruption with no partner within `pairWindowMs` is a single-beam passage.
 */
export type BeamName = 'a' | 'b';

export interface BeamTiming {
  minMs: number;
  maxMs: number;
  pairWindowMs: number;
  blockedMs: number;
}

interface Interruption {
  beam: BeamName;
  /** Edge times, ms (the GPIO driver's monotonic clock). */
  startMs: number;
  endMs: number;
  /** Our clock when the break was seen, for timeouts, and the wall clock then, for the onset. */
  seenMs: number;
  wallMs: number;
}

export type BeamOutcome =
  | { type: 'passage'; first: BeamName; delayMs: number; interruptionMs: number; durationMs: number; wallMs: number }
  | { type: 'single'; beam: BeamName; interruptionMs: number; wallMs: number }
  | { type: 'rejected'; beam: BeamName; reason: 'short' | 'long'; interruptionMs: number }
  | { type: 'blocked'; beam: BeamName; forMs: number }
  | { type: 'cleared'; beam: BeamName; afterMs: number };

interface BeamState {
  broken: boolean;
  startMs: number;
  seenMs: number;
  wallMs: number;
  blocked: boolean;
}

export class BeamPairLogic {
  private readonly beams: Record<BeamName, BeamState> = {
    a: { broken: false, startMs: 0, seenMs: 0, wallMs: 0, blocked: false },
    b: { broken: false, startMs: 0, seenMs: 0, wallMs: 0, blocked: false },
  };
  private pending: Interruption | undefined;

  constructor(private readonly timing: BeamTiming) {}

  isBlocked(beam: BeamName): boolean {
    return this.beams[beam].blocked;
  }

  /** An edge of one beam: `edgeMs` from the driver, `nowMs` our monotonic clock, `wallMs` the wall clock. */
  edge(beam: BeamName, level: Level, edgeMs: number, nowMs: number, wallMs: number): BeamOutcome[] {
    const state = this.beams[beam];
    const out: BeamOutcome[] = [];
    if (level === 1) {
      if (state.broken) return out;
      Object.assign(state, { broken: true, startMs: edgeMs, seenMs: nowMs, wallMs });
      return out;
    }
    if (!state.broken) return out;
    state.broken = false;
    const interruptionMs = edgeMs - state.startMs;
    if (state.blocked) {
      state.blocked = false;
      out.push({ type: 'cleared', beam, afterMs: interruptionMs });
      return out;
    }
    if (interruptionMs < this.timing.minMs) {
      out.push({ type: 'rejected', beam, reason: 'short', interruptionMs });
      return out;
    }
    if (interruptionMs > this.timing.maxMs) {
      out.push({ type: 'rejected', beam, reason: 'long', interruptionMs });
      return out;
    }
    const interruption: Interruption = { beam, startMs: state.startMs, endMs: edgeMs, seenMs: state.seenMs, wallMs: state.wallMs };
    const pending = this.pending;
    if (pending !== undefined && pending.beam !== beam && Math.abs(interruption.startMs - pending.startMs) <= this.timing.pairWindowMs) {
      this.pending = undefined;
      const [first, second] = pending.startMs <= interruption.startMs ? [pending, interruption] : [interruption, pending];
      out.push({
        type: 'passage',
        first: first.beam,
        delayMs: second.startMs - first.startMs,
        interruptionMs: Math.max(first.endMs - first.startMs, second.endMs - second.startMs),
        durationMs: Math.max(first.endMs, second.endMs) - first.startMs,
        wallMs: first.wallMs,
      });
      return out;
    }
    // An older partner-less interruption is settled now: it stays a single-beam passage.
    if (pending !== undefined) out.push(this.single(pending));
    this.pending = interruption;
    return out;
  }

  /** Clock tick: single-beam passages whose partner can no longer come, and beams blocked too long. */
  tick(nowMs: number): BeamOutcome[] {
    const out: BeamOutcome[] = [];
    const pending = this.pending;
    if (pending !== undefined && nowMs - pending.seenMs > this.timing.pairWindowMs) {
      // The partner may still be broken right now and end inside the window: wait for it.
      const other = this.beams[pending.beam === 'a' ? 'b' : 'a'];
      if (!(other.broken && other.seenMs - pending.seenMs <= this.timing.pairWindowMs && nowMs - other.seenMs <= this.timing.maxMs)) {
        this.pending = undefined;
        out.push(this.single(pending));
      }
    }
    for (const beam of ['a', 'b'] as const) {
      const state = this.beams[beam];
      if (state.broken && !state.blocked && nowMs - state.seenMs > this.timing.blockedMs) {
        state.blocked = true;
        out.push({ type: 'blocked', beam, forMs: nowMs - state.seenMs });
      }
    }
    return out;
  }

  private single(interruption: Interruption): BeamOutcome {
    return { type: 'single', beam: interruption.beam, interruptionMs: interruption.endMs - interruption.startMs, wallMs: interruption.wallMs };
  }
}
