import type { GpioChip } from '../../../drivers/gpio/types.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import type { BeamPairConfig } from './config.js';
import { BeamPairSensor } from './sensor.js';

export const createBeamPairSensor: SensorFactory<BeamPairConfig, GpioChip> = (config, context) =>
  new BeamPairSensor({ name: context.name, config, chip: context.bus, sink: context.sink, time: context.time, log: context.log });
