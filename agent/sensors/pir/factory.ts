import type { GpioChip } from '../../../drivers/gpio/types.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import type { PirConfig } from './config.js';
import { PirSensor } from './sensor.js';

export const createPirSensor: SensorFactory<PirConfig, GpioChip> = (config, context) =>
  new PirSensor({ name: context.name, config, chip: context.bus, sink: context.sink, time: context.time, log: context.log });
