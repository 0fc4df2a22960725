import type { BusFactory } from '../../kernel/bus.js';
import type { GpioBackend } from './backend.js';
import { ChardevBackend, type ChardevOptions } from './chardev/backend.js';
import { GpioLines, type GpioLinesOptions } from './chip.js';
import type { GpioBusConfig } from './config.js';
import { SimulatedBackend, simulatedChip } from './simulated.js';
import { SysfsBackend } from './sysfs/backend.js';
import type { GpioChip } from './types.js';

export const createGpioBus: BusFactory<GpioBusConfig, GpioChip> = (config, context) => {
  const name = `bus:${context.name}`;
  const log = context.log.child({ module: 'gpio', device: config.chip });
  const backend = config.backend === 'simulated' ? new SimulatedBackend(simulatedChip(config.chip), name) : gpioBackend(config.backend, { chip: config.chip, subject: name, log });
  return gpioChip(backend, { name, log });
};

/** A character-device or sysfs backend for one chip (`tools` applies to chardev only). */
export function gpioBackend(kind: 'chardev' | 'sysfs', options: ChardevOptions): GpioBackend {
  return kind === 'sysfs' ? new SysfsBackend({ chip: options.chip, subject: options.subject, log: options.log }) : new ChardevBackend(options);
}

/** The GpioChip over a backend: lines, active-low, debounce and reopening, the same for every backend. */
export function gpioChip(backend: GpioBackend, options: GpioLinesOptions): GpioChip {
  return new GpioLines(backend, options);
}
