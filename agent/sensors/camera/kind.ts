import { sensorKind } from '../../runtime/kinds.js';

/** `type: camera`: snapshots from a camera bus, on alarm and on a schedule, with tamper analysis. */
export const cameraSensor = sensorKind({
  type: 'camera',
  accepts: ['Camera'],
  sensorRefs: ['triggers'],
  load: async () => (await import('./factory.js')).createCameraSensor,
});
