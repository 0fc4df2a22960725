import { simulatedChip } from '../../../drivers/gpio/simulated.js';

/**
 * Simulated IR beam pair for the demo: on the GPIO `simulated` backend's chip of that name,
 * a person walks through the two beams every so often (beam a then b when coming in, b then a
 * going out), at a walking speed, each beam interrupted for as long as a body takes to pass
 * it. Edges carry the monotonic clock as their timestamps, as the kernel's would.
 */
export interface BeamWalkerOptions {
  /** The simulated chip's name (the `chip:` of a gpio bus with the simulated backend). */
  chip: string;
  a: number | string;
  b: number | string;
  /** The receivers pull the line low when broken (the beam-pair sensor's `active_low`). */
  activeLow?: boolean;
  distanceM?: number;
  /** Average seconds between passages; 0: only when `walkThrough()` is called (another simulator leads the scene). */
  everyS?: number;
  random?: () => number;
}

export function startBeamWalker(options: BeamWalkerOptions): { stop(): void; walkThrough(): void } {
  const chip = simulatedChip(options.chip);
  const random = options.random ?? Math.random;
  const activeLow = options.activeLow ?? true;
  const distanceM = options.distanceM ?? 1.5;
  const everyS = options.everyS ?? 45;
  const idle = activeLow ? 1 : 0;
  const broken = activeLow ? 0 : 1;
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  const later = (ms: number, action: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) action();
    }, ms);
    timers.add(timer);
  };
  const drive = (line: number | string, level: 0 | 1): void => chip.drive(line, level, performance.now());
  drive(options.a, idle);
  drive(options.b, idle);

  const passage = (): void => {
    const inward = random() < 0.6;
    const [first, second] = inward ? [options.a, options.b] : [options.b, options.a];
    const speed = 1 + random();
    const delayMs = (distanceM / speed) * 1000;
    // A body about 0.4 m deep passing a beam at that speed.
    const blockMs = (0.4 / speed) * 1000;
    drive(first, broken);
    later(blockMs, () => drive(first, idle));
    later(delayMs, () => drive(second, broken));
    later(delayMs + blockMs, () => drive(second, idle));
    // The next walker comes after this one is through, so two passages never interleave.
    if (everyS > 0) later(delayMs + blockMs + everyS * 1000 * (0.5 + random()), passage);
  };
  if (everyS > 0) later(everyS * 1000 * (0.3 + 0.4 * random()), passage);

  return {
    walkThrough: () => {
      if (!stopped) passage();
    },
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
