import type { BusFactory } from '../../kernel/bus.js';
import type { SerialBusConfig } from './config.js';
import { SerialLink } from './link.js';

export const createSerialBus: BusFactory<SerialBusConfig> = (config, context) => new SerialLink({ ...config, name: `bus:${context.name}`, log: context.log });
