import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { bodyKindOf } from '../../../wire/index.js';
import { recordLine } from '../../demo/record-line.js';
import { startDemo } from '../../demo/demo.js';
import { takeFreePorts } from '../../demo/free-ports.js';
import { createLogger, levelFromEnv, type Logger } from '../../../kernel/logger.js';
import { packageRoot } from '../../version.js';
import { explainBusyPort } from '../busy-port.js';
import { UsageError, write } from '../io.js';
import { durationOption } from '../options.js';
import { loadPostConfig } from '../post-config.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import type { CliCommand, CliContext } from '../program.js';

interface DemoFlags {
  config: string;
  http: string;
  for?: string;
  sapient?: boolean;
}

export const demoCommands: CliCommand = {
  register(program: Command, context: CliContext) {
    program
      .command('demo')
      .option('-c, --config <file>', 'the demo post config', join(packageRoot, 'deploy/examples/demo-post.yaml'))
      .option('--http <host:port>', 'address of the centre HTTP API', '127.0.0.1:8080')
      .option('--for <duration>', 'stop by itself after this long (e.g. 2m); default: until Ctrl-C')
      .option('--sapient', 'also run the SAPIENT bridge and a decision-maker peer: detections also print as SAPIENT messages')
      .action(async (flags: DemoFlags) => {
        const stopAfterMs = flags.for === undefined ? undefined : durationOption('--for', flags.for);
        const loaded = await loadPostConfig(flags.config, context, 'the demo did not start');
        // The demo's own lines are the show; the agent and centre only speak up about problems.
        const log = createLogger({ level: levelFromEnv(context.io.env, 'warn') });
        const ports = await takeFreePorts(loaded.config, flags.http);
        // Busy ports mean another demo is most likely running: it owns the outbox and centre
        // database beside them, so this one keeps its data apart instead of sharing the files,
        // in a temp dir of its own that goes when it stops (nothing else would ever read it).
        const apart = ports.moved.length === 0 ? undefined : mkdtempSync(join(tmpdir(), 'outpost-demo-'));
        try {
          const outbox = apart === undefined ? ports.post.outbox : { ...ports.post.outbox, path: join(apart, 'outbox.db') };
          const post = { ...ports.post, outbox };
          // Listening from the start: a Ctrl-C while things start still stops them all cleanly.
          const stop = stopSignal(stopAfterMs);
          // Records stored while the demo starts are held and printed after the banner.
          const counts = new Map<string, number>();
          const held: string[] = [];
          let printing = false;
          let stopping = false;
          const show = (stored: { postId: string; record: Parameters<typeof recordLine>[1] }): void => {
            if (stopping) return;
            const kind = bodyKindOf(stored.record) ?? 'empty';
            counts.set(kind, (counts.get(kind) ?? 0) + 1);
            const line = `${recordLine(stored.postId, stored.record)}\n`;
            if (printing) context.io.stdout.write(line);
            else held.push(line);
          };
          const demo = await startDemo({ loaded: { ...loaded, config: post }, http: ports.http, log, onRecord: show }).catch((error: unknown) => {
            stop.dispose();
            // The demo moved busy ports before starting; this is a port taken in the moment since.
            throw explainBusyPort(error, 'outpost demo', {
              'centre.http_listen': 'run the demo again (it takes a free port), or give --http HOST:PORT',
              'centre.broker_listen': 'run the demo again (it takes a free port), or change uplink.broker in the --config file',
            });
          });
          // Loaded only when asked for, like the sapient commands.
          const sapient = flags.sapient === true ? await startSapient(demo.centre.brokerAddress, demo.centreDb, log, context).catch(async (error: unknown) => {
            stop.dispose();
            await demo.stop();
            throw error;
          }) : undefined;
          const banner = [
            `outpost demo: post ${loaded.config.post.id} (${flags.config})`,
            ...ports.moved.map((port) => `  ${port.from} is in use (another demo running?), so ${port.what} listens on ${port.to}`),
            ...demo.simulators.map((simulator) => `  simulated ${simulator.describe}`),
            `  centre: broker ${demo.centre.brokerAddress}, database ${demo.centreDb}${apart === undefined ? '' : ' (this demo\'s own, removed when it stops)'}`,
            `  centre API: ${demo.centre.httpAddress ?? 'off'}/api/posts  (also /api/readings, /api/detections, /api/incidents, /api/health, /api/events, /api/stats, /api/stream)`,
            ...(sapient === undefined ? [] : [`  SAPIENT: bridge reporting to a decision-maker on ${sapient.peer}; its lines start with "sapient:"`]),
            `records as the centre stores them (Ctrl-C stops everything):`,
          ];
          await write(context.io.stdout, `${banner.join('\n')}\n${held.join('')}`);
          printing = true;
          const reason = await stop.signalled;
          stopping = true;
          await sapient?.stop();
          await demo.stop();
          const summary = [...counts.entries()].map(([kind, count]) => `${count} ${kind}`).join(', ');
          await write(context.io.stdout, `demo stopped (${reason}); the centre stored ${summary || 'nothing'}\n`);
        } finally {
          if (apart !== undefined) rmSync(apart, { recursive: true, force: true });
        }
      });
  },
};

async function startSapient(broker: string, centreDb: string, log: Logger, context: CliContext): Promise<{ peer: string; stop(): Promise<void> }> {
  const { startSapientDemo } = await import('../../../sapient/index.js');
  return startSapientDemo({ broker, stateFile: join(dirname(centreDb), 'sapient-state.json'), log, print: (line) => context.io.stdout.write(`sapient: ${line}\n`) });
}
