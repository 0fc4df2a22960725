import { z } from 'zod';
import { componentName } from '../../../kernel/units.js';

export const doorContactSchema = z
  .strictObject({
    type: z.literal('door-contact'),
    bus: componentName.describe('A gpio bus'),
    line: z.number().int().min(0).describe('Line offset of the reed contact'),
  })
  .describe('A door reed contact (a toy kind, added by a test the way a new sensor is added)');

export type DoorContactConfig = z.output<typeof doorContactSchema>;
