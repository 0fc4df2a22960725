import type { Command } from 'commander';
import { createLogger, levelFromEnv } from '../../../kernel/logger.js';
import { isNoAgent } from '../../diagnostics/ask-agent.js';
import { agentSocketPath } from '../../diagnostics/agent-socket.js';
import { DEFAULT_CONFIG_FILE } from '../../diagnostics/find-socket.js';
import type { StatusReport } from '../../diagnostics/status-report.js';
import { ExitCode, write } from '../io.js';
import { durationOption } from '../options.js';
import { loadPostConfig } from '../post-config.js';
import type { CliCommand, CliContext } from '../program.js';
import { fetchStatus } from './status.js';

interface DiagFlags {
  config: string;
  socket?: string;
  json?: boolean;
  wait: string;
}

export const diagCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('diag')
      .description('self-test every configured part for real: devices, broker and certificates, disk, outbox, clock; exit 0 only when all pass')
      .option('-c, --config <file>', 'the post config', DEFAULT_CONFIG_FILE)
      .option('--socket <path>', 'the running agent\'s status socket (default: from the config)')
      .option('--json', 'print the checks as JSON')
      .option('--wait <duration>', 'longest wait for a device or the broker to answer', '10s')
      .action(async (flags: DiagFlags) => {
        const loaded = await loadPostConfig(flags.config, context, 'nothing was checked');
        const waitMs = durationOption('--wait', flags.wait);
        const log = createLogger({ level: levelFromEnv(context.io.env, 'silent'), destination: context.io.stderr, pretty: false });
        const agent = await runningAgent(flags.socket ?? agentSocketPath(loaded.config));
        const { runDiag, formatChecks } = await import('../../maintenance/diag/index.js');
        const checks = await runDiag(loaded.config, agent === undefined ? { log, waitMs } : { log, waitMs, agent });
        const failed = checks.filter((check) => check.result === 'fail').length;
        if (flags.json === true) {
          await write(context.io.stdout, `${JSON.stringify({ post: loaded.config.post.id, agentRunning: agent !== undefined, passed: failed === 0, checks }, null, 2)}\n`);
        } else {
          const source = agent === undefined ? 'no agent running: devices opened by this command' : 'the agent is running: devices as it sees them';
          await write(context.io.stdout, `diag of post ${loaded.config.post.id} (${source})\n\n${formatChecks(checks)}`);
        }
        context.setExit(failed === 0 ? ExitCode.ok : ExitCode.failed);
      });
  },
};

/** The running agent's status, or undefined when none runs (then diag opens the devices itself). */
async function runningAgent(socket: string): Promise<StatusReport | undefined> {
  try {
    return await fetchStatus(socket);
  } catch (error) {
    if (isNoAgent(error)) return undefined;
    throw error;
  }
}
