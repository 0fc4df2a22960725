import type { Command } from 'commander';
import { createLogger } from '../../../kernel/logger.js';
import { UsageError, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import type { CliCommand, CliContext } from '../program.js';

interface RunFlags {
  config: string;
}

interface ListenFlags {
  host: string;
  port: string;
}

// The bridge and its peer load only when one of these commands runs (import() in the actions).
export const sapientCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    const sapient = program.command('sapient');
    sapient
      .command('run')
      .description("run the bridge beside the centre: read every post's records from the centre's broker, report them to the decision-maker")
      .requiredOption('-c, --config <file>', 'YAML file with a sapient: section (README.md, "SAPIENT bridge")')
      .action(async (flags: RunFlags) => {
        const { loadSapientConfig, SapientBridge } = await import('../../../sapient/index.js');
        const config = loadSapientConfig(flags.config);
        const log = createLogger();
        const abort = new AbortController();
        const signals = stopSignal();
        const stopped = signals.signalled.then((signal) => {
          abort.abort();
          return signal;
        });
        const bridge = new SapientBridge(config, log);
        try {
          await bridge.start(abort.signal);
        } catch (error) {
          signals.dispose();
          await bridge.stop();
          if (abort.signal.aborted) return;
          throw error;
        }
        await write(context.io.stdout, `sapient bridge ready: reading ${config.broker}, reporting to ${config.peer} (${config.node_ids} nodes)\n`);
        const signal = await stopped;
        log.info({ module: 'sapient', signal }, 'stopping');
        await bridge.stop();
      });
    sapient
      .command('listen')
      .description('run a minimal SAPIENT decision-maker: accept nodes, ack their registrations, print one line per message received')
      .requiredOption('--port <n>', 'TCP port to listen on (0 picks a free one)')
      .option('--host <host>', 'address to listen on', '127.0.0.1')
      .action(async (flags: ListenFlags) => {
        const port = Number(flags.port);
        if (!/^\d{1,5}$/.test(flags.port) || port > 65535) throw new UsageError(`--port: expected a TCP port 0-65535, found "${flags.port}"`);
        const { DecisionMaker } = await import('../../../sapient/index.js');
        const decisionMaker = new DecisionMaker({ host: flags.host, port, onLine: (line) => context.io.stdout.write(`${line}\n`) });
        const signals = stopSignal();
        let bound;
        try {
          bound = await decisionMaker.listen();
        } catch (error) {
          signals.dispose();
          throw error;
        }
        await write(context.io.stdout, `listening for SAPIENT nodes on ${bound.host}:${bound.port} as decision-maker ${decisionMaker.nodeId}\n`);
        await signals.signalled;
        await decisionMaker.close();
      });
  },
};
