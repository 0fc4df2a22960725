import { busKind } from '../../kernel/bus.js';
import { modbusRtuBusSchema, modbusTcpBusSchema } from './config.js';

/** `type: modbus-rtu`: a Modbus RTU line on a serial port, providing a ModbusLine. */
export const modbusRtuBus = busKind({
  type: 'modbus-rtu',
  schema: modbusRtuBusSchema,
  contract: 'ModbusLine',
  load: async () => (await import('./factory.js')).createModbusRtuBus,
});

/** `type: modbus-tcp`: a Modbus TCP connection, providing a ModbusLine. */
export const modbusTcpBus = busKind({
  type: 'modbus-tcp',
  schema: modbusTcpBusSchema,
  contract: 'ModbusLine',
  load: async () => (await import('./factory.js')).createModbusTcpBus,
});
