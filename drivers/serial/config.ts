import { z } from 'zod';
import { duration } from '../../kernel/units.js';

export const parities = ['none', 'even', 'odd', 'mark', 'space'] as const;

/** Line settings shared by everything that opens a serial port (serial, modbus-rtu, slcan). */
export const serialLineSettings = {
  baud: z.number().int().positive().default(9600).describe('Baud rate, e.g. 9600, 19200, 115200'),
  data_bits: z.union([z.literal(5), z.literal(6), z.literal(7), z.literal(8)]).default(8).describe('Data bits per character'),
  parity: z.enum(parities).default('none').describe('Parity'),
  stop_bits: z.union([z.literal(1), z.literal(1.5), z.literal(2)]).default(1).describe('Stop bits'),
};

export const serialPortPath = z
  .string()
  .min(1)
  .describe('Device path (/dev/ttyUSB0), a stable name (/dev/serial/by-id/...), or tcp://host:port for a serial device server or ser2net');

export const reconnectSettings = z
  .strictObject({
    min: duration('First retry delay after the port is lost').prefault(1),
    max: duration('Longest retry delay; delays double up to this, with jitter').prefault(60),
  })
  .prefault({})
  .describe('Reconnect backoff when the port vanishes or cannot be opened');

export const serialBusSchema = z
  .strictObject({
    type: z.literal('serial'),
    path: serialPortPath,
    ...serialLineSettings,
    rtscts: z.boolean().default(false).describe('Hardware flow control (RTS/CTS)'),
    reconnect: reconnectSettings,
  })
  .describe('A serial port (RS-232, RS-485, USB serial) or raw serial over TCP');

export type SerialBusConfig = z.output<typeof serialBusSchema>;
