import { Command, CommanderError } from 'commander';
import { describeError, OutpostError } from '../../kernel/errors.js';
import { agentVersion } from '../version.js';
import { ExitCode, UsageError, type CliIo } from './io.js';
import { commands } from './commands/index.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * What a command module offers: it adds its command(s) to the program. Actions return an
 * exit code (or nothing for 0) through `setExit`; they throw UsageError for command-line
 * mistakes and OutpostError for problems a technician must fix.
 */
export interface CliCommand {
  register(program: Command, context: CliContext): void;
}

export interface CliContext {
  io: CliIo;
  /** Records the exit code of the command that ran. */
  setExit(code: number): void;
}

/**
 * The program with the command named in `argv` fully registered (its module loaded) and every
 * other command present by name and description only, for help and suggestions.
 */
export async function buildProgram(context: CliContext, argv: readonly string[]): Promise<Command> {
  const program = new Command('outpost')
    .description('Edge agent for remote observation posts: devices, detection, store-and-forward uplink')
    .version(agentVersion, '-V, --version', 'print the agent version')
    .helpOption('-h, --help', 'show help for a command')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run `outpost --help` for the commands)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.io.stdout.write(text),
      writeErr: (text) => context.io.stderr.write(text),
    })
    .option('--log-level <level>', `least severe log line printed by any command: ${LOG_LEVELS.join(', ')} (overrides OUTPOST_LOG_LEVEL and log.level)`)
    .hook('preAction', () => {
      const level = program.opts<{ logLevel?: string }>().logLevel;
      if (level === undefined) return;
      if (!(LOG_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--log-level: expected one of ${LOG_LEVELS.join(', ')}, found "${level}"`);
      // Every command reads its level through levelFromEnv(context.io.env): the flag wins over both.
      context.io = { ...context.io, env: { ...context.io.env, OUTPOST_LOG_LEVEL: level } };
    })
    .addHelpText('after', '\nExit codes: 0 ok, 1 the command found a problem (invalid config, device absent or silent), 2 wrong usage.');
  program.addHelpCommand('help [command]', 'show help for a command');
  const wanted = requestedCommand(argv);
  for (const entry of commands) {
    const names = Object.entries(entry.names);
    if (names.some(([name]) => name === wanted)) for (const module of await entry.load()) module.register(program, context);
    for (const [name, description] of names) {
      const registered = program.commands.find((command) => command.name() === name);
      if (registered === undefined) program.command(name).description(description);
      else registered.description(description);
    }
  }
  // Subcommands inherit the exit override and output, so their usage errors reach us too.
  for (const sub of allCommands(program)) {
    sub.exitOverride().configureOutput({
      writeOut: (text) => context.io.stdout.write(text),
      writeErr: (text) => context.io.stderr.write(text),
    });
    sub.showSuggestionAfterError(true);
  }
  return program;
}

/** The top-level command `argv` (as process.argv) asks for: the first word, or the one after `help`. */
function requestedCommand(argv: readonly string[]): string | undefined {
  // The value of a global option (`--log-level debug`) is not a command.
  const words = argv.slice(2).filter((arg, index, args) => !arg.startsWith('-') && args[index - 1] !== '--log-level');
  return words[0] === 'help' ? words[1] : words[0];
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((sub) => [sub, ...allCommands(sub)]);
}

/** Runs the CLI; resolves with the process exit code. Never calls process.exit. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let exit: number = ExitCode.ok;
  const context: CliContext = { io, setExit: (code) => (exit = code) };
  try {
    const program = await buildProgram(context, argv);
    await program.parseAsync([...argv], { from: 'node' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are successes; everything else commander raises is usage.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
      if (error.exitCode === 0) return ExitCode.ok;
      return ExitCode.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`outpost: ${error.describe()}\n`);
      return ExitCode.usage;
    }
    if (error instanceof OutpostError) {
      io.stderr.write(`outpost: ${error.describe()}\n`);
      return ExitCode.failed;
    }
    io.stderr.write(`outpost: unexpected internal error: ${describeError(error)}\n${error instanceof Error && error.stack ? error.stack : ''}\n`);
    return ExitCode.failed;
  }
}
