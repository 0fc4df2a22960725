import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { onCleanup } from './cleanup.js';

/** Debian's python3, which sees python3-pymodbus and python3-can (a pyenv python3 on PATH does not). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

export interface Peer {
  readonly child: ChildProcess;
  /** Everything the peer printed so far (stdout and stderr). */
  output(): string;
  /** Resolves once the output matches, rejects if the peer exits first or after `timeoutMs`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
  /** kill -9 now; resolves when it has exited. */
  kill(): Promise<void>;
  readonly exited: Promise<number | null>;
}

/**
 * Starts a peer process (socat, mosquitto, a pymodbus server, an agent child) that is killed
 * when the test process ends, even if the test fails before stopping it.
 */
export function startPeer(command: string, args: readonly string[], options: SpawnOptions = {}): Peer {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], ...options });
  let text = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    text += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      for (const listener of listeners) listener();
      resolve(code);
    });
    child.once('error', (error) => {
      text += `\n[spawn error] ${error.message}`;
      resolve(null);
    });
  });
  let alive = true;
  void exited.then(() => (alive = false));
  const unregister = onCleanup(() => {
    if (alive) child.kill('SIGKILL');
  });

  const peer: Peer = {
    child,
    exited,
    output: () => text,
    waitForOutput(pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const match = pattern.exec(text);
          if (match) {
            done();
            resolve(match);
          } else if (!alive) {
            done();
            reject(new Error(`${command} exited before printing ${String(pattern)}; it printed:\n${text}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${command} did not print ${String(pattern)} within ${timeoutMs} ms; it printed:\n${text}`));
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    async stop(graceMs = 3000) {
      if (!alive) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => alive && child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      unregister();
    },
    async kill() {
      if (alive) child.kill('SIGKILL');
      await exited;
      unregister();
    },
  };
  return peer;
}
