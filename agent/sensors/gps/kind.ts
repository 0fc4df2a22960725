import { sensorKind } from '../../runtime/kinds.js';

/** `type: gps`: An NMEA 0183 GPS receiver on a byte stream. */
export const gpsSensor = sensorKind({
  type: 'gps',
  accepts: ['ByteLink'],
  load: async () => (await import('./factory.js')).createGpsSensor,
});
