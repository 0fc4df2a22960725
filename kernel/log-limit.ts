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
  timer: NodeJS.Timeout | undefined;
  log: { logger: Logger; method: LogFn; level: number; message: string };
}

/**
 * A pino `logMethod` hook that keeps a warning or error repeated in a loop from flooding the
 * journal (a device that fails every poll): the first line of a kind (same level, same logger
 * bindings, same message) is logged; repeats within `windowMs` are only counted, and once the
 * window ends one line says how many there were (`repeats`). Below warn nothing is limited.
 */
export function repeatLimit(options: RepeatLimitOptions = {}): (this: Logger, args: Parameters<LogFn>, method: LogFn, level: number) => void {
  const windowMs = options.windowMs ?? DEFAULT_WINDOW_MS;
  const now = options.now ?? Date.now;
  const seen = new Map<string, Seen>();
  const flush = (key: string): void => {
    const entry = seen.get(key);
    seen.delete(key);
    if (entry === undefined || entry.repeats === 0) return;
    const { logger, method, message } = entry.log;
    method.call(logger, { repeats: entry.repeats, window_ms: windowMs }, `${message} (repeated ${entry.repeats} more time${entry.repeats === 1 ? '' : 's'} in ${windowMs >= 1000 ? `${Math.round(windowMs / 1000)} s` : `${windowMs} ms`})`);
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
    if (entry !== undefined) {
      clearTimeout(entry.timer);
      flush(key);
    }
    const fresh: Seen = { since: now(), repeats: 0, timer: undefined, log: { logger: this, method, level, message } };
    fresh.timer = setTimeout(() => flush(key), windowMs);
    fresh.timer.unref();
    seen.set(key, fresh);
    return method.apply(this, args);
  };
}
