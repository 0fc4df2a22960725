import type { SensorFactory } from '../../runtime/kinds.js';
import { asByteLink } from '../gps/byte-link.js';
import type { ModemConfig } from './config.js';
import { ModemSensor } from './sensor.js';

export const createModemSensor: SensorFactory<ModemConfig> = (config, context) =>
  new ModemSensor({ name: context.name, config, link: asByteLink(context.bus, context.name), sink: context.sink, log: context.log });
