import { z } from 'zod';
import { componentName, duration } from '../../../kernel/units.js';

export const pirSchema = z
  .strictObject({
    type: z.literal('pir'),
    bus: componentName.describe('A gpio bus'),
    line: z.union([z.number().int().min(0), z.string().min(1)]).describe('Line offset on the chip, or line name'),
    active_low: z.boolean().default(false),
    pulses: z.number().int().min(1).default(2).describe('Pulses within the window that make an alarm'),
    window: duration('Window the pulses are counted in').prefault(10),
    hold: duration('How long the alarm output is held').prefault(5),
    lockout: duration('Quiet time after an alarm').prefault(30),
    debounce: duration('Edges closer than this are contact bounce').prefault(0.005),
    weight: z.number().positive().default(1).describe('Weight of this sensor in incident fusion'),
  })
  .describe('A passive infrared motion detector');

export type PirConfig = z.output<typeof pirSchema>;
