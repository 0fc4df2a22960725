import { OutpostError, describeError } from '../../agent/errors.js';
import type { Logger } from '../../agent/log/logger.js';
import { Backoff } from '../../agent/runtime/backoff.js';
import { HealthState, type ComponentHealthReport } from '../../agent/runtime/component.js';
import type { GpioBackend, RawOutput } from './backend.js';
import type { LineDeps } from './input-line.js';
import type { Level, OutputLine, OutputLineOptions } from './types.js';

/**
 * An output line (relay, siren, lamp, camera wake). Writes are serialised so a pulse is never
 * cut by a set; `stop()` waits for a pulse in progress and leaves the line inactive.
 */
export class GpioOutputLine implements OutputLine {
  readonly name: string;
  private readonly state: HealthState;
  private readonly backoff: Backoff;
  private readonly counters = { sets: 0, pulses: 0, open_failures: 0 };
  private raw: RawOutput | undefined;
  private running = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private opening: Promise<void> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private level: Level;
  private readonly log: Logger;

  constructor(
    private readonly backend: GpioBackend,
    private readonly options: OutputLineOptions,
    deps: LineDeps,
  ) {
    this.name = `${deps.bus}/${String(options.line)}`;
    this.state = new HealthState(deps.now);
    this.log = deps.log.child({ line: String(options.line) });
    this.backoff = new Backoff(deps.retry?.minMs ?? 1000, deps.retry?.maxMs ?? 60_000);
    this.level = options.initial ?? 0;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.open();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.retryTimer);
    await this.opening;
    await this.queue.catch(() => undefined);
    const raw = this.raw;
    this.raw = undefined;
    await raw?.close();
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    return this.state.snapshot(this.counters);
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
    const raw = this.raw;
    if (raw === undefined) {
      throw new OutpostError(`GPIO output ${String(this.options.line)} is not open`, { code: 'gpio.not-open', subject: this.name, retryable: true, hint: this.state.snapshot().message });
    }
    // Rewriting the level it already has would make the 1.x tools release and re-request the line.
    if (level === this.level) return;
    await raw.write(this.physical(level));
    this.level = level;
  }

  private physical(level: Level): Level {
    return this.options.activeLow === true ? (level === 1 ? 0 : 1) : level;
  }

  private open(): Promise<void> {
    this.opening ??= this.tryOpen().finally(() => (this.opening = undefined));
    return this.opening;
  }

  private async tryOpen(): Promise<void> {
    try {
      const raw = await this.backend.openOutput({ line: this.options.line, initial: this.physical(this.level) });
      if (!this.running) {
        await raw.close();
        return;
      }
      this.raw = raw;
      this.backoff.reset();
      this.state.set('ok');
    } catch (error) {
      this.counters.open_failures += 1;
      if (!this.running) return;
      const message = describeError(error);
      this.state.set('fault', message);
      const delay = this.backoff.next();
      this.log.warn({ retry_ms: delay }, message);
      this.retryTimer = setTimeout(() => void this.open(), delay);
    }
  }
}
