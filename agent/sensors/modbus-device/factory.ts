import type { ModbusLine } from '../../../drivers/modbus/line.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import type { ModbusDeviceConfig } from './config.js';
import { ModbusDeviceSensor } from './sensor.js';

export const createModbusDeviceSensor: SensorFactory<ModbusDeviceConfig, ModbusLine> = (config, context) =>
  new ModbusDeviceSensor(config, { name: context.name, log: context.log, sink: context.sink, time: context.time, line: context.bus });
