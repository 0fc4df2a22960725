import { pino, type Logger, type LevelWithSilent, type LogFn } from 'pino';
import pretty from 'pino-pretty';
import { repeatLimit } from './log-limit.js';
import { oneValuePerKeyHook, withOneValuePerKey } from './one-value-per-key.js';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Human-readable lines instead of JSON. Default: when stdout is a terminal. */
  pretty?: boolean;
  /** Where lines go. Default: stdout (journald captures it under systemd). */
  destination?: NodeJS.WritableStream;
  /**
   * A warning or error repeated within this long is counted, not logged again (kernel/log-limit.ts).
   * Off when absent: the agent sets it; the centre logs every malformed message from a post.
   */
  repeatWindowMs?: number;
}

/**
 * The agent's root logger: structured JSON on stdout for journald, readable lines on a
 * terminal. Modules take `log.child({ module: 'outbox' })`; device code adds `device`.
 * pino-pretty runs in-process (no worker thread): a post logs little, and one thread less
 * matters on a small board.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stdout;
  const level = options.level ?? levelFromEnv();
  const wantPretty = options.pretty ?? (destination === process.stdout && process.stdout.isTTY === true);
  const limit = options.repeatWindowMs === undefined ? undefined : repeatLimit({ windowMs: options.repeatWindowMs });
  // Repeats are held back first; what gets through has its fields sorted out by oneValuePerKey.
  const logMethod = function (this: Logger, args: Parameters<LogFn>, method: LogFn, level: number): void {
    const next = function (this: Logger, ...inner: Parameters<LogFn>): void {
      oneValuePerKeyHook.call(this, inner, method, level);
    } as LogFn;
    if (limit === undefined) next.apply(this, args);
    else limit.call(this, args, next, level);
  };
  const base = { level, base: { pid: process.pid }, hooks: { logMethod } };
  const root: Logger = wantPretty
    ? pino(base, pretty({ destination: destination as NodeJS.WritableStream & { fd?: number }, sync: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' }))
    : pino(base, destination);
  return withOneValuePerKey(root);
}

const levels: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** OUTPOST_LOG_LEVEL when it names a level, else `fallback`. */
export function levelFromEnv(env: Readonly<Record<string, string | undefined>> = process.env, fallback: LevelWithSilent = 'info'): LevelWithSilent {
  const wanted = env['OUTPOST_LOG_LEVEL'];
  return levels.find((l) => l === wanted) ?? fallback;
}

/** A logger that drops everything: for tests and one-shot commands that print their own output. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/**
 * A logger for the last words of a process: JSON on stderr, written synchronously so the line is
 * out before `process.exit`, and on stderr because stdout may be the very thing that broke.
 */
export function fatalLogger(): Logger {
  return pino({ base: { pid: process.pid } }, pino.destination({ fd: 2, sync: true }));
}
