import { busKind } from '../../kernel/bus.js';

/** `type: gpio`: a GPIO chip (character device, sysfs or simulated), providing a GpioChip. */
export const gpioBus = busKind({
  type: 'gpio',
  contract: 'GpioChip',
  load: async () => (await import('./factory.js')).createGpioBus,
});
