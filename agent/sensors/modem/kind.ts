import { sensorKind } from '../../runtime/kinds.js';

/** `type: modem`: An AT-command modem or radio on a byte stream. */
export const modemSensor = sensorKind({
  type: 'modem',
  accepts: ['ByteLink'],
  load: async () => (await import('./factory.js')).createModemSensor,
});
