import type { Logger } from '../kernel/logger.js';
import { SapientBridge } from './bridge.js';
import { sapientConfigSchema } from './config.js';
import { DecisionMaker } from './listen.js';

export interface SapientDemo {
  /** host:port the decision-maker listens on. */
  readonly peer: string;
  stop(): Promise<void>;
}

/**
 * For `outpost demo --sapient`: a decision-maker on a free loopback port and a bridge reading the
 * demo centre's broker, so the demo's detections also arrive as SAPIENT messages (each printed).
 */
export async function startSapientDemo(options: { broker: string; stateFile: string; log: Logger; print: (line: string) => void }): Promise<SapientDemo> {
  const decisionMaker = new DecisionMaker({ host: '127.0.0.1', port: 0, onLine: options.print });
  const { host, port } = await decisionMaker.listen();
  const config = sapientConfigSchema.parse({ peer: `${host}:${port}`, broker: options.broker, state_file: options.stateFile, status_interval: '15s' });
  const bridge = new SapientBridge({ ...config, client_id: 'outpost-demo-sapient' }, options.log);
  try {
    await bridge.start();
  } catch (error) {
    await bridge.stop();
    await decisionMaker.close();
    throw error;
  }
  return {
    peer: `${host}:${port}`,
    async stop() {
      await bridge.stop();
      await decisionMaker.close();
    },
  };
}
