import type { ByteLink } from '../../../drivers/serial/types.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import type { GpsConfig } from './config.js';
import { GpsSensor } from './sensor.js';

export const createGpsSensor: SensorFactory<GpsConfig, ByteLink> = (config, context) =>
  new GpsSensor({ name: context.name, config, link: context.bus, sink: context.sink, log: context.log });
