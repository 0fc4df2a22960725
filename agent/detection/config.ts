import { z } from 'zod';
import { duration } from '../../kernel/units.js';

export const fusionSchema = z
  .strictObject({
    window: duration('Detections whose signals lie closer than this in time can form one incident; an incident is sent once no member has joined for this long').prefault(10),
    threshold: z.number().positive().default(2).describe('Summed sensor weight (each sensor counted once) that makes an incident'),
    max_duration: duration('Longest incident: a group of detections spanning more is closed and the next detection starts a new one (a sensor that never stops triggering cannot hold one incident open forever)').prefault('5m'),
  })
  .describe('Detections from several sensors fused into incidents (as ObsPy coincidence_trigger)');

export const detectionSchema = z
  .strictObject({
    fusion: fusionSchema.prefault({}),
  })
  .describe('Edge detection settings shared by the sensors');

export type DetectionConfig = z.output<typeof detectionSchema>;
export type FusionConfig = z.output<typeof fusionSchema>;

const range = (description: string) =>
  z
    .tuple([z.number().positive(), z.number().positive()])
    .refine(([low, high]) => low < high, 'write the range low first, e.g. [1.4, 2.5]')
    .describe(description);

/** How a seismic trigger is called PERSON, VEHICLE or UNKNOWN (agent/detection/README.md, "Classifier"). */
export const seismicClassifierSchema = z
  .strictObject({
    person_cadence_hz: range('Footfall rate of a walking or running person, steps per second [low, high]').default([1.4, 2.5]),
    person_min_impulses: z.number().int().min(2).default(3).describe('Fewest footfalls in one trigger to call it a person'),
    person_min_kurtosis: z.number().positive().default(4).describe('Least kurtosis (impulsiveness) of a person trigger; Gaussian noise is 3'),
    vehicle_min_duration: duration('Shortest trigger that can be a vehicle').prefault(3),
    vehicle_max_kurtosis: z.number().positive().default(4).describe('Most kurtosis of a vehicle trigger (a steady engine is about 1.5 to 3)'),
    vehicle_min_tonality: z.number().positive().default(6).describe('Least ratio of the strongest spectral line to the band mean for a vehicle (engine harmonics)'),
  })
  .describe('Thresholds of the seismic classifier');

export type SeismicClassifierConfig = z.output<typeof seismicClassifierSchema>;
