import { z } from 'zod';
import { componentName, duration } from '../../config/units.js';

export const canSignalSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase channel name, e.g. mast_tilt').describe('Channel name in readings'),
  id: z.number().int().min(0).max(0x1fffffff).describe('CAN id of the frame carrying the signal'),
  extended: z.boolean().default(false).describe('29-bit (extended) id'),
  start_bit: z.number().int().min(0).max(511),
  length: z.number().int().min(1).max(64),
  byte_order: z.enum(['little', 'big']).default('little').describe('little = Intel, big = Motorola (as in DBC files)'),
  signed: z.boolean().default(false),
  scale: z.number().default(1),
  offset: z.number().default(0),
  unit: z.string().default(''),
});

export const canDeviceSchema = z
  .strictObject({
    type: z.literal('can-device'),
    bus: componentName.describe('A socketcan or slcan bus'),
    dbc: z.string().optional().describe('A .dbc file with signal definitions'),
    messages: z.array(z.string()).optional().describe('Only these DBC messages (by name); default all'),
    signals: z.array(canSignalSchema).default([]),
    interval: duration('How often the latest values are reported').prefault(10),
    batch: z.number().int().min(1).max(1000).default(1).describe('Reports per Reading record'),
  })
  .describe('Equipment on a CAN bus whose signals become readings');

export type CanDeviceConfig = z.output<typeof canDeviceSchema>;
