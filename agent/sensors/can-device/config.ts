import { z } from 'zod';
import { componentName, duration } from '../../../kernel/units.js';

export const canSignalSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase channel name, e.g. mast_tilt').describe('Channel name in readings'),
  id: z.number().int().min(0).max(0x1fffffff).describe('CAN id of the frame carrying the signal'),
  extended: z.boolean().default(false).describe('29-bit (extended) id'),
  start_bit: z.number().int().min(0).max(63).describe('DBC start bit: the least significant bit for little (Intel), the most significant bit for big (Motorola)'),
  length: z.number().int().min(1).max(64).describe('Length in bits'),
  byte_order: z.enum(['little', 'big']).default('little').describe('little = Intel (DBC @1), big = Motorola (DBC @0)'),
  signed: z.boolean().default(false).describe("Two's complement (DBC -)"),
  scale: z.number().default(1).describe('Physical value = raw × scale + offset'),
  offset: z.number().default(0).describe('Physical value = raw × scale + offset'),
  unit: z.string().default('').describe('Unit of the physical value, e.g. V, Cel, km/h'),
  min: z.number().optional().describe('Lowest valid physical value; values outside min..max are reported as faulted'),
  max: z.number().optional().describe('Highest valid physical value'),
});

export const canDeviceSchema = z
  .strictObject({
    type: z.literal('can-device'),
    bus: componentName.describe('A socketcan or slcan bus'),
    dbc: z.string().optional().describe('A .dbc file with signal definitions (relative paths are from the working directory)'),
    messages: z.array(z.string()).optional().describe('Only these DBC messages (by name); default all'),
    signals: z.array(canSignalSchema).default([]).describe('Signals defined here (in addition to the DBC ones)'),
    interval: duration('How often the latest values are sampled').prefault(10),
    stale_after: duration('A signal not received for this long is reported as faulted (default 3 × interval)').optional(),
    batch: z.number().int().min(1).max(1000).default(1).describe('Samples per Reading record'),
  })
  .describe('Equipment on a CAN bus whose signals become readings');

export type CanDeviceConfig = z.output<typeof canDeviceSchema>;
