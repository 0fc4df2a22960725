import { z } from 'zod';
import { componentName, duration } from '../../../kernel/units.js';
import { DEFAULT_ROLLOVER_PIVOT, parsePivot } from '../../../drivers/nmea/rollover.js';

export const gpsSchema = z
  .strictObject({
    type: z.literal('gps'),
    bus: componentName.describe('A serial bus the receiver streams NMEA 0183 on (a serial port, or tcp://host:port)'),
    time_source: z.boolean().default(true).describe('Stamp records with GPS time while the receiver has a valid fix whose time is steady'),
    interval: duration('How often the position is reported as a reading').prefault(60),
    rollover_pivot: z
      .string()
      .refine((text) => {
        try {
          parsePivot(text);
          return true;
        } catch {
          return false;
        }
      }, 'a date YYYY-MM-DD')
      .default(DEFAULT_ROLLOVER_PIVOT)
      .describe('GPS week rollover: receiver dates before this day are read 1024 weeks (19.6 years) later; leave the default unless told otherwise'),
    silent_after: duration('No NMEA data for this long is a fault (receiver unplugged, wrong port)').prefault('10s'),
    no_fix_after: duration('No valid fix for this long makes the sensor degraded (antenna, sky view)').prefault('5m'),
  })
  .describe('An NMEA 0183 GPS receiver: the post position and a trustworthy clock');

export type GpsConfig = z.output<typeof gpsSchema>;
