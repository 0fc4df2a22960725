import type { SensorFactory } from '../../runtime/kinds.js';
import { asByteLink } from '../gps/byte-link.js';
import type { SeismicConfig } from './config.js';
import { SeismicSensor } from './sensor.js';

export const createSeismicSensor: SensorFactory<SeismicConfig> = (config, context) =>
  new SeismicSensor({ name: context.name, config, link: asByteLink(context.bus, context.name), sink: context.sink, time: context.time, log: context.log });
