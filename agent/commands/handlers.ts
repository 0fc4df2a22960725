import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LevelWithSilent } from 'pino';
import type { Logger } from '../../kernel/logger.js';
import { durationArgument } from './arguments.js';
import type { AgentControls } from './controls.js';
import type { CommandHandler, CommandOutcome } from './desk.js';
import { pushConfig } from './push-config.js';

const LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'];
/** set-log-level without `for`: debug logs fill an SD card, so a level set remotely always ends. */
const DEFAULT_LEVEL_FOR_MS = 10 * 60_000;
const MAX_LEVEL_FOR_MS = 24 * 3600_000;
const DIAG_WAIT_MS = 10_000;

function json(value: unknown): CommandOutcome {
  return { status: 'done', text: JSON.stringify(value), type: 'application/json' };
}

/**
 * The level set from the centre, and the timer that puts the configured one back. One at a time:
 * a second set-log-level replaces the first and its expiry.
 */
class LogLevelLease {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly controls: AgentControls,
    private readonly log: Logger,
  ) {}

  set(level: LevelWithSilent, forMs: number): void {
    clearTimeout(this.timer);
    this.controls.setLogLevel(level);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const configured = this.controls.configuredLogLevel();
      this.controls.setLogLevel(configured);
      this.log.info({ module: 'commands', level: configured }, 'log level set by the centre expired; back to the configured level');
    }, forMs);
    this.timer.unref();
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

export interface CommandHandlers {
  handlers: ReadonlyMap<string, CommandHandler>;
  /** Cancels timers (the log level lease, a push-config trial). */
  stop(): void;
}

/** Every command a post knows, over the running agent's controls. */
export function commandHandlers(controls: AgentControls, log: Logger, rollbackAfterMs: () => number): CommandHandlers {
  const lease = new LogLevelLease(controls, log);
  const trials = new AbortController();
  const handlers = new Map<string, CommandHandler>([
    ['status', async () => json(controls.status())],
    [
      'diag',
      async () => {
        const { runDiag } = await import('../maintenance/diag/index.js');
        const checks = await runDiag(controls.post(), { log, waitMs: DIAG_WAIT_MS, agent: controls.status() });
        const failed = checks.filter((check) => check.result === 'fail');
        return { ...json({ checks }), reason: failed.length === 0 ? '' : `${failed.length} check(s) failed: ${failed.map((check) => check.part).join(', ')}` };
      },
    ],
    [
      'set-log-level',
      async (command) => {
        const level = LEVELS.find((known) => known === command.arguments['level']);
        if (level === undefined) return { status: 'failed', reason: `argument level: expected one of ${LEVELS.join(', ')}, found "${command.arguments['level'] ?? ''}"` };
        const forMs = durationArgument(command, 'for', DEFAULT_LEVEL_FOR_MS, MAX_LEVEL_FOR_MS);
        lease.set(level, forMs);
        const until = new Date(Date.now() + forMs).toISOString();
        log.info({ module: 'commands', level, until }, 'log level set by the centre');
        return json({ level, until, then: controls.configuredLogLevel() });
      },
    ],
    [
      'reload',
      async () => {
        const outcome = await controls.reload();
        return outcome.applied ? { status: 'done', configHash: outcome.configHash } : { status: 'failed', reason: outcome.reason };
      },
    ],
    ['restart', async () => ({ status: 'done', text: 'restarting', afterDurable: () => controls.restart() })],
    [
      'fetch-bundle',
      async (command) => {
        const { makeBundle } = await import('../maintenance/bundle/index.js');
        const work = mkdtempSync(join(tmpdir(), 'outpost-command-bundle-'));
        try {
          const out = join(work, 'bundle.tar.gz');
          const lines = Number(command.arguments['lines'] ?? 2000);
          await makeBundle({ configFile: controls.configFile, env: controls.env, out, unit: 'outpost', journalLines: Number.isInteger(lines) && lines > 0 ? lines : 2000, waitMs: DIAG_WAIT_MS, log });
          return { status: 'done', bytes: readFileSync(out), type: 'application/gzip' };
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      },
    ],
    // Loaded when asked for: the camera code (sharp among it) stays out of a post without cameras.
    ['snapshot', async (command) => (await import('./frames.js')).snapshotCommand(command, controls.post(), controls.component)],
    ['fetch-file', async (command) => (await import('./frames.js')).fetchFileCommand(command, controls.post())],
    ['push-config', (command) => pushConfig(command, controls, { log, rollbackAfterMs: rollbackAfterMs(), signal: trials.signal })],
  ]);
  return {
    handlers,
    stop: () => {
      lease.stop();
      trials.abort();
    },
  };
}
