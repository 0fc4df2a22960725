import type { SensorFactory } from '../../runtime/kinds.js';
import { asGpioChip } from './gpio-chip.js';
import type { BeamPairConfig } from './config.js';
import { BeamPairSensor } from './sensor.js';

export const createBeamPairSensor: SensorFactory<BeamPairConfig> = (config, context) =>
  new BeamPairSensor({ name: context.name, config, chip: asGpioChip(context.bus, context.name), sink: context.sink, time: context.time, log: context.log });
