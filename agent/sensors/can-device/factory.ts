import { OutpostError } from '../../../kernel/errors.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import { SlcanBus } from '../../../drivers/can/slcan/bus.js';
import { SocketcanBus } from '../../../drivers/can/socketcan/bus.js';
import type { CanDeviceConfig } from './config.js';
import { CanDeviceSensor } from './sensor.js';

export const createCanDeviceSensor: SensorFactory<CanDeviceConfig> = (config, context) => {
  if (!(context.bus instanceof SlcanBus) && !(context.bus instanceof SocketcanBus)) {
    throw new OutpostError(`bus "${config.bus}" is not a CAN bus`, { code: 'config.invalid', subject: `sensor:${context.name}`, hint: 'point it at a bus of type socketcan or slcan' });
  }
  return new CanDeviceSensor(config, { name: context.name, log: context.log, sink: context.sink, time: context.time, bus: context.bus });
};
