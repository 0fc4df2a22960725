import type { Command } from 'commander';
import { OutpostError } from '../../../kernel/errors.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import { askAgent } from '../../diagnostics/ask-agent.js';
import { DEFAULT_CONFIG_FILE, socketOfConfig } from '../../diagnostics/find-socket.js';
import type { StatusReport } from '../../diagnostics/status-report.js';
import { formatStatus } from '../../diagnostics/status-text.js';
import { ExitCode, write } from '../io.js';
import { durationOption } from '../options.js';
import type { CliCommand, CliContext } from '../program.js';

interface StatusOptions {
  config?: string;
  socket?: string;
  json?: boolean;
  watch?: string | boolean;
}

/** The running agent's socket: --socket, else the one --config (or the systemd unit's config) names. */
export function agentSocketOption(options: { config?: string; socket?: string }): string {
  return options.socket ?? socketOfConfig(options.config ?? DEFAULT_CONFIG_FILE);
}

/** Asks the running agent for its status; an agent that answers with an error is an OutpostError. */
export async function fetchStatus(socket: string): Promise<StatusReport> {
  const answer = await askAgent(socket, 'GET', '/status');
  if (answer.status !== 200) throw new OutpostError(`the agent answered ${answer.status}: ${answer.body.trim()}`, { code: 'agent.status', subject: socket });
  return JSON.parse(answer.body) as StatusReport;
}

export const statusCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('status')
      .description('ask the running agent for its state: components and faults, outbox, link, clock, versions')
      .option('-c, --config <file>', `the post config the agent runs (finds its socket; default ${DEFAULT_CONFIG_FILE})`)
      .option('--socket <path>', 'the agent\'s status socket (diagnostics.socket)')
      .option('--json', 'print the status as JSON, for scripts')
      .option('-w, --watch [interval]', 'print again every interval (default 2s) until Ctrl-C')
      .action(async (options: StatusOptions) => {
        const socket = agentSocketOption(options);
        const show = async (): Promise<void> => {
          const report = await fetchStatus(socket);
          await write(context.io.stdout, options.json === true ? `${JSON.stringify(report, null, 2)}\n` : formatStatus(report));
        };
        if (options.watch === undefined || options.watch === false) {
          await show();
          context.setExit(ExitCode.ok);
          return;
        }
        const everyMs = options.watch === true ? 2000 : durationOption('--watch', options.watch);
        const stop = stopSignal();
        let stopped = false;
        void stop.signalled.then(() => (stopped = true));
        const clear = (context.io.stdout as NodeJS.WriteStream).isTTY === true && options.json !== true;
        try {
          while (!stopped) {
            if (clear) await write(context.io.stdout, '\x1b[2J\x1b[H');
            await show();
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([stop.signalled, new Promise((resolve) => (timer = setTimeout(resolve, everyMs)))]);
            clearTimeout(timer);
          }
        } finally {
          stop.dispose();
        }
        context.setExit(ExitCode.ok);
      });
  },
};
