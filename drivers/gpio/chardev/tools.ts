import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { OutpostError } from '../../../kernel/errors.js';
import type { InputLineOptions, Level } from '../types.js';
import { parseMajorVersion } from './parse.js';

export type Bias = NonNullable<InputLineOptions['bias']>;

export interface ToolResult {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * The libgpiod tools (Debian package `gpiod`), in whichever major version the board has.
 * The version is asked once (`gpioinfo --version`) and the arguments are written for it:
 * 1.x takes the chip as the first operand, 2.x takes `--chip`.
 */
export class GpiodTools {
  private major: Promise<number> | undefined;

  /** `binDir`: where the tools are (default: found on PATH). */
  constructor(private readonly binDir?: string) {}

  private path(tool: string): string {
    return this.binDir === undefined ? tool : join(this.binDir, tool);
  }

  version(): Promise<number> {
    this.major ??= this.run('gpioinfo', ['--version']).then((result) => {
      const major = parseMajorVersion(result.stdout + result.stderr);
      if (major === undefined) {
        throw new OutpostError(`cannot tell the libgpiod version from "gpioinfo --version": ${(result.stdout + result.stderr).trim().slice(0, 80)}`, {
          code: 'gpio.tools',
          hint: 'install the libgpiod tools: sudo apt install gpiod',
        });
      }
      return major;
    });
    this.major.catch(() => (this.major = undefined));
    return this.major;
  }

  run(tool: string, args: readonly string[], timeoutMs = 5000): Promise<ToolResult> {
    return new Promise((resolve, reject) => {
      execFile(this.path(tool), [...args], { timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
        if (error !== null && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(new OutpostError(`the libgpiod tool ${tool} is not installed`, { code: 'gpio.tools', hint: 'install it: sudo apt install gpiod', cause: error }));
          return;
        }
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        // Killed by the timeout, the tool says nothing: say that it did not answer, or the fault reads "()".
        const silent = error !== null && error.killed === true && stderr.trim() === '' ? `${tool} did not answer within ${timeoutMs} ms` : stderr;
        resolve({ stdout, stderr: silent, code });
      });
    });
  }

  start(tool: string, args: readonly string[]): ChildProcess {
    return spawn(this.path(tool), [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  }

  async infoArgs(chip: string): Promise<string[]> {
    return (await this.version()) >= 2 ? ['--chip', chip] : [chip];
  }

  async getArgs(chip: string, offset: number, bias: Bias): Promise<string[]> {
    if ((await this.version()) >= 2) return [...biasArgs(bias, 2), '--chip', chip, String(offset)];
    return [...biasArgs(bias, 1), chip, String(offset)];
  }

  async monitorArgs(chip: string, offset: number, bias: Bias): Promise<string[]> {
    // Both edges always: the line's level is tracked from them, and the edge filter picks kinds.
    if ((await this.version()) >= 2) return ['--banner', ...biasArgs(bias, 2), '--chip', chip, String(offset)];
    return ['--line-buffered', ...biasArgs(bias, 1), chip, String(offset)];
  }

  /** gpioset that holds the line until it is sent SIGTERM: 1.x needs --mode=signal, 2.x does it by default. */
  async holdArgs(chip: string, offset: number, level: Level): Promise<string[]> {
    if ((await this.version()) >= 2) return ['--banner', '--chip', chip, `${offset}=${level}`];
    return ['--mode=signal', chip, `${offset}=${level}`];
  }
}

function biasArgs(bias: Bias, major: number): string[] {
  if (bias === 'as-is') return [];
  return major >= 2 ? [`--bias=${bias}`] : ['-B', bias];
}
