import { sensorKind } from '../../runtime/kinds.js';
import { canDeviceSchema } from './config.js';

/** `type: can-device`: Equipment broadcasting on a CAN bus. */
export const canDeviceSensor = sensorKind({
  type: 'can-device',
  schema: canDeviceSchema,
  accepts: ['CanBus'],
  load: async () => (await import('./factory.js')).createCanDeviceSensor,
});
