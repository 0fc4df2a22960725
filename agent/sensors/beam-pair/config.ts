import { z } from 'zod';
import { componentName, duration } from '../../../kernel/units.js';

const gpioLine = z.union([z.number().int().min(0), z.string().min(1)]).describe('Line offset on the chip, or line name (e.g. GPIO17)');

export const beamPairSchema = z
  .strictObject({
    type: z.literal('beam-pair'),
    bus: componentName.describe('A gpio bus'),
    beams: z.strictObject({ a: gpioLine, b: gpioLine }).describe('The two receivers; a is the outer beam'),
    active_low: z.boolean().default(true).describe('The receiver pulls the line low when its beam is broken'),
    distance_m: z.number().positive().describe('Distance between the two beams, metres'),
    a_to_b: z.enum(['in', 'out']).default('in').describe('Direction meant by a breaking before b'),
    bearing_deg: z.number().min(0).max(360).optional().describe('Bearing of travel from a to b, degrees from north'),
    logic: z.enum(['and', 'or']).default('and').describe('and: both beams must break (a lone beam is only counted); or: a lone beam is also a detection, with lower confidence'),
    min_interruption: duration('Shorter interruptions are ignored (birds, leaves)').prefault(0.05),
    max_interruption: duration('Longer interruptions are not a passage').prefault(0.7),
    pair_window: duration('Longest delay between the two beams for one passage').prefault(3),
    blocked_limit: duration('A beam blocked longer than this is an environmental fault').prefault(30),
    debounce: duration('Edges closer than this are contact bounce').prefault(0.005),
    weight: z.number().positive().default(1).describe('Weight of this sensor in incident fusion'),
  })
  .superRefine((config, context) => {
    if (config.min_interruption >= config.max_interruption) {
      context.addIssue({ code: 'custom', path: ['min_interruption'], message: 'min_interruption must be shorter than max_interruption (typical 50ms and 700ms)' });
    }
    if (config.max_interruption >= config.blocked_limit) {
      context.addIssue({ code: 'custom', path: ['blocked_limit'], message: 'blocked_limit must be longer than max_interruption: a passage is not a blocked beam' });
    }
    if (String(config.beams.a) === String(config.beams.b)) context.addIssue({ code: 'custom', path: ['beams', 'b'], message: 'beams a and b must be two different lines' });
  })
  .describe('Two parallel IR beams: direction from which breaks first, speed from the delay');

export type BeamPairConfig = z.output<typeof beamPairSchema>;
