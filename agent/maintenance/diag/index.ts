import type { Logger } from '../../../kernel/logger.js';
import type { PostConfig } from '../../config/schema.js';
import type { StatusReport } from '../../diagnostics/status-report.js';
import { brokerChecks } from './broker-check.js';
import type { Check } from './check.js';
import { agentDeviceChecks, deviceChecks } from './device-checks.js';
import { clockCheck, diskCheck, outboxCheck } from './host-checks.js';

export { formatChecks, type Check } from './check.js';

export interface DiagOptions {
  log: Logger;
  /** Longest wait for a device to answer, and for the broker. */
  waitMs: number;
  /** The running agent's status, when one answers: its devices are read from it, not opened. */
  agent?: StatusReport;
  clockSynchronised?: () => Promise<boolean | undefined>;
}

/** Every check of `outpost diag`, devices first, in the order a technician works through them. */
export async function runDiag(post: PostConfig, options: DiagOptions): Promise<Check[]> {
  const devices = options.agent === undefined ? deviceChecks(post, options.log, options.waitMs) : Promise.resolve(agentDeviceChecks(options.agent));
  const [deviceResults, brokerResults, clock] = await Promise.all([devices, brokerChecks(post, options.waitMs), clockCheck(options.clockSynchronised)]);
  return [...deviceResults, ...brokerResults, diskCheck(post), outboxCheck(post), clock];
}
