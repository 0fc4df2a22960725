import { OutpostError, describeError, systemCode } from '../../kernel/errors.js';
import { fatalLogger } from '../../kernel/logger.js';

/**
 * Exit code after a bug: a rejection nobody handled or an exception nobody caught. The process
 * is in a state no code planned for, so it logs what it knows and stops; systemd restarts it
 * (Restart=always). 70 is EX_SOFTWARE in sysexits.h.
 */
export const INTERNAL_ERROR_EXIT = 70;

/**
 * Installed once by the CLI entry, for every command:
 * - an unhandled rejection or uncaught exception is logged as fatal (code, component, message,
 *   stack) and ends the process with INTERNAL_ERROR_EXIT, never carrying on in an unknown state;
 * - stdout or stderr closed by the reader (`outpost ... | head`) ends the command quietly with
 *   the exit code set so far (0 unless the command already failed), as SIGPIPE would for a C tool.
 */
export function guardProcess(): void {
  process.on('unhandledRejection', (reason) => die('unhandledRejection', reason));
  process.on('uncaughtException', (error) => die('uncaughtException', error));
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: Error) => {
      if (systemCode(error) === 'EPIPE') process.exit(currentExitCode());
      die('uncaughtException', error);
    });
  }
}

function die(event: 'unhandledRejection' | 'uncaughtException', reason: unknown): never {
  const component = componentOf(reason);
  try {
    fatalLogger().fatal(
      { module: 'process', event, code: systemCode(reason), ...(component === undefined ? {} : { component }), err: reason },
      `${event === 'unhandledRejection' ? 'unhandled rejection' : 'uncaught exception'} (a bug): ${describeError(reason)}; stopping so the supervisor restarts the agent in a known state`,
    );
  } catch {
    // stderr itself is gone: there is nowhere left to say it, the exit code still tells.
  }
  process.exit(INTERNAL_ERROR_EXIT);
}

/** The device or component the error names, when it names one. */
function componentOf(reason: unknown): string | undefined {
  if (reason instanceof OutpostError) return reason.subject;
  if (typeof reason === 'object' && reason !== null && 'component' in reason && typeof reason.component === 'string') return reason.component;
  return undefined;
}

function currentExitCode(): number {
  const code = process.exitCode;
  return typeof code === 'number' ? code : 0;
}
