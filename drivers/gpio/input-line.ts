import { OutpostError, describeError } from '../../agent/errors.js';
import type { Logger } from '../../agent/log/logger.js';
import { Backoff } from '../../agent/runtime/backoff.js';
import { HealthState, type ComponentHealthReport } from '../../agent/runtime/component.js';
import type { GpioBackend, RawInput } from './backend.js';
import { EdgeFilter, realTimers, type Timers } from './edge-filter.js';
import type { Edge, InputLine, InputLineOptions, Level } from './types.js';

export interface LineDeps {
  /** The bus name, e.g. `bus:gpio`. */
  bus: string;
  log: Logger;
  retry?: { minMs: number; maxMs: number };
  timers?: Timers;
  now?: () => number;
}

/**
 * An input line on any backend: opens it (a line that cannot be opened is a fault, retried
 * with backoff), tracks the debounced logical level and hands edges to listeners.
 */
export class GpioInputLine implements InputLine {
  readonly name: string;
  private readonly state: HealthState;
  private readonly filter: EdgeFilter;
  private readonly listeners = new Set<(edge: Edge) => void>();
  private readonly backoff: Backoff;
  private readonly counters = { edges: 0, opens: 0, open_failures: 0 };
  private raw: RawInput | undefined;
  private running = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private opening: Promise<void> | undefined;
  private readonly log: Logger;

  constructor(
    private readonly backend: GpioBackend,
    private readonly options: InputLineOptions,
    private readonly deps: LineDeps,
  ) {
    this.name = `${deps.bus}/${String(options.line)}`;
    this.state = new HealthState(deps.now);
    this.log = deps.log.child({ line: String(options.line) });
    this.backoff = new Backoff(deps.retry?.minMs ?? 1000, deps.retry?.maxMs ?? 60_000);
    this.filter = new EdgeFilter({ ...options, name: String(options.line) }, (edge) => this.deliver(edge), deps.timers ?? realTimers);
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
    this.filter.stop();
    const raw = this.raw;
    this.raw = undefined;
    await raw?.close();
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    return this.state.snapshot(this.counters);
  }

  /** The debounced logical level (1 = active). Rejects while the line is not open. */
  async read(): Promise<Level> {
    if (this.raw === undefined) {
      throw new OutpostError(`GPIO line ${String(this.options.line)} is not open`, { code: 'gpio.not-open', subject: this.name, retryable: true, hint: this.state.snapshot().message });
    }
    return this.filter.level;
  }

  onEdge(listener: (edge: Edge) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private open(): Promise<void> {
    this.opening ??= this.tryOpen().finally(() => (this.opening = undefined));
    return this.opening;
  }

  private async tryOpen(): Promise<void> {
    let raw: RawInput;
    try {
      raw = await this.backend.openInput({
        line: this.options.line,
        bias: this.options.bias ?? 'as-is',
        onChange: (physical, timeMs) => this.filter.input(physical, timeMs),
        onLost: (error) => this.lost(raw, error),
      });
      this.filter.reset(await raw.read());
    } catch (error) {
      this.counters.open_failures += 1;
      this.retry(error);
      return;
    }
    if (!this.running) {
      await raw.close().catch((error: unknown) => this.log.warn({ err: describeError(error) }, 'closing the line after stop failed'));
      return;
    }
    this.raw = raw;
    this.counters.opens += 1;
    this.backoff.reset();
    this.state.set('ok');
    this.log.debug({ logical_level: this.filter.level }, 'input line open');
  }

  private retry(error: unknown): void {
    if (!this.running) return;
    const message = describeError(error);
    this.state.set('fault', message);
    const delay = this.backoff.next();
    this.log.warn({ retry_ms: delay, code: error instanceof OutpostError ? error.code : undefined }, message);
    this.retryTimer = setTimeout(() => void this.open(), delay);
  }

  private lost(raw: RawInput, error: OutpostError): void {
    if (this.raw !== raw) return;
    this.raw = undefined;
    this.filter.stop();
    // Called from a device event: a failed close is logged here, or nobody would observe it.
    raw.close().catch((closeError: unknown) => this.log.debug({ err: describeError(closeError) }, 'closing the lost line failed'));
    this.retry(error);
  }

  private deliver(edge: Edge): void {
    this.counters.edges += 1;
    for (const listener of this.listeners) {
      try {
        listener(edge);
      } catch (error) {
        this.log.error({ err: error }, 'an edge listener threw');
      }
    }
  }
}
