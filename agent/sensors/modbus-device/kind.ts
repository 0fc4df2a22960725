import { sensorKind } from '../../runtime/kinds.js';

/** `type: modbus-device`: A Modbus device (one unit id) on a Modbus line. */
export const modbusDeviceSensor = sensorKind({
  type: 'modbus-device',
  accepts: ['ModbusLine'],
  load: async () => (await import('./factory.js')).createModbusDeviceSensor,
});
