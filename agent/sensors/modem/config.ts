import { z } from 'zod';
import { componentName, duration } from '../../../kernel/units.js';

function compiles(pattern: string): boolean {
  try {
    return new RegExp(`${pattern}|`).exec('')!.length >= 2;
  } catch {
    return false;
  }
}

export const modemQuerySchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase channel name, e.g. rssi').describe('Channel name in readings'),
  command: z.string().regex(/^AT/i, 'an AT command, e.g. AT+RSSI?').describe('AT command to send'),
  pattern: z
    .string()
    .refine(compiles, 'a regular expression with a capture group, e.g. "RSSI: (-?\\\\d+)"')
    .describe('Regular expression with one capture group holding the number'),
  unit: z.string().default('').describe('Unit of the number, e.g. dBm, Cel, V (empty when dimensionless)'),
});

export const modemSchema = z
  .strictObject({
    type: z.literal('modem'),
    bus: componentName.describe('A serial bus the modem or data radio answers AT commands on'),
    interval: duration('How often signal and registration are queried').prefault(60),
    timeout: duration('How long one AT command may take').prefault(5),
    signal: z.boolean().default(true).describe('Query the signal with AT+CSQ (3GPP modems); turn off for radios that do not know it'),
    registration: z
      .array(z.enum(['creg', 'cgreg', 'cereg']))
      .default(['creg', 'cereg'])
      .describe('Registration queries: creg (circuit, 2G/3G), cgreg (packet, 2G/3G), cereg (LTE); a modem that answers ERROR to one is not asked again'),
    queries: z.array(modemQuerySchema).default([]).describe('Extra queries for radios whose AT dialects differ'),
  })
  .describe('A cellular or satellite modem, or a data radio, queried with AT commands');

export type ModemConfig = z.output<typeof modemSchema>;
export type ModemQueryConfig = z.output<typeof modemQuerySchema>;
