import { z } from 'zod';
import { componentName, duration } from '../../config/units.js';

export const seismicSchema = z
  .strictObject({
    type: z.literal('seismic'),
    bus: componentName.describe('A serial bus (or tcp:// raw serial) the digitizer streams samples on'),
    format: z
      .enum(['ascii', 'int16le', 'int16be', 'int32le', 'int32be'])
      .default('ascii')
      .describe('ascii: integer samples, one or several per line; binary: one channel of fixed-width samples'),
    sample_rate: z.number().positive().describe('Samples per second'),
    bandpass: z.tuple([z.number().positive(), z.number().positive()]).default([10, 20]).describe('Band-pass corners in Hz [low, high]'),
    order: z.number().int().min(1).max(8).default(4).describe('Butterworth filter order'),
    sta: duration('Short-term average window').prefault(0.5),
    lta: duration('Long-term average window').prefault(10),
    on: z.number().positive().default(3.5).describe('STA/LTA ratio that starts a trigger'),
    off: z.number().positive().default(1).describe('STA/LTA ratio that ends a trigger'),
    max_length: duration('Longest trigger before it is cut').prefault(30),
    weight: z.number().positive().default(1).describe('Weight of this sensor in incident fusion'),
  })
  .describe('A geophone behind a digitizer: footsteps and vehicles detected at the edge');

export type SeismicConfig = z.output<typeof seismicSchema>;
