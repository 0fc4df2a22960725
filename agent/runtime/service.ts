import { loadConfigFileOffThread } from '../config/off-thread.js';
import { ConfigError, reportProblems } from '../config/problems.js';
import type { LoadedConfig } from '../config/load.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Agent } from './agent.js';
import type { ServiceNotifier } from './sd-notify.js';
import { stopSignal, type SignalSource } from '../../kernel/stop-signal.js';
import type { LevelWithSilent } from 'pino';
import { recoverInterruptedTrial, startCommands, type AgentControls, type ReloadOutcome, type RunningCommands } from '../commands/index.js';
import { buildStatus } from '../diagnostics/status-report.js';

/** The part of `process` the service listens on; tests hand in an EventEmitter. */
export type { SignalSource };

export interface ServiceOptions {
  agent: Agent;
  configFile: string;
  env: Readonly<Record<string, string | undefined>>;
  log: Logger;
  signals: SignalSource;
  /** Told when the agent is running and when it stops (systemd's READY, WATCHDOG, STOPPING). */
  notifier?: ServiceNotifier;
  /** Take commands from the centre (agent/commands/); `outpost run` does. */
  commands?: boolean;
}

/** Why the service ended: a signal, or a `restart` command from the centre (the process then exits 75). */
export type ServiceEnd = 'signal' | 'restart';

/**
 * Starts the agent and runs it as a service until SIGTERM or SIGINT, then stops it cleanly
 * (polling stopped, enqueues finished, offline state published, store closed). The signals are
 * heard from the first moment: one that arrives while the agent is still starting stops it as
 * soon as it has started. SIGHUP reloads the config file after validating it; an invalid file
 * is reported problem by problem and the running config kept, so a typo made in the field never
 * takes a post down. Reloads are serialised: a second SIGHUP during a reload waits for the first.
 */
export async function serveUntilSignalled(options: ServiceOptions): Promise<ServiceEnd> {
  const { agent, log, signals } = options;
  const service = log.child({ module: 'service' });
  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  // Work waits its turn: reloads after the start, the stop after both.
  let queue: Promise<unknown> = Promise.resolve();
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  const reload = (): void => void queued(() => reloadFrom(options, service));
  let requestRestart: () => void = () => undefined;
  const restartRequested = new Promise<string>((resolve) => (requestRestart = () => resolve('restart')));
  const commands = options.commands === true ? openCommands(options, () => queued(() => reloadFrom(options, service)), requestRestart) : undefined;
  const started = agent.start();
  queue = started.catch(() => undefined);
  const stopOn = stopSignal(undefined, signals);
  const detach = (): void => {
    stopOn.dispose();
    signals.off('SIGHUP', reload);
  };
  let end: ServiceEnd = 'signal';
  void Promise.race([stopOn.signalled, restartRequested]).then((signal) => {
    detach();
    if (signal === 'restart') end = 'restart';
    options.notifier?.stopping();
    service.info({ signal }, 'stopping');
    commands?.stop();
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
    commands?.stop();
    options.notifier?.close();
    throw error;
  }
  if (commands?.recoveredTrial === undefined) commands?.desk.resume();
  else {
    // The previous config is back in the file: run on it before the interrupted push-config is reported.
    const recovered = commands.recoveredTrial;
    void queued(() => reloadFrom(options, service)).then(() => commands.desk.resume(recovered));
  }
  options.notifier?.ready();
  await stopped;
  options.notifier?.close();
  return end;
}

/** The desk for commands from the centre; a ledger that cannot be opened costs the commands, never the agent. */
function openCommands(options: ServiceOptions, reload: () => Promise<ReloadOutcome>, restart: () => void): (RunningCommands & { recoveredTrial: string | undefined }) | undefined {
  const { agent, log } = options;
  let recoveredTrial: string | undefined;
  try {
    recoveredTrial = recoverInterruptedTrial(options.configFile, log);
  } catch (error) {
    log.error({ module: 'commands', err: describeError(error) }, 'a pushed config was on trial when the agent stopped, and the previous one could not be put back');
  }
  const configured = log.level as LevelWithSilent;
  const controls: AgentControls = {
    configFile: options.configFile,
    env: options.env,
    post: () => agent.post,
    configHash: () => agent.config.hash,
    status: () => buildStatus(agent.statusSource()),
    component: (name) => agent.components().find((component) => component.name === name),
    setLogLevel: (level) => {
      log.level = level;
    },
    configuredLogLevel: () => configured,
    reload,
    restart,
  };
  try {
    return { ...startCommands(agent, controls, log), recoveredTrial };
  } catch (error) {
    log.error({ module: 'commands', err: describeError(error) }, 'commands from the centre are off: the command ledger cannot be opened');
    return undefined;
  }
}

async function reloadFrom(options: ServiceOptions, log: Logger): Promise<ReloadOutcome> {
  let next: LoadedConfig;
  try {
    // Off the event loop: a huge file must not stop polling, the uplink and diagnostics meanwhile.
    next = await loadConfigFileOffThread(options.configFile, options.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      log.error({ file: options.configFile, problems: reportProblems(error.problems) }, `new config has ${error.problems.length} problem(s); keeping the running config`);
      options.notifier?.status(`running on the previous config: the new ${options.configFile} has ${error.problems.length} problem(s)`);
      return { applied: false, reason: `the config file has ${error.problems.length} problem(s): ${reportProblems(error.problems).slice(0, 10).join('; ')}` };
    }
    log.error({ file: options.configFile, err: describeError(error) }, 'cannot read the new config; keeping the running config');
    options.notifier?.status(`running on the previous config: cannot read ${options.configFile}`);
    return { applied: false, reason: `cannot read ${options.configFile}: ${describeError(error)}` };
  }
  try {
    await options.agent.reload(next);
    options.notifier?.status('running');
    return { applied: true, configHash: next.hash };
  } catch (error) {
    log.error({ err: describeError(error) }, 'reload failed');
    return { applied: false, reason: `reload failed: ${describeError(error)}` };
  }
}
