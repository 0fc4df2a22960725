import { sensorKind } from '../../runtime/kinds.js';
import { gpsSchema } from './config.js';

/** `type: gps`: An NMEA 0183 GPS receiver on a byte stream. */
export const gpsSensor = sensorKind({
  type: 'gps',
  schema: gpsSchema,
  accepts: ['ByteLink'],
  load: async () => (await import('./factory.js')).createGpsSensor,
});
