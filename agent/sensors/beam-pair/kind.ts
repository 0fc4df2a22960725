import { sensorKind } from '../../runtime/kinds.js';

/** `type: beam-pair`: Two IR beams on GPIO lines. */
export const beamPairSensor = sensorKind({
  type: 'beam-pair',
  accepts: ['GpioChip'],
  load: async () => (await import('./factory.js')).createBeamPairSensor,
});
