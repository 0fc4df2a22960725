import { z } from 'zod';
import { duration } from '../../kernel/units.js';

export const cameraBusSchema = z
  .strictObject({
    type: z.literal('camera'),
    url: z.url().describe('Snapshot URL (HTTP GET returning a JPEG), e.g. http://10.0.0.20/cgi-bin/snapshot.cgi'),
    username: z.string().optional().describe('HTTP user (basic or digest); use ${VAR} to keep it out of the file'),
    password: z.string().optional().describe('HTTP password; use ${VAR} to keep it out of the file'),
    timeout: duration('How long a snapshot may take').prefault(10),
  })
  .describe('An IP camera that serves snapshots over HTTP');

export type CameraBusConfig = z.output<typeof cameraBusSchema>;
