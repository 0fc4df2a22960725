import { existsSync } from 'node:fs';
import { access, constants, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OutpostError, systemCode } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import type { GpioBackend, InputRequest, OutputRequest, RawInput, RawOutput } from '../backend.js';
import { lineOpenError, problemFromText } from '../line-errors.js';
import type { Level } from '../types.js';
import { findSysfsChip, sysfsChips, type SysfsChip } from './tree.js';

/** Calls back with each new value of an exported input (sysfs: poll(2) on the value file with `edge` set). */
export type WatchValue = (gpio: number, valuePath: string, onValue: (level: Level) => void, onError: (error: unknown) => void) => Promise<() => void>;

/** The production watcher: onoff, whose epoll wakes on the kernel's sysfs edge notification. */
export const onoffWatch: WatchValue = async (gpio, _valuePath, onValue, onError) => {
  const { Gpio } = (await import('onoff')) as unknown as {
    Gpio: new (gpio: number, direction: 'in', edge: 'both', options: { reconfigureDirection: boolean }) => {
      watch(callback: (error: Error | null | undefined, value: number) => void): void;
      unwatchAll(): void;
    };
  };
  const line = new Gpio(gpio, 'in', 'both', { reconfigureDirection: false });
  line.watch((error, value) => (error ? onError(error) : onValue(value === 1 ? 1 : 0)));
  return () => line.unwatchAll();
};

export interface SysfsOptions {
  chip: string;
  subject: string;
  log: Logger;
  /** Injectable so tests use a fake tree. */
  root?: string;
  watch?: WatchValue;
}

/**
 * GPIO through the deprecated sysfs interface, for boards whose kernel has nothing newer.
 * Global numbers are the chip's base (read from the tree) plus the offset: on kernels >= 6.6
 * a Pi's GPIO17 is 529 or 588, so nothing here assumes BCM numbers. Lines have no names in
 * sysfs; they are given as offsets.
 */
export class SysfsBackend implements GpioBackend {
  private readonly root: string;
  private readonly watch: WatchValue;
  private resolved: SysfsChip | undefined;

  constructor(private readonly options: SysfsOptions) {
    this.root = options.root ?? '/sys/class/gpio';
    this.watch = options.watch ?? onoffWatch;
  }

  get description(): string {
    return this.resolved === undefined ? this.options.chip : `${this.resolved.label} (sysfs ${this.resolved.dir}, base ${this.resolved.base})`;
  }

  async probe(): Promise<void> {
    this.chip();
  }

  chip(): SysfsChip {
    if (this.resolved !== undefined) return this.resolved;
    const chips = sysfsChips(this.root);
    const found = findSysfsChip(chips, this.options.chip);
    if (found === undefined) {
      const error = lineOpenError('missing-chip', { subject: this.options.subject, chip: this.options.chip, chips: chips.map((chip) => `${chip.label} (${chip.chardev ?? chip.dir})`) });
      if (chips.length === 0 && !existsSync(this.root)) {
        return this.fail(lineOpenError('missing-chip', { subject: this.options.subject, chip: this.options.chip, detail: `${this.root} does not exist: this kernel has no sysfs GPIO; use backend: chardev` }));
      }
      return this.fail(error);
    }
    this.resolved = found;
    return found;
  }

  /** The global sysfs number of a line offset. */
  gpioNumber(line: number | string): number {
    const chip = this.chip();
    const offset = typeof line === 'number' ? line : /^\d+$/.test(line) ? Number(line) : undefined;
    if (offset === undefined) {
      return this.fail(
        new OutpostError(`sysfs cannot find lines by name (${String(line)} on ${this.description})`, {
          code: 'gpio.no-such-line',
          subject: this.options.subject,
          hint: 'give the offset on the chip (GPIO17 is 17), or use backend: chardev, which knows line names',
        }),
      );
    }
    if (offset >= chip.ngpio) return this.fail(lineOpenError('out-of-range', { subject: this.options.subject, chip: this.description, line: offset, lineCount: chip.ngpio }));
    return chip.base + offset;
  }

  async openInput(request: InputRequest): Promise<RawInput> {
    const gpio = this.gpioNumber(request.line);
    if (request.bias !== 'as-is') {
      this.options.log.warn({ line: request.line }, `sysfs cannot set bias ${request.bias}; set it in /boot/firmware/config.txt (e.g. gpio=17=ip,pu) or use backend: chardev`);
    }
    const dir = await this.export(gpio, request.line);
    await this.configure(dir, 'direction', 'in', request.line);
    await this.configure(dir, 'edge', 'both', request.line);
    const valuePath = join(dir, 'value');
    let level = await this.readValue(valuePath, request.line);
    const unwatch = await this.watch(
      gpio,
      valuePath,
      (physical) => {
        if (physical === level) return;
        level = physical;
        request.onChange(physical, performance.now());
      },
      (error) => request.onLost(this.error(error, request.line)),
    );
    return {
      read: async () => level,
      close: async () => {
        unwatch();
        await this.unexport(gpio);
      },
    };
  }

  async openOutput(request: OutputRequest): Promise<RawOutput> {
    const gpio = this.gpioNumber(request.line);
    const dir = await this.export(gpio, request.line);
    // "high"/"low" make it an output already at that level, with no glitch through the other.
    await this.configure(dir, 'direction', request.initial === 1 ? 'high' : 'low', request.line);
    return {
      write: (physical) => this.configure(dir, 'value', String(physical), request.line),
      close: () => this.unexport(gpio),
    };
  }

  private async export(gpio: number, line: number | string): Promise<string> {
    const dir = join(this.root, `gpio${gpio}`);
    if (existsSync(dir)) return dir;
    await this.configure(this.root, 'export', String(gpio), line);
    // The kernel makes the directory at once, but udev may take a moment to open it to the gpio group.
    const deadline = Date.now() + 2000;
    while (!(await writable(join(dir, 'direction')))) {
      if (Date.now() > deadline) throw lineOpenError('permission', { subject: this.options.subject, chip: this.description, line, detail: `${dir} did not become writable after export` });
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return dir;
  }

  private async unexport(gpio: number): Promise<void> {
    await writeFile(join(this.root, 'unexport'), String(gpio)).catch(() => undefined);
  }

  private async configure(dir: string, file: string, value: string, line: number | string): Promise<void> {
    try {
      await writeFile(join(dir, file), value);
    } catch (error) {
      throw this.error(error, line);
    }
  }

  private async readValue(path: string, line: number | string): Promise<Level> {
    try {
      return (await readFile(path, 'utf8')).trim() === '1' ? 1 : 0;
    } catch (error) {
      throw this.error(error, line);
    }
  }

  private error(error: unknown, line: number | string) {
    const code = systemCode(error) ?? '';
    const text = `${code} ${error instanceof Error ? error.message : String(error)}`;
    return lineOpenError(problemFromText(text), { subject: this.options.subject, chip: this.description, line, detail: code === '' ? 'no code' : code, cause: error });
  }

  private fail(error: Error): never {
    throw error;
  }
}

async function writable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
