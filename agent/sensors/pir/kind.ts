import { sensorKind } from '../../runtime/kinds.js';
import { pirSchema } from './config.js';

/** `type: pir`: A PIR motion detector on a GPIO line. */
export const pirSensor = sensorKind({
  type: 'pir',
  schema: pirSchema,
  accepts: ['GpioChip'],
  load: async () => (await import('./factory.js')).createPirSensor,
});
