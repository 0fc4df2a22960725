import { ConfigError, formatProblem, loadConfigFile, type LoadedConfig } from '../config/index.js';
import { describeError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import type { Agent } from './agent.js';

/** The part of `process` the service listens on; tests hand in an EventEmitter. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface ServiceOptions {
  agent: Agent;
  configFile: string;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  signals: SignalSource;
}

/**
 * Runs a started agent as a service until SIGTERM or SIGINT, then stops it cleanly (polling
 * stopped, enqueues finished, offline state published, store closed). SIGHUP reloads the config
 * file after validating it; an invalid file is reported problem by problem and the running
 * config kept, so a typo made in the field never takes a post down. Reloads are serialised: a
 * second SIGHUP during a reload waits for the first.
 */
export async function serveUntilSignalled(options: ServiceOptions): Promise<void> {
  const { agent, log, signals } = options;
  const service = log.child({ module: 'service' });
  let reloading: Promise<void> = Promise.resolve();

  const reload = (): void => {
    reloading = reloading.then(() => reloadFrom(options, service));
  };

  await new Promise<void>((resolveStopped) => {
    const stop = (signal: NodeJS.Signals) => () => {
      signals.off('SIGTERM', onTerm);
      signals.off('SIGINT', onInt);
      signals.off('SIGHUP', reload);
      service.info({ signal }, 'stopping');
      void reloading.then(() => agent.stop()).then(resolveStopped, (error: unknown) => {
        service.error({ err: describeError(error) }, 'agent did not stop cleanly');
        resolveStopped();
      });
    };
    const onTerm = stop('SIGTERM');
    const onInt = stop('SIGINT');
    signals.on('SIGTERM', onTerm);
    signals.on('SIGINT', onInt);
    signals.on('SIGHUP', reload);
  });
}

async function reloadFrom(options: ServiceOptions, log: Logger): Promise<void> {
  let next: LoadedConfig;
  try {
    next = loadConfigFile(options.configFile, options.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      log.error({ file: options.configFile, problems: error.problems.map(formatProblem) }, `new config has ${error.problems.length} problem(s); keeping the running config`);
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
