import { ConfigError, loadConfigFileOffThread, reportProblems, type LoadedConfig } from '../config/index.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Agent } from './agent.js';
import { stopSignal, type SignalSource } from '../../kernel/stop-signal.js';

/** The part of `process` the service listens on; tests hand in an EventEmitter. */
export type { SignalSource };

export interface ServiceOptions {
  agent: Agent;
  configFile: string;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  signals: SignalSource;
}

/**
 * Starts the agent and runs it as a service until SIGTERM or SIGINT, then stops it cleanly
 * (polling stopped, enqueues finished, offline state published, store closed). The signals are
 * heard from the first moment: one that arrives while the agent is still starting stops it as
 * soon as it has started. SIGHUP reloads the config file after validating it; an invalid file
 * is reported problem by problem and the running config kept, so a typo made in the field never
 * takes a post down. Reloads are serialised: a second SIGHUP during a reload waits for the first.
 */
export async function serveUntilSignalled(options: ServiceOptions): Promise<void> {
  const { agent, log, signals } = options;
  const service = log.child({ module: 'service' });
  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  const started = agent.start();
  // Work waits its turn: reloads after the start, the stop after both.
  let queue: Promise<unknown> = started.catch(() => undefined);

  const reload = (): void => {
    queue = queue.then(() => reloadFrom(options, service));
  };
  const stopOn = stopSignal(undefined, signals);
  const detach = (): void => {
    stopOn.dispose();
    signals.off('SIGHUP', reload);
  };
  void stopOn.signalled.then((signal) => {
    detach();
    service.info({ signal }, 'stopping');
    void queue.then(() => agent.stop()).then(resolveStopped, (error: unknown) => {
      service.error({ err: describeError(error) }, 'agent did not stop cleanly');
      resolveStopped();
    });
  });
  signals.on('SIGHUP', reload);

  try {
    await started;
  } catch (error) {
    detach();
    throw error;
  }
  await stopped;
}

async function reloadFrom(options: ServiceOptions, log: Logger): Promise<void> {
  let next: LoadedConfig;
  try {
    // Off the event loop: a huge file must not stop polling, the uplink and diagnostics meanwhile.
    next = await loadConfigFileOffThread(options.configFile, options.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      log.error({ file: options.configFile, problems: reportProblems(error.problems) }, `new config has ${error.problems.length} problem(s); keeping the running config`);
    } else {
      log.error({ file: options.configFile, err: describeError(error) }, 'cannot read the new config; keeping the running config');
    }
    return;
  }
  try {
    await options.agent.reload(next);
  } catch (error) {
    log.error({ err: describeError(error) }, 'reload failed');
  }
}
