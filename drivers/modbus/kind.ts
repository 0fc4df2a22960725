import { busKind } from '../../kernel/bus.js';

/** `type: modbus-rtu`: a Modbus RTU line on a serial port, providing a ModbusLine. */
export const modbusRtuBus = busKind({
  type: 'modbus-rtu',
  contract: 'ModbusLine',
  load: async () => (await import('./factory.js')).createModbusRtuBus,
});

/** `type: modbus-tcp`: a Modbus TCP connection, providing a ModbusLine. */
export const modbusTcpBus = busKind({
  type: 'modbus-tcp',
  contract: 'ModbusLine',
  load: async () => (await import('./factory.js')).createModbusTcpBus,
});
