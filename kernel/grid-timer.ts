import { realTimers, type Timers } from './timers.js';

/**
 * Calls `tick` every `intervalMs`, on whole multiples of the interval of the wall clock rather
 * than of the start time: components with the same interval fire at the same instant, so their
 * records share one outbox transaction and one envelope instead of each paying its own (issue 13).
 * A tick that runs late skips the instants it missed instead of drifting; a timer that fires a
 * little early still ticks once per instant. Returns the function that stops it.
 */
export function everyOnGrid(intervalMs: number, tick: () => void, now: () => number = Date.now, timers: Timers = realTimers): () => void {
  if (!(intervalMs > 0)) throw new RangeError(`a grid interval must be above 0 ms, got ${intervalMs}`);
  let due = Math.floor(now() / intervalMs) * intervalMs + intervalMs;
  let handle: unknown;
  let stopped = false;
  const arm = (): void => {
    handle = timers.setTimeout(fire, Math.max(0, due - now()));
  };
  const fire = (): void => {
    if (stopped) return;
    due = Math.max(due + intervalMs, Math.floor(now() / intervalMs) * intervalMs + intervalMs);
    arm();
    tick();
  };
  arm();
  return () => {
    stopped = true;
    timers.clearTimeout(handle);
  };
}
