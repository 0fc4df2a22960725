import { z } from 'zod';
import { duration, hostPort } from '../../kernel/units.js';
import { reconnectSettings, serialLineSettings, serialPortPath } from '../serial/config.js';

const requestSettings = {
  timeout: duration('How long to wait for a device to answer one request').prefault(1),
  retries: z.number().int().min(0).max(10).default(1).describe('Retries of a failed request before it counts as a fault'),
  reconnect: reconnectSettings,
};

export const modbusRtuBusSchema = z
  .strictObject({
    type: z.literal('modbus-rtu'),
    port: serialPortPath,
    ...serialLineSettings,
    ...requestSettings,
    turnaround: duration('Quiet time between one request and the next on the line').prefault(0.01),
  })
  .describe('A Modbus RTU line on a serial port (RS-485); one request in flight at a time, shared by every device on it');

export const modbusTcpBusSchema = z
  .strictObject({
    type: z.literal('modbus-tcp'),
    host: hostPort,
    ...requestSettings,
  })
  .describe('A Modbus TCP server (a device, or an RTU gateway)');

export type ModbusRtuBusConfig = z.output<typeof modbusRtuBusSchema>;
export type ModbusTcpBusConfig = z.output<typeof modbusTcpBusSchema>;
