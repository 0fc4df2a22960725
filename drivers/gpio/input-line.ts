import { OutpostError, describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { ComponentHealthReport } from '../../kernel/component.js';
import { Reconnector } from '../../kernel/reconnector.js';
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
  private readonly filter: EdgeFilter;
  private readonly listeners = new Set<(edge: Edge) => void>();
  private readonly counters = { edges: 0 };
  private readonly reconnector: Reconnector<RawInput>;
  private readonly log: Logger;

  constructor(
    private readonly backend: GpioBackend,
    private readonly options: InputLineOptions,
    deps: LineDeps,
  ) {
    this.name = `${deps.bus}/${String(options.line)}`;
    this.log = deps.log.child({ line: String(options.line) });
    const timers = deps.timers ?? realTimers;
    this.filter = new EdgeFilter({ ...options, name: String(options.line) }, (edge) => this.deliver(edge), timers);
    this.reconnector = new Reconnector<RawInput>({
      subject: this.name,
      log: this.log,
      timers,
      ...(deps.now === undefined ? {} : { now: deps.now }),
      ...(deps.retry === undefined ? {} : { retry: deps.retry }),
      open: () => this.openRaw(),
      close: (raw) => {
        this.filter.stop();
        return raw.close();
      },
      failure: (error) => (error instanceof OutpostError ? error : new OutpostError(describeError(error), { code: 'gpio.open-failed', cause: error, retryable: true })),
      onOpen: () => this.log.debug({ logical_level: this.filter.level }, 'input line open'),
    });
  }

  async start(): Promise<void> {
    await this.reconnector.start();
  }

  async stop(): Promise<void> {
    await this.reconnector.stop();
    this.filter.stop();
  }

  health(): ComponentHealthReport {
    const { opens, open_failures } = this.reconnector.counters;
    return this.reconnector.health.snapshot({ edges: this.counters.edges, opens, open_failures });
  }

  /** The debounced logical level (1 = active). Rejects while the line is not open. */
  async read(): Promise<Level> {
    if (this.reconnector.handle === undefined) {
      throw new OutpostError(`GPIO line ${String(this.options.line)} is not open`, { code: 'gpio.not-open', subject: this.name, retryable: true, hint: this.reconnector.health.snapshot().message });
    }
    return this.filter.level;
  }

  onEdge(listener: (edge: Edge) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async openRaw(): Promise<RawInput> {
    const raw: RawInput = await this.backend.openInput({
      line: this.options.line,
      bias: this.options.bias ?? 'as-is',
      onChange: (physical, timeMs) => this.filter.input(physical, timeMs),
      onLost: (error) => this.reconnector.lost(raw, error),
    });
    try {
      this.filter.reset(await raw.read());
    } catch (error) {
      await raw.close();
      throw error;
    }
    return raw;
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
