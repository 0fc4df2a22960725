import { OutpostError } from '../../../kernel/errors.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import { ModbusLine } from '../../../drivers/modbus/line.js';
import type { ModbusDeviceConfig } from './config.js';
import { ModbusDeviceSensor } from './sensor.js';

export const createModbusDeviceSensor: SensorFactory<ModbusDeviceConfig> = (config, context) => {
  if (!(context.bus instanceof ModbusLine)) {
    throw new OutpostError(`bus "${config.bus}" is not a Modbus line`, { code: 'config.invalid', subject: `sensor:${context.name}`, hint: 'point it at a bus of type modbus-rtu or modbus-tcp' });
  }
  return new ModbusDeviceSensor(config, { name: context.name, log: context.log, sink: context.sink, time: context.time, line: context.bus });
};
