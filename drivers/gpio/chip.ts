import { describeError } from '../../agent/errors.js';
import type { Logger } from '../../agent/log/logger.js';
import { Backoff } from '../../agent/runtime/backoff.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../agent/runtime/component.js';
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
  readonly name: string;
  private readonly state: HealthState;
  private readonly lines = new Set<Component>();
  private readonly backoff: Backoff;
  private running = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly backend: GpioBackend,
    private readonly options: GpioLinesOptions,
  ) {
    this.name = options.name;
    this.state = new HealthState(options.now);
    this.backoff = new Backoff(options.retry?.minMs ?? 1000, options.retry?.maxMs ?? 60_000);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.probe();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.retryTimer);
    await Promise.allSettled([...this.lines].map((line) => line.stop()));
    this.lines.clear();
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    const faulty = [...this.lines].filter((line) => line.health().status === 'fault').length;
    return this.state.snapshot({ lines: this.lines.size, faulty_lines: faulty });
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

  private async probe(): Promise<void> {
    try {
      await this.backend.probe();
      this.backoff.reset();
      this.state.set('ok');
    } catch (error) {
      if (!this.running) return;
      const message = describeError(error);
      this.state.set('fault', message);
      const delay = this.backoff.next();
      this.options.log.warn({ retry_ms: delay }, message);
      this.retryTimer = setTimeout(() => void this.probe(), delay);
    }
  }
}
