/**
 * PIR alarm logic, from pulses (rising edges of the detector's output) alone. Times are the
 * GPIO driver's edge times, ms.
 *
 * - Pulse counting: an alarm needs `pulses` pulses within `windowMs` (one pulse is often a
 *   warm gust or a small animal; two in ten seconds is something moving).
 * - Hold: the alarm lasts `holdMs` from the pulse that raised it; pulses during the hold belong
 *   to the same alarm (counted, not re-alarmed).
 * - Lockout: for `lockoutMs` after the hold ends pulses are ignored, so that one person standing
 *   in front of the detector is one alarm, not one every few seconds.
 */
export interface PirTiming {
  pulses: number;
  windowMs: number;
  holdMs: number;
  lockoutMs: number;
}

export type PirOutcome =
  | { type: 'alarm'; pulseCount: number; firstPulseMs: number; atMs: number }
  | { type: 'counted'; pulseCount: number }
  | { type: 'held' }
  | { type: 'locked_out' };

export class PirLogic {
  private recent: number[] = [];
  private alarmAtMs: number | undefined;

  constructor(private readonly timing: PirTiming) {}

  pulse(atMs: number): PirOutcome {
    if (this.alarmAtMs !== undefined) {
      const since = atMs - this.alarmAtMs;
      if (since <= this.timing.holdMs) return { type: 'held' };
      if (since <= this.timing.holdMs + this.timing.lockoutMs) return { type: 'locked_out' };
      this.alarmAtMs = undefined;
    }
    this.recent = this.recent.filter((time) => atMs - time <= this.timing.windowMs);
    this.recent.push(atMs);
    if (this.recent.length < this.timing.pulses) return { type: 'counted', pulseCount: this.recent.length };
    const outcome: PirOutcome = { type: 'alarm', pulseCount: this.recent.length, firstPulseMs: this.recent[0] as number, atMs };
    this.recent = [];
    this.alarmAtMs = atMs;
    return outcome;
  }
}
