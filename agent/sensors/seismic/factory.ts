import type { ByteLink } from '../../../drivers/serial/types.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import type { SeismicConfig } from './config.js';
import { SeismicSensor } from './sensor.js';

export const createSeismicSensor: SensorFactory<SeismicConfig, ByteLink> = (config, context) =>
  new SeismicSensor({ name: context.name, config, link: context.bus, sink: context.sink, time: context.time, log: context.log });
