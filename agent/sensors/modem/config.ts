import { z } from 'zod';
import { componentName, duration } from '../../config/units.js';

export const modemQuerySchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase channel name, e.g. rssi').describe('Channel name in readings'),
  command: z.string().regex(/^AT/i, 'an AT command, e.g. AT+RSSI?').describe('AT command to send'),
  pattern: z.string().describe('Regular expression with one capture group holding the number'),
  unit: z.string().default(''),
});

export const modemSchema = z
  .strictObject({
    type: z.literal('modem'),
    bus: componentName.describe('A serial bus the modem or data radio answers AT commands on'),
    interval: duration('How often signal and registration are queried').prefault(60),
    timeout: duration('How long one AT command may take').prefault(5),
    queries: z.array(modemQuerySchema).default([]).describe('Extra queries for radios whose AT dialects differ'),
  })
  .describe('A cellular or satellite modem, or a data radio, queried with AT commands');

export type ModemConfig = z.output<typeof modemSchema>;
