import { sensorKind } from '../../runtime/kinds.js';
import { modemSchema } from './config.js';

/** `type: modem`: An AT-command modem or radio on a byte stream. */
export const modemSensor = sensorKind({
  type: 'modem',
  schema: modemSchema,
  accepts: ['ByteLink'],
  load: async () => (await import('./factory.js')).createModemSensor,
});
