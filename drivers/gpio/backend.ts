import type { OutpostError } from '../../kernel/errors.js';
import type { InputLineOptions, Level } from './types.js';

/**
 * What a GPIO backend (chardev, sysfs, simulated) provides: physical levels only. Active-low,
 * debounce and edge selection live above it (input-line.ts, edge-filter.ts), once for all.
 */
export interface InputRequest {
  line: number | string;
  bias: NonNullable<InputLineOptions['bias']>;
  /** Every physical level change, both directions, with the kernel's timestamp where known (ms). */
  onChange(physical: Level, timeMs: number): void;
  /** The line stopped delivering (monitor died, chip removed). */
  onLost(error: OutpostError): void;
}

export interface RawInput {
  /** The physical level now (for chardev: as tracked from the edge stream, since the line is held). */
  read(): Promise<Level>;
  close(): Promise<void>;
}

export interface OutputRequest {
  line: number | string;
  /** Physical level to drive from the moment the line is requested. */
  initial: Level;
}

export interface RawOutput {
  write(physical: Level): Promise<void>;
  close(): Promise<void>;
}

export interface GpioBackend {
  /** The chip as resolved, for messages, e.g. `gpiochip0 [pinctrl-bcm2711]`. */
  readonly description: string;
  /** Finds the chip; rejects with an OutpostError saying why it cannot be used. */
  probe(): Promise<void>;
  openInput(request: InputRequest): Promise<RawInput>;
  openOutput(request: OutputRequest): Promise<RawOutput>;
}
