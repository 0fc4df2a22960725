import type { ByteLink } from '../../../drivers/serial/types.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import type { ModemConfig } from './config.js';
import { ModemSensor } from './sensor.js';

export const createModemSensor: SensorFactory<ModemConfig, ByteLink> = (config, context) =>
  new ModemSensor({ name: context.name, config, link: context.bus, sink: context.sink, log: context.log });
