import { realTimers, type Timers } from '../../kernel/timers.js';
import type { Edge, InputLineOptions, Level } from './types.js';

export { realTimers, type Timers };

/**
 * Turns physical level changes of one line into the edges a sensor wants: logical levels
 * (active-low inverted, so 1 always means "active"), debounced, and only the configured edge
 * kinds. Shared by every backend, so a beam behaves the same on chardev, sysfs and simulated.
 *
 * Debounce: a change within `debounceMs` of the last accepted edge is bounce and dropped, but
 * the line is looked at again when the window ends; if it settled on the other level, that is
 * an edge then. A real short pulse inside the window is therefore not lost for good: the state
 * the sensor sees always ends up equal to the line's.
 */
export class EdgeFilter {
  private accepted: Level = 0;
  private latest: Level = 0;
  private acceptedAt = Number.NEGATIVE_INFINITY;
  private settleTimer: unknown;
  private readonly debounceMs: number;

  constructor(
    private readonly options: Pick<InputLineOptions, 'edges' | 'activeLow' | 'debounceMs'> & { name: string },
    private readonly emit: (edge: Edge) => void,
    private readonly timers: Timers = realTimers,
  ) {
    this.debounceMs = Math.max(0, options.debounceMs ?? 0);
  }

  logical(physical: Level): Level {
    return this.options.activeLow === true ? (physical === 1 ? 0 : 1) : physical;
  }

  /** The line's level when it was opened (physical); no edge is emitted for it. */
  reset(physical: Level): void {
    this.cancelSettle();
    this.accepted = this.logical(physical);
    this.latest = this.accepted;
    this.acceptedAt = Number.NEGATIVE_INFINITY;
  }

  /** The debounced logical level: what sensors should believe. */
  get level(): Level {
    return this.accepted;
  }

  /** A physical level seen at `timeMs` (kernel timestamp where there is one). */
  input(physical: Level, timeMs: number): void {
    const level = this.logical(physical);
    // Events can arrive in a burst long after they happened (a busy board, a buffered pipe):
    // a window that ended before this event is settled on event time first, not wall time.
    if (this.settleTimer !== undefined && timeMs >= this.acceptedAt + this.debounceMs) {
      this.cancelSettle();
      if (this.latest !== this.accepted) this.accept(this.latest, this.acceptedAt + this.debounceMs);
    }
    this.latest = level;
    if (level === this.accepted) return;
    const elapsed = timeMs - this.acceptedAt;
    if (elapsed >= this.debounceMs) {
      this.cancelSettle();
      this.accept(level, timeMs);
      return;
    }
    if (this.settleTimer !== undefined) return;
    const settleAt = this.acceptedAt + this.debounceMs;
    this.settleTimer = this.timers.setTimeout(() => {
      this.settleTimer = undefined;
      if (this.latest !== this.accepted) this.accept(this.latest, settleAt);
    }, this.debounceMs - elapsed);
  }

  stop(): void {
    this.cancelSettle();
  }

  private accept(level: Level, timeMs: number): void {
    this.accepted = level;
    this.acceptedAt = timeMs;
    const wanted = this.options.edges === 'both' || (this.options.edges === 'rising' ? level === 1 : level === 0);
    if (wanted) this.emit({ line: this.options.name, level, timeMs });
  }

  private cancelSettle(): void {
    if (this.settleTimer === undefined) return;
    this.timers.clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
  }
}
