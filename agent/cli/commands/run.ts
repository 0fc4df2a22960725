import type { Command } from 'commander';
import { createLogger, levelFromEnv } from '../../../kernel/logger.js';
import { Agent } from '../../runtime/agent.js';
import { defaultParts } from '../../runtime/parts.js';
import { serveUntilSignalled } from '../../runtime/service.js';
import { ExitCode } from '../io.js';
import { loadPostConfig } from '../post-config.js';
import type { CliCommand, CliContext } from '../program.js';

export const runCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('run')
      .requiredOption('-c, --config <file>', 'the post config (YAML)')
      .action(async (options: { config: string }) => {
        const loaded = loadPostConfig(options.config, context, 'the agent did not start');
        const log = createLogger({ level: levelFromEnv(context.io.env, loaded.config.log.level) });
        const agent = new Agent(loaded, defaultParts(), log);
        await serveUntilSignalled({ agent, configFile: options.config, env: context.io.env, log, signals: process });
        context.setExit(ExitCode.ok);
      });
  },
};
