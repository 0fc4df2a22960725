import { sensorKind } from '../../runtime/kinds.js';

/** `type: pir`: A PIR motion detector on a GPIO line. */
export const pirSensor = sensorKind({
  type: 'pir',
  accepts: ['GpioChip'],
  load: async () => (await import('./factory.js')).createPirSensor,
});
