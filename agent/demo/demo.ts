import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startCentre, type RunningCentre } from '../../centre/index.js';
import type { LoadedConfig } from '../config/index.js';
import { OutpostError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { Agent, type AgentParts } from '../runtime/agent.js';
import { defaultParts } from '../runtime/parts.js';
import { isLoopback, startSimulators, type RunningSimulator } from './simulators.js';

export interface DemoOptions {
  loaded: LoadedConfig;
  /** host:port of the centre's HTTP API (port 0 picks a free one). */
  http: string;
  log: Logger;
  parts?: AgentParts;
  /** Sees every record the centre stores, from before the agent starts (its first records included). */
  onRecord?: Parameters<RunningCentre['onRecord']>[0];
}

export interface RunningDemo {
  centre: RunningCentre;
  agent: Agent;
  simulators: RunningSimulator[];
  /** Where the centre keeps what it received (beside the post's outbox). */
  centreDb: string;
  stop(): Promise<void>;
}

/**
 * The whole system on one machine: simulated devices on loopback, the reference centre with
 * its embedded broker on the address the post's uplink points at, and one agent on the demo
 * config, all real code talking real protocols. Stops in the reverse order: the agent first
 * (so it says offline while the broker is still there), then the centre, then the devices.
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const post = options.loaded.config;
  const broker = embeddedBrokerAddress(post.uplink.broker);
  const centreDb = join(dirname(resolve(post.outbox.path)), 'centre.db');
  mkdirSync(dirname(centreDb), { recursive: true });
  const simulators = await startSimulators(post);
  let centre: RunningCentre | undefined;
  try {
    centre = await startCentre({ embeddedBroker: broker, db: centreDb, http: options.http, log: options.log, clientId: 'outpost-demo-centre' });
    // Watching before the agent starts: its first records can reach the centre while start() is still running.
    if (options.onRecord !== undefined) centre.onRecord(options.onRecord);
    const agent = new Agent(options.loaded, options.parts ?? defaultParts(), options.log);
    await agent.start();
    const running = centre;
    return {
      centre: running,
      agent,
      simulators,
      centreDb,
      async stop() {
        await agent.stop();
        await running.stop();
        await Promise.allSettled(simulators.map((simulator) => simulator.stop()));
      },
    };
  } catch (error) {
    await centre?.stop().catch(() => undefined);
    await Promise.allSettled(simulators.map((simulator) => simulator.stop()));
    throw error;
  }
}

/** The demo's broker runs in this process, so the post must point at a plain-MQTT loopback address. */
function embeddedBrokerAddress(url: string): string {
  if (!url.startsWith('mqtt://')) {
    throw new OutpostError(`the demo runs its own broker, so uplink.broker must be mqtt://127.0.0.1:PORT, not ${url}`, { code: 'demo.broker', subject: 'uplink.broker' });
  }
  const { hostname, port } = new URL(url);
  if (port === '' || Number(port) < 1) {
    throw new OutpostError(`uplink.broker: expected host:port (e.g. 127.0.0.1:18830), found "${url}"`, { code: 'demo.address', subject: 'uplink.broker' });
  }
  if (!isLoopback(hostname)) {
    throw new OutpostError(`the demo runs its own broker on loopback, so uplink.broker must be mqtt://127.0.0.1:PORT, not ${url}`, { code: 'demo.broker', subject: 'uplink.broker' });
  }
  return `${hostname}:${port}`;
}
