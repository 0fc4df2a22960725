import type { Command } from 'commander';
import { createLogger, levelFromEnv } from '../../../kernel/logger.js';
import { ExitCode } from '../io.js';
import { durationOption } from '../options.js';
import { loadPostConfig } from '../post-config.js';
import type { CliCommand, CliContext } from '../program.js';

/** A warning repeated within a minute is counted, not logged again: a dead device must not flood the journal. */
const REPEAT_WINDOW_MS = 60_000;

interface RunOptions {
  config: string;
  once?: boolean;
  json?: boolean;
  wait: string;
}

export const runCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('run')
      .requiredOption('-c, --config <file>', 'the post config (YAML)')
      .option('--once', 'poll every sensor once, print the records as they would be sent, send and store nothing, exit (1 naming the sensors that failed)')
      .option('--json', 'with --once: print the records and the outcome per sensor as JSON')
      .option('--wait <duration>', 'with --once: the longest wait for each sensor', '10s')
      .action(async (options: RunOptions) => {
        // The config is checked in a child process (loadPostConfig): meanwhile this one loads the
        // agent's own modules, so the check adds little to the start.
        const checking = loadPostConfig(options.config, context, options.once === true ? 'nothing was polled' : 'the agent did not start');
        const runtime = options.once === true ? undefined : loadRuntime();
        void runtime?.catch(() => undefined);
        const loaded = await checking;
        if (options.once === true) {
          const { runOnce } = await import('../../maintenance/run-once.js');
          const waitMs = durationOption('--wait', options.wait);
          const log = createLogger({ level: levelFromEnv(context.io.env, 'warn'), destination: context.io.stderr, pretty: false, repeatWindowMs: REPEAT_WINDOW_MS });
          context.setExit(await runOnce(loaded.config, { io: context.io, log, waitMs, json: options.json === true }));
          return;
        }
        const log = createLogger({ level: levelFromEnv(context.io.env, loaded.config.log.level), repeatWindowMs: REPEAT_WINDOW_MS });
        const [{ Agent }, { defaultParts }, { serveUntilSignalled }, { systemdNotifier }] = await (runtime as ReturnType<typeof loadRuntime>);
        const agent = new Agent(loaded, defaultParts(), log);
        const end = await serveUntilSignalled({ agent, configFile: options.config, env: context.io.env, log, signals: process, notifier: systemdNotifier({ env: context.io.env, log }), commands: true });
        context.setExit(end === 'restart' ? ExitCode.restart : ExitCode.ok);
      });
  },
};

/** The modules `outpost run` runs the agent with. */
function loadRuntime() {
  return Promise.all([import('../../runtime/agent.js'), import('../../runtime/parts.js'), import('../../runtime/service.js'), import('../../runtime/sd-notify.js')]);
}
