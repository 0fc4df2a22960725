import { z } from 'zod';
import { duration } from '../../kernel/units.js';
import { reconnectSettings, serialPortPath } from '../serial/config.js';
import { bitrateCodes } from './slcan/codec.js';

const slcanBitrates = [...bitrateCodes.keys()].sort((a, b) => a - b);

const bitrate = z
  .number()
  .int()
  .refine((value) => bitrateCodes.has(value), { message: `an SLCAN bit rate: one of ${slcanBitrates.join(', ')}` })
  .default(500_000)
  .describe(`CAN bit rate in bit/s; SLCAN adapters take ${slcanBitrates.join(', ')}. Every node on the bus must use the same`);

export const socketcanBusSchema = z
  .strictObject({
    type: z.literal('socketcan'),
    interface: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,15}$/, 'a network interface name such as can0 or vcan0')
      .describe('Linux CAN interface, e.g. can0 or vcan0 (its bitrate is set with ip link, not here)'),
    reconnect: reconnectSettings.describe('Retry backoff while the interface is missing or down'),
  })
  .describe('A CAN bus through Linux SocketCAN');

export const slcanBusSchema = z
  .strictObject({
    type: z.literal('slcan'),
    port: serialPortPath,
    baud: z.number().int().positive().default(115_200).describe('Serial baud rate to the adapter (ignored by USB CDC adapters such as the CANable)'),
    bitrate,
    btr: z
      .string()
      .regex(/^[0-9A-Fa-f]{4}$/, 'four hex digits: BTR0 then BTR1, e.g. 031C')
      .optional()
      .describe('Custom bit timing for odd bitrates: the SJA1000 BTR0/BTR1 registers as 4 hex digits (sent as sxxyy; overrides bitrate; check your adapter supports it)'),
    status_interval: duration("How often the adapter's error flags are read (0 = never)").prefault('5s'),
    reconnect: reconnectSettings,
  })
  .describe('A CAN bus through a serial-line (LAWICEL/SLCAN) USB adapter: CANable, USBtin, Lawicel CANUSB');

export type SocketcanBusConfig = z.output<typeof socketcanBusSchema>;
export type SlcanBusConfig = z.output<typeof slcanBusSchema>;
