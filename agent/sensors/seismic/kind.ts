import { sensorKind } from '../../runtime/kinds.js';

/** `type: seismic`: A geophone digitizer streaming samples on a byte stream. */
export const seismicSensor = sensorKind({
  type: 'seismic',
  accepts: ['ByteLink'],
  load: async () => (await import('./factory.js')).createSeismicSensor,
});
