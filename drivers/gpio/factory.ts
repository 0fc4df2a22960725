import type { BusFactory } from '../../kernel/bus.js';
import type { GpioBackend } from './backend.js';
import { ChardevBackend } from './chardev/backend.js';
import { GpioLines } from './chip.js';
import type { GpioBusConfig } from './config.js';
import { SimulatedBackend, simulatedChip } from './simulated.js';
import { SysfsBackend } from './sysfs/backend.js';

export const createGpioBus: BusFactory<GpioBusConfig> = (config, context) => {
  const name = `bus:${context.name}`;
  const log = context.log.child({ module: 'gpio', device: config.chip });
  const backends: Record<GpioBusConfig['backend'], () => GpioBackend> = {
    chardev: () => new ChardevBackend({ chip: config.chip, subject: name, log }),
    sysfs: () => new SysfsBackend({ chip: config.chip, subject: name, log }),
    simulated: () => new SimulatedBackend(simulatedChip(config.chip), name),
  };
  return new GpioLines(backends[config.backend](), { name, log });
};
