import { z } from 'zod';
import { duration, hostPort } from '../../kernel/units.js';
import { parities, reconnectSettings, serialLineSettings, serialPortPath } from '../serial/config.js';

/**
 * Parity of a Modbus RTU line when the config gives none: 8N1, as most field devices ship
 * (EPEVER, most meters and charge controllers), not the spec's 8E1. README.md says why; the
 * scan and probe commands start from the same value.
 */
export const MODBUS_PARITY_DEFAULT = 'none' satisfies (typeof parities)[number];

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
    parity: z.enum(parities).default(MODBUS_PARITY_DEFAULT).describe('Parity'),
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
