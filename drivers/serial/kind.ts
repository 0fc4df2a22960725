import { busKind } from '../../kernel/bus.js';

/** `type: serial`: a serial port or raw serial over TCP, providing a ByteLink. */
export const serialBus = busKind({
  type: 'serial',
  contract: 'ByteLink',
  load: async () => (await import('./factory.js')).createSerialBus,
});
