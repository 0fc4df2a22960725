import { busKind } from '../../kernel/bus.js';

/** `type: socketcan`: a Linux CAN interface (can0), providing a CanBus. */
export const socketcanBus = busKind({
  type: 'socketcan',
  contract: 'CanBus',
  load: async () => (await import('./factory.js')).createSocketcanBus,
});

/** `type: slcan`: a serial-line CAN adapter (CANable, USBtin), providing a CanBus. */
export const slcanBus = busKind({
  type: 'slcan',
  contract: 'CanBus',
  load: async () => (await import('./factory.js')).createSlcanBus,
});
