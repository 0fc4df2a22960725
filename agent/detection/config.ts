import { z } from 'zod';
import { duration } from '../config/units.js';

export const fusionSchema = z
  .strictObject({
    window: duration('Detections closer than this in time can form one incident').prefault(10),
    threshold: z.number().positive().default(2).describe('Summed sensor weight that makes an incident'),
  })
  .describe('Detections from several sensors fused into incidents (as ObsPy coincidence_trigger)');

export const detectionSchema = z
  .strictObject({
    fusion: fusionSchema.prefault({}),
  })
  .describe('Edge detection settings shared by the sensors');

export type DetectionConfig = z.output<typeof detectionSchema>;
