import type { SensorFactory } from '../../runtime/kinds.js';
import { asByteLink } from './byte-link.js';
import type { GpsConfig } from './config.js';
import { GpsSensor } from './sensor.js';

export const createGpsSensor: SensorFactory<GpsConfig> = (config, context) =>
  new GpsSensor({ name: context.name, config, link: asByteLink(context.bus, context.name), sink: context.sink, log: context.log });
