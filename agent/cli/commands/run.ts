import type { Command } from 'commander';
import { ConfigError, formatProblem, loadConfigFile } from '../../config/index.js';
import { OutpostError } from '../../errors.js';
import { createLogger } from '../../log/logger.js';
import { Agent } from '../../runtime/agent.js';
import { defaultParts } from '../../runtime/parts.js';
import { serveUntilSignalled } from '../../runtime/service.js';
import { ExitCode } from '../io.js';
import type { CliCommand, CliContext } from '../program.js';

export const runCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('run')
      .description('run the agent on a post config until SIGTERM or SIGINT; SIGHUP reloads the config')
      .requiredOption('-c, --config <file>', 'the post config (YAML)')
      .action(async (options: { config: string }) => {
        const loaded = loadOrExplain(options.config, context);
        const log = createLogger();
        const agent = new Agent(loaded, defaultParts(), log);
        await agent.start();
        await serveUntilSignalled({ agent, configFile: options.config, env: context.io.env, log, signals: process });
        context.setExit(ExitCode.ok);
      });
  },
};

/** An invalid config at start is the one thing that stops the agent: say every problem. */
function loadOrExplain(file: string, context: CliContext): ReturnType<typeof loadConfigFile> {
  try {
    return loadConfigFile(file, context.io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new OutpostError(`${file} has ${error.problems.length} problem(s); the agent did not start:\n${error.problems.map(formatProblem).join('\n')}`, {
      code: 'config.invalid',
      subject: file,
      hint: `fix them and check with: outpost config validate ${file}`,
    });
  }
}
