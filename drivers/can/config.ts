import { z } from 'zod';
import { reconnectSettings, serialPortPath } from '../serial/config.js';

const bitrate = z.number().int().positive().default(500_000).describe('CAN bit rate, e.g. 125000, 250000, 500000');

export const socketcanBusSchema = z
  .strictObject({
    type: z.literal('socketcan'),
    interface: z.string().min(1).describe('Linux CAN interface, e.g. can0 or vcan0 (bring it up with ip link)'),
  })
  .describe('A CAN bus through Linux SocketCAN');

export const slcanBusSchema = z
  .strictObject({
    type: z.literal('slcan'),
    port: serialPortPath,
    baud: z.number().int().positive().default(115_200).describe('Serial baud rate to the adapter (ignored by USB CDC adapters)'),
    bitrate,
    reconnect: reconnectSettings,
  })
  .describe('A CAN bus through a serial-line (LAWICEL/SLCAN) USB adapter: CANable, USBtin, Lawicel');

export type SocketcanBusConfig = z.output<typeof socketcanBusSchema>;
export type SlcanBusConfig = z.output<typeof slcanBusSchema>;
