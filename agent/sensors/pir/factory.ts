import type { SensorFactory } from '../../runtime/kinds.js';
import { asGpioChip } from '../beam-pair/gpio-chip.js';
import type { PirConfig } from './config.js';
import { PirSensor } from './sensor.js';

export const createPirSensor: SensorFactory<PirConfig> = (config, context) =>
  new PirSensor({ name: context.name, config, chip: asGpioChip(context.bus, context.name), sink: context.sink, time: context.time, log: context.log });
