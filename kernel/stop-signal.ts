export interface StopSignal {
  /** The reason to stop: `SIGINT`, `SIGTERM`, or `time is up`. */
  signalled: Promise<string>;
  /** Removes the handlers (the command failed before it needed them). */
  dispose(): void;
}

/** Where signals come from: the process, or a test's emitter. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
}

/**
 * Waits for the reason a long-running command (run, centre, demo, a probe) should stop: the
 * first SIGINT or SIGTERM, or `afterMs` when given. Its handlers are removed once it fires, so a
 * second Ctrl-C during a slow shutdown gets Node's default (exit at once).
 */
export function stopSignal(afterMs?: number, signals: SignalSource = process): StopSignal {
  let fire: (reason: string) => void = () => undefined;
  const onInt = (): void => fire('SIGINT');
  const onTerm = (): void => fire('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const dispose = (): void => {
    clearTimeout(timer);
    signals.off('SIGINT', onInt);
    signals.off('SIGTERM', onTerm);
  };
  const signalled = new Promise<string>((resolve) => {
    fire = (reason) => {
      dispose();
      resolve(reason);
    };
  });
  signals.on('SIGINT', onInt);
  signals.on('SIGTERM', onTerm);
  if (afterMs !== undefined) timer = setTimeout(() => fire('time is up'), afterMs);
  return { signalled, dispose };
}
