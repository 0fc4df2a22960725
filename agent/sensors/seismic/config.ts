import { z } from 'zod';
import { componentName, duration } from '../../../kernel/units.js';
import { seismicClassifierSchema } from '../../detection/config.js';

export const seismicSchema = z
  .strictObject({
    type: z.literal('seismic'),
    bus: componentName.describe('A serial bus (or tcp:// raw serial) the digitizer streams samples on'),
    format: z
      .enum(['ascii', 'int16le', 'int16be', 'int32le', 'int32be'])
      .default('ascii')
      .describe('ascii: integer samples as text lines; binary: one channel of fixed-width two\'s-complement samples'),
    ascii_columns: z
      .enum(['samples', 'channels'])
      .default('samples')
      .describe('ascii only: samples = every number on a line is the next sample; channels = one number per channel per line, `channel` picks ours'),
    channel: z.number().int().min(0).max(15).default(0).describe('ascii with ascii_columns: channels: which column (0 = first) is this geophone'),
    counter: z.boolean().default(false).describe('ascii only: each line starts with the digitizer\'s sample counter (used to spot lost and reset data)'),
    sample_rate: z.number().positive().describe('Samples per second'),
    gap_tolerance: duration('Data late by more than this (by the clock) is a gap: reported, and the chain re-primed').prefault(2),
    bandpass: z.tuple([z.number().positive(), z.number().positive()]).default([10, 20]).describe('Band-pass corners in Hz [low, high]'),
    order: z.number().int().min(1).max(8).default(4).describe('Butterworth order (of the low-pass prototype, as ObsPy\'s `corners`)'),
    sta: duration('Short-term average window').prefault(0.5),
    lta: duration('Long-term average window').prefault(10),
    on: z.number().positive().default(3.5).describe('STA/LTA ratio that starts a trigger'),
    off: z.number().positive().default(1).describe('STA/LTA ratio that ends a trigger'),
    max_length: duration('Longest trigger before it is cut').prefault(30),
    classifier: seismicClassifierSchema.prefault({}),
    weight: z.number().positive().default(1).describe('Weight of this sensor in incident fusion'),
  })
  .superRefine((config, context) => {
    const [low, high] = config.bandpass;
    if (!(low < high)) context.addIssue({ code: 'custom', path: ['bandpass'], message: `write the corners low first, e.g. [10, 20]; got [${low}, ${high}]` });
    if (high >= config.sample_rate / 2) {
      context.addIssue({ code: 'custom', path: ['bandpass'], message: `the high corner ${high} Hz must be below Nyquist (${config.sample_rate / 2} Hz at sample_rate ${config.sample_rate})` });
    }
    if (config.off > config.on) context.addIssue({ code: 'custom', path: ['off'], message: `off (${config.off}) must not exceed on (${config.on}): the trigger ends when the ratio falls below off` });
    if (config.sta >= config.lta) context.addIssue({ code: 'custom', path: ['sta'], message: 'the short-term window must be shorter than the long-term one' });
  })
  .describe('A geophone behind a digitizer: footsteps and vehicles detected at the edge');

export type SeismicConfig = z.output<typeof seismicSchema>;
