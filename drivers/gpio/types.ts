import type { Bus } from '../../kernel/bus.js';
import type { Component } from '../../kernel/component.js';

/**
 * GPIO lines (drivers/gpio implements; beam pairs, PIRs, contacts and relays consume).
 * Levels are logical: with `activeLow` the driver inverts, so 1 always means "active"
 * (beam broken, motion, contact open, relay energised).
 */
export type Level = 0 | 1;

export interface Edge {
  /** The line's configured name or offset, for logs. */
  line: string;
  /** Logical level after the edge. */
  level: Level;
  /** Kernel timestamp of the edge where the backend gives one, else when it was seen; ms, monotonic. */
  timeMs: number;
}

export interface InputLineOptions {
  /** Chip offset or line name (e.g. `GPIO17`). */
  line: number | string;
  edges: 'rising' | 'falling' | 'both';
  activeLow?: boolean;
  bias?: 'pull-up' | 'pull-down' | 'disable' | 'as-is';
  /** Edges closer than this to the previous accepted edge are bounce and dropped. */
  debounceMs?: number;
}

export interface InputLine extends Component {
  read(): Promise<Level>;
  onEdge(listener: (edge: Edge) => void): () => void;
}

export interface OutputLineOptions {
  line: number | string;
  activeLow?: boolean;
  initial?: Level;
}

export interface OutputLine extends Component {
  set(level: Level): Promise<void>;
  /** Sets the line active for `ms`, then inactive again. */
  pulse(ms: number): Promise<void>;
}

/** A GPIO chip as configured on a `gpio` bus. */
export interface GpioChip extends Bus<'GpioChip'> {
  input(options: InputLineOptions): InputLine;
  output(options: OutputLineOptions): OutputLine;
}
