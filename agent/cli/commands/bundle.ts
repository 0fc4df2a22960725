import type { Command } from 'commander';
import { createLogger, levelFromEnv } from '../../../kernel/logger.js';
import { DEFAULT_CONFIG_FILE } from '../../diagnostics/find-socket.js';
import { ExitCode, UsageError, write } from '../io.js';
import { durationOption } from '../options.js';
import type { CliCommand, CliContext } from '../program.js';

interface BundleFlags {
  config: string;
  output?: string;
  unit: string;
  lines: string;
  wait: string;
}

export const bundleCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('bundle')
      .description('pack a support bundle (tar.gz): config with secrets redacted, journal, status, diag, outbox, versions, devices, disk')
      .option('-c, --config <file>', 'the post config', DEFAULT_CONFIG_FILE)
      .option('-o, --output <file>', 'the tar.gz to write (default outpost-bundle-<post>-<time>.tar.gz here)')
      .option('--unit <name>', 'the systemd unit whose journal goes in', 'outpost')
      .option('--lines <count>', 'journal lines to include', '2000')
      .option('--wait <duration>', 'longest wait for a device or the broker during diag', '5s')
      .action(async (flags: BundleFlags) => {
        const lines = Number(flags.lines);
        if (!Number.isInteger(lines) || lines <= 0) throw new UsageError(`--lines: expected a positive whole number, found "${flags.lines}"`);
        const waitMs = durationOption('--wait', flags.wait);
        const log = createLogger({ level: levelFromEnv(context.io.env, 'silent'), destination: context.io.stderr, pretty: false });
        const { makeBundle } = await import('../../maintenance/bundle/index.js');
        const out = flags.output ?? `outpost-bundle-${new Date().toISOString().replace(/[:.]/g, '-')}.tar.gz`;
        const summary = await makeBundle({ configFile: flags.config, env: context.io.env, out, unit: flags.unit, journalLines: lines, waitMs, log });
        await write(context.io.stdout, `${summary.out}: ${summary.files.join(', ')}${summary.agentRunning ? '' : ' (no agent running: status says so)'}\nsecrets redacted; check before sending: tar -xzOf ${summary.out} | less\n`);
        context.setExit(ExitCode.ok);
      });
  },
};
