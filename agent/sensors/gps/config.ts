import { z } from 'zod';
import { componentName, duration } from '../../config/units.js';

export const gpsSchema = z
  .strictObject({
    type: z.literal('gps'),
    bus: componentName.describe('A serial bus the receiver streams NMEA 0183 on'),
    time_source: z.boolean().default(true).describe('Stamp records with GPS time while the fix is valid'),
    interval: duration('How often the position is reported as a reading').prefault(60),
  })
  .describe('An NMEA 0183 GPS receiver: the post position and a trustworthy clock');

export type GpsConfig = z.output<typeof gpsSchema>;
