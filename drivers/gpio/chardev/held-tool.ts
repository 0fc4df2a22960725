import type { ChildProcess } from 'node:child_process';
import { LineSplitter } from '../../../kernel/line-splitter.js';

/**
 * A libgpiod tool that runs for as long as we hold a line (gpiomon, gpioset). The kernel keeps
 * the line requested only while the process lives, so its exit is the line's release.
 */
export class HeldTool {
  private stderr = '';
  /** The start of stdout, where 2.x prints its banner. */
  private head = '';
  private stopping = false;
  readonly exited: Promise<number | null>;

  constructor(
    readonly child: ChildProcess,
    onLine: (line: string) => void,
  ) {
    const lines = new LineSplitter({
      onLine: (line) => onLine(line.toString('utf8')),
      // The tools print short event lines: a longer one is none of theirs, ignored like any line that does not parse.
      onOverlong: () => undefined,
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (this.head.length < 1024) this.head += chunk.toString('utf8');
      lines.push(chunk);
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => {
      child.once('exit', (code) => resolve(code));
      child.once('error', (error) => {
        this.stderr += error.message;
        resolve(null);
      });
    });
  }

  /** What the tool printed on stderr (its error message, if it failed). */
  get errorText(): string {
    return this.stderr.trim();
  }

  get stopped(): boolean {
    return this.stopping;
  }

  /**
   * Resolves once the tool holds the line: when its banner is seen (2.x prints one), or when
   * `held()` says so (for 1.x, which prints nothing: the kernel's view through gpioinfo).
   * Rejects with the tool's stderr if it exits first, or after `timeoutMs`.
   */
  whenHolding(ready: RegExp | (() => Promise<boolean>), timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      let done = false;
      let checking = false;
      const finish = (error?: Error): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        clearInterval(poll);
        if (error === undefined) resolve();
        else reject(error);
      };
      const timer = setTimeout(() => finish(new Error(`did not take the line within ${timeoutMs} ms`)), timeoutMs);
      const poll = setInterval(() => {
        if (ready instanceof RegExp) {
          if (ready.test(this.head)) finish();
          return;
        }
        if (checking) return;
        checking = true;
        ready()
          .then((held) => held && finish())
          .catch(() => undefined)
          .finally(() => (checking = false));
      }, ready instanceof RegExp ? 5 : 25);
      void this.exited.then((code) => finish(new Error(this.errorText || `exited with code ${String(code)}`)));
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 2000);
    await this.exited;
    clearTimeout(timer);
  }
}
