import { sensorKind } from '../../runtime/kinds.js';
import { modbusDeviceSchema } from './config.js';

/** `type: modbus-device`: A Modbus device (one unit id) on a Modbus line. */
export const modbusDeviceSensor = sensorKind({
  type: 'modbus-device',
  schema: modbusDeviceSchema,
  accepts: ['ModbusLine'],
  load: async () => (await import('./factory.js')).createModbusDeviceSensor,
});
