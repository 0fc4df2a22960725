import { sensorKind } from '../../runtime/kinds.js';

/** `type: can-device`: Equipment broadcasting on a CAN bus. */
export const canDeviceSensor = sensorKind({
  type: 'can-device',
  accepts: ['CanBus'],
  load: async () => (await import('./factory.js')).createCanDeviceSensor,
});
