import { OutpostError, describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Component, ComponentHealthReport } from '../../kernel/component.js';
import { Reconnector } from '../../kernel/reconnector.js';
import type { GpioBackend } from './backend.js';
import type { Timers } from './edge-filter.js';
import { GpioInputLine } from './input-line.js';
import { GpioOutputLine } from './output-line.js';
import type { GpioChip, InputLine, InputLineOptions, OutputLine, OutputLineOptions } from './types.js';

export interface GpioLinesOptions {
  name: string;
  log: Logger;
  retry?: { minMs: number; maxMs: number };
  timers?: Timers;
  now?: () => number;
}

/**
 * A `gpio` bus: one chip on one backend. Sensors ask it for lines and start them; the chip
 * checks at start that it can see the chip (a fault with the fix otherwise, retried), and on
 * stop releases every line still open, so a reload never leaves a line requested.
 */
export class GpioLines implements GpioChip {
  readonly contract = 'GpioChip';
  readonly name: string;
  private readonly lines = new Set<Component>();
  private readonly reconnector: Reconnector<true>;

  constructor(
    readonly backend: GpioBackend,
    private readonly options: GpioLinesOptions,
  ) {
    this.name = options.name;
    // The chip has no handle of its own: "open" is seeing the chip (a missing chip is a fault, retried).
    this.reconnector = new Reconnector<true>({
      subject: this.name,
      log: options.log,
      ...(options.timers === undefined ? {} : { timers: options.timers }),
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      open: async () => {
        await this.backend.probe();
        return true;
      },
      close: () => undefined,
      failure: (error) => (error instanceof OutpostError ? error : new OutpostError(describeError(error), { code: 'gpio.no-such-chip', cause: error, retryable: true })),
    });
  }

  async start(): Promise<void> {
    await this.reconnector.start();
  }

  async stop(): Promise<void> {
    await this.reconnector.stop();
    await Promise.allSettled([...this.lines].map((line) => line.stop()));
    this.lines.clear();
  }

  health(): ComponentHealthReport {
    const faulty = [...this.lines].filter((line) => line.health().status === 'fault').length;
    return this.reconnector.health.snapshot({ lines: this.lines.size, faulty_lines: faulty });
  }

  input(options: InputLineOptions): InputLine {
    return this.track(new GpioInputLine(this.backend, options, this.lineDeps()));
  }

  output(options: OutputLineOptions): OutputLine {
    return this.track(new GpioOutputLine(this.backend, options, this.lineDeps()));
  }

  private lineDeps() {
    return {
      bus: this.name,
      log: this.options.log,
      ...(this.options.retry === undefined ? {} : { retry: this.options.retry }),
      ...(this.options.timers === undefined ? {} : { timers: this.options.timers }),
      ...(this.options.now === undefined ? {} : { now: this.options.now }),
    };
  }

  private track<T extends Component>(line: T): T {
    this.lines.add(line);
    return line;
  }
}
