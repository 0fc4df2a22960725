import { sensorKind } from '../../runtime/kinds.js';
import { beamPairSchema } from './config.js';

/** `type: beam-pair`: Two IR beams on GPIO lines. */
export const beamPairSensor = sensorKind({
  type: 'beam-pair',
  schema: beamPairSchema,
  accepts: ['GpioChip'],
  load: async () => (await import('./factory.js')).createBeamPairSensor,
});
