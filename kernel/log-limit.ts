import type { Logger, LogFn } from 'pino';

export interface RepeatLimitOptions {
  /** A warning repeated within this long after it was logged is counted, not logged. */
  windowMs?: number;
  now?: () => number;
}

const WARN = 40;
const DEFAULT_WINDOW_MS = 60_000;

interface Seen {
  since: number;
  repeats: number;
  log: { logger: Logger; method: LogFn; level: number; message: string };
}

/**
 * A pino `logMethod` hook that keeps a warning or error repeated in a loop from flooding the
 * journal (a device that fails every poll): the first line of a kind (same level, same logger
 * bindings, same message) is logged; repeats within `windowMs` are only counted, and once the
 * window ends one line says how many there were (`repeats`). Below warn nothing is limited.
 *
 * Ended windows are swept by one timer, not one per kind: an idle post with ten dead devices has
 * some forty kinds of warning a minute, and forty wake-ups of its own (issue 13: an idle post
 * should sleep). The sweep waits for the oldest window to end plus a quarter of a window, and
 * flushes every window ended by then, so a count may come up to a quarter-window late.
 */
export function repeatLimit(options: RepeatLimitOptions = {}): (this: Logger, args: Parameters<LogFn>, method: LogFn, level: number) => void {
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, Seen>();
  let sweep: NodeJS.Timeout | undefined;
  const flush = (key: string): void => {
    const entry = seen.get(key);
    seen.delete(key);
    if (entry === undefined || entry.repeats === 0) return;
    const { logger, method, message } = entry.log;
    method.call(logger, { repeats: entry.repeats, window_ms: windowMs }, `${message} (repeated ${entry.repeats} more time${entry.repeats === 1 ? '' : 's'} in ${windowMs >= 1000 ? `${Math.round(windowMs / 1000)} s` : `${windowMs} ms`})`);
  };
  const scheduleSweep = (): void => {
    if (sweep !== undefined || seen.size === 0) return;
    // The oldest window is the first in the map: entries are added as windows start, and removed when they end.
    const oldest = seen.values().next().value as Seen;
    sweep = setTimeout(() => {
      sweep = undefined;
      const at = now();
      for (const [key, entry] of seen) if (at - entry.since >= windowMs) flush(key);
      scheduleSweep();
    }, Math.max(0, oldest.since + windowMs - now()) + windowMs / 4);
    sweep.unref();
  };
  return function hook(this: Logger, args, method, level) {
    if (level < WARN) return method.apply(this, args);
    const message = args.find((arg): arg is string => typeof arg === 'string') ?? '';
    const key = `${level}\u0000${JSON.stringify(this.bindings())}\u0000${message}`;
    const entry = seen.get(key);
    if (entry !== undefined && now() - entry.since < windowMs) {
      entry.repeats += 1;
      return undefined;
    }
    if (entry !== undefined) flush(key);
    seen.set(key, { since: now(), repeats: 0, log: { logger: this, method, level, message } });
    scheduleSweep();
    return method.apply(this, args);
  };
}
