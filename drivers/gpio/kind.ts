import { busKind } from '../../kernel/bus.js';
import { gpioBusSchema } from './config.js';

/** `type: gpio`: a GPIO chip (character device, sysfs or simulated), providing a GpioChip. */
export const gpioBus = busKind({
  type: 'gpio',
  schema: gpioBusSchema,
  contract: 'GpioChip',
  load: async () => (await import('./factory.js')).createGpioBus,
});
