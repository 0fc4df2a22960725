import { sensorKind } from '../../../agent/runtime/kinds.js';

/** `type: door-contact`: accepts a GpioChip, like beam-pair and pir. */
export const doorContactSensor = sensorKind({
  type: 'door-contact',
  accepts: ['GpioChip'],
  load: async () => (await import('./factory.js')).createDoorContactSensor,
});
