import { lineOpenError } from './line-errors.js';
import type { GpioBackend, InputRequest, OutputRequest, RawInput, RawOutput } from './backend.js';
import type { Level } from './types.js';

interface SimLine {
  level: Level;
  /** Who holds it (an open line of ours, or a test pretending another program does). */
  consumer: string | undefined;
  watchers: Set<InputRequest>;
}

/**
 * A GPIO chip in memory, for tests and the demo: a test drives input pins (`drive`) and reads
 * what the agent drives on outputs (`level`, `onOutput`). Lines are made on first use under
 * the name or offset given, so `GPIO17` and `17` are different lines here.
 */
export class SimulatedGpio {
  private readonly lines = new Map<string, SimLine>();
  private readonly outputListeners = new Set<(line: string, level: Level) => void>();
  private clock = 0;

  constructor(readonly label: string) {}

  /** Sets a pin's physical level as the outside world would (beam broken, contact opened); `timeMs` defaults to a clock that advances 1 ms per call. */
  drive(line: number | string, physical: Level, timeMs?: number): void {
    const sim = this.line(line);
    this.clock = timeMs ?? this.clock + 1;
    if (sim.level === physical) return;
    sim.level = physical;
    for (const watcher of sim.watchers) watcher.onChange(physical, this.clock);
  }

  /** The physical level of a pin (what the agent drives on an output). */
  level(line: number | string): Level {
    return this.line(line).level;
  }

  onOutput(listener: (line: string, level: Level) => void): () => void {
    this.outputListeners.add(listener);
    return () => this.outputListeners.delete(listener);
  }

  /** Makes a line look held by another program, to exercise the busy path. */
  hold(line: number | string, consumer: string): void {
    this.line(line).consumer = consumer;
  }

  release(line: number | string): void {
    this.line(line).consumer = undefined;
  }

  /** @internal used by the backend */
  line(line: number | string): SimLine {
    const key = String(line);
    let sim = this.lines.get(key);
    if (sim === undefined) {
      sim = { level: 0, consumer: undefined, watchers: new Set() };
      this.lines.set(key, sim);
    }
    return sim;
  }

  /** @internal */
  driven(line: number | string, level: Level): void {
    this.line(line).level = level;
    for (const listener of this.outputListeners) listener(String(line), level);
  }
}

const registry = new Map<string, SimulatedGpio>();

/** The simulated chip of that name (a `gpio` bus with `backend: simulated` and `chip: <name>` uses the same one). */
export function simulatedChip(name: string): SimulatedGpio {
  let chip = registry.get(name);
  if (chip === undefined) {
    chip = new SimulatedGpio(name);
    registry.set(name, chip);
  }
  return chip;
}

export class SimulatedBackend implements GpioBackend {
  readonly description: string;

  constructor(
    private readonly chip: SimulatedGpio,
    private readonly subject: string,
  ) {
    this.description = `simulated chip ${chip.label}`;
  }

  async probe(): Promise<void> {}

  async openInput(request: InputRequest): Promise<RawInput> {
    const sim = this.claim(request.line, 'outpost-input');
    sim.watchers.add(request);
    return {
      read: async () => sim.level,
      close: async () => {
        sim.watchers.delete(request);
        sim.consumer = undefined;
      },
    };
  }

  async openOutput(request: OutputRequest): Promise<RawOutput> {
    const sim = this.claim(request.line, 'outpost-output');
    this.chip.driven(request.line, request.initial);
    return {
      write: async (physical) => this.chip.driven(request.line, physical),
      close: async () => {
        sim.consumer = undefined;
      },
    };
  }

  private claim(line: number | string, consumer: string) {
    const sim = this.chip.line(line);
    if (sim.consumer !== undefined) throw lineOpenError('busy', { subject: this.subject, chip: this.chip.label, line, consumer: sim.consumer });
    sim.consumer = consumer;
    return sim;
  }
}
