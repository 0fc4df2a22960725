import { realTimers, type Timers } from './timers.js';

/** What a grid tick is called with: the grid instant (wall-clock ms, a whole multiple of the interval) it stands for. */
export type GridTick = (slotMs: number) => void;

/**
 * Calls `tick` every `intervalMs`, on whole multiples of the interval of the wall clock rather
 * than of the start time: components with the same interval fire at the same instant, so their
 * records share one outbox transaction and one envelope instead of each paying its own (issue 13).
 * A tick that runs late skips the instants it missed instead of drifting; a timer that fires a
 * little early still ticks once per instant. Returns the function that stops it.
 *
 * On the real clock, every caller with the same interval shares one timer: ten sensors polling
 * every second cost one timer callback a second, not ten (issue 13). They tick in the order
 * they joined; a callback that throws is not caught (as with a timer of its own).
 */
export function everyOnGrid(intervalMs: number, tick: GridTick, now: () => number = Date.now, timers: Timers = realTimers): () => void {
  if (!(intervalMs > 0)) throw new RangeError(`a grid interval must be above 0 ms, got ${intervalMs}`);
  if (now === Date.now && timers === realTimers) return joinShared(intervalMs, tick);
  return ownGrid(intervalMs, tick, now, timers);
}

function ownGrid(intervalMs: number, tick: GridTick, now: () => number, timers: Timers): () => void {
  let due = Math.floor(now() / intervalMs) * intervalMs + intervalMs;
  let handle: unknown;
  let stopped = false;
  const arm = (): void => {
    handle = timers.setTimeout(fire, Math.max(0, due - now()));
  };
  const fire = (): void => {
    if (stopped) return;
    // The instant this tick stands for: the one it was armed for, or the last one passed when it fired late.
    const slot = Math.max(due, Math.floor(now() / intervalMs) * intervalMs);
    due = slot + intervalMs;
    arm();
    tick(slot);
  };
  arm();
  return () => {
    stopped = true;
    timers.clearTimeout(handle);
  };
}

interface SharedGrid {
  readonly ticks: Set<{ tick: GridTick }>;
  stop: () => void;
  /** The instant of the last tick (whose pass may still be running). */
  lastSlot: number;
}

/** The grids on the real clock, by interval. */
const shared = new Map<number, SharedGrid>();

function joinShared(intervalMs: number, tick: GridTick): () => void {
  let grid = shared.get(intervalMs);
  if (grid === undefined) {
    const ticks = new Set<{ tick: GridTick }>();
    const created: SharedGrid = { ticks, stop: () => undefined, lastSlot: Number.NEGATIVE_INFINITY };
    created.stop = ownGrid(
      intervalMs,
      (slot) => {
        created.lastSlot = slot;
        for (const member of ticks) member.tick(slot);
      },
      Date.now,
      realTimers,
    );
    shared.set(intervalMs, created);
    grid = created;
  }
  // A wrapper of its own: the same function may join twice and leave once.
  const member = { tick };
  grid.ticks.add(member);
  const joined = grid;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    joined.ticks.delete(member);
    if (joined.ticks.size === 0 && shared.get(intervalMs) === joined) {
      joined.stop();
      shared.delete(intervalMs);
    }
  };
}

/**
 * Calls `tick` once, at the next whole multiple of `intervalMs` of the wall clock, on the same
 * shared timer as `everyOnGrid` (a one-shot that lands in a wakeup the post pays anyway when
 * something else ticks on that interval, e.g. sensors polling every second; alone, it costs what
 * a `setTimeout` of its own would). Never later than `intervalMs` from now (armed in a grid tick,
 * from the instant that tick stands for). Returns the function that cancels it (a no-op once it ticked).
 */
export function onceOnGrid(intervalMs: number, tick: GridTick, now: () => number = Date.now, timers: Timers = realTimers): () => void {
  // A grid already ticking calls members that join during its pass in the same pass: this one
  // stands for the next instant only, so a tick for an earlier one is not its own. The next
  // instant is after the grid's last tick too: a timer fires a little early by the wall clock, and
  // a one-shot armed in that tick (ms before its instant by the clock) must not tick for it again.
  const last = now === Date.now && timers === realTimers ? (shared.get(intervalMs)?.lastSlot ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY;
  const first = Math.max(Math.floor(now() / intervalMs) * intervalMs + intervalMs, last + intervalMs);
  let done = false;
  const leave = everyOnGrid(
    intervalMs,
    (slot) => {
      if (done || slot < first) return;
      done = true;
      leave();
      tick(slot);
    },
    now,
    timers,
  );
  return () => {
    done = true;
    leave();
  };
}
