import { OutpostError, describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { ComponentHealthReport } from '../../kernel/component.js';
import { Reconnector } from '../../kernel/reconnector.js';
import type { GpioBackend, RawOutput } from './backend.js';
import type { LineDeps } from './input-line.js';
import type { Level, OutputLine, OutputLineOptions } from './types.js';

/**
 * An output line (relay, siren, lamp, camera wake). Writes are serialised so a pulse is never
 * cut by a set; `stop()` waits for a pulse in progress and leaves the line inactive.
 */
export class GpioOutputLine implements OutputLine {
  readonly name: string;
  private readonly counters = { sets: 0, pulses: 0 };
  private readonly reconnector: Reconnector<RawOutput>;
  private queue: Promise<unknown> = Promise.resolve();
  private level: Level;
  private readonly log: Logger;

  constructor(
    private readonly backend: GpioBackend,
    private readonly options: OutputLineOptions,
    deps: LineDeps,
  ) {
    this.name = `${deps.bus}/${String(options.line)}`;
    this.log = deps.log.child({ line: String(options.line) });
    this.level = options.initial ?? 0;
    this.reconnector = new Reconnector<RawOutput>({
      subject: this.name,
      log: this.log,
      ...(deps.timers === undefined ? {} : { timers: deps.timers }),
      ...(deps.now === undefined ? {} : { now: deps.now }),
      ...(deps.retry === undefined ? {} : { retry: deps.retry }),
      open: () => this.backend.openOutput({ line: this.options.line, initial: this.physical(this.level) }),
      // Settings and pulses under way finish before the line is released.
      close: async (raw) => {
        await this.queue.catch(() => undefined);
        await raw.close();
      },
      failure: (error) => (error instanceof OutpostError ? error : new OutpostError(describeError(error), { code: 'gpio.open-failed', cause: error, retryable: true })),
    });
  }

  async start(): Promise<void> {
    await this.reconnector.start();
  }

  async stop(): Promise<void> {
    await this.reconnector.stop();
  }

  health(): ComponentHealthReport {
    return this.reconnector.health.snapshot({ ...this.counters, open_failures: this.reconnector.counters.open_failures });
  }

  set(level: Level): Promise<void> {
    return this.enqueue(async () => {
      await this.write(level);
      this.counters.sets += 1;
    });
  }

  pulse(ms: number): Promise<void> {
    if (!(ms > 0)) return Promise.reject(new OutpostError(`a pulse needs a positive length, got ${ms} ms`, { code: 'gpio.bad-pulse', subject: this.name }));
    return this.enqueue(async () => {
      await this.write(1);
      try {
        await new Promise((resolve) => setTimeout(resolve, ms));
      } finally {
        await this.write(0);
      }
      this.counters.pulses += 1;
    });
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.catch(() => undefined).then(work);
    this.queue = next;
    return next;
  }

  private async write(level: Level): Promise<void> {
    const raw = this.reconnector.handle;
    if (raw === undefined) {
      throw new OutpostError(`GPIO output ${String(this.options.line)} is not open`, { code: 'gpio.not-open', subject: this.name, retryable: true, hint: this.reconnector.health.snapshot().message });
    }
    // Rewriting the level it already has would make the 1.x tools release and re-request the line.
    if (level === this.level) return;
    await raw.write(this.physical(level));
    this.level = level;
  }

  private physical(level: Level): Level {
    return this.options.activeLow === true ? (level === 1 ? 0 : 1) : level;
  }
}
