import type { CanBus } from '../../../drivers/can/types.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import type { CanDeviceConfig } from './config.js';
import { CanDeviceSensor } from './sensor.js';

export const createCanDeviceSensor: SensorFactory<CanDeviceConfig, CanBus> = (config, context) =>
  new CanDeviceSensor(config, { name: context.name, log: context.log, sink: context.sink, time: context.time, bus: context.bus });
