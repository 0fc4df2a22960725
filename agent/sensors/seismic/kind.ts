import { sensorKind } from '../../runtime/kinds.js';
import { seismicSchema } from './config.js';

/** `type: seismic`: A geophone digitizer streaming samples on a byte stream. */
export const seismicSensor = sensorKind({
  type: 'seismic',
  schema: seismicSchema,
  accepts: ['ByteLink'],
  load: async () => (await import('./factory.js')).createSeismicSensor,
});
