import { z } from 'zod';
import { duration, size } from '../../kernel/units.js';

export const cameraBusSchema = z
  .strictObject({
    type: z.literal('camera'),
    url: z.url({ protocol: /^https?$/ }).describe('Snapshot URL (HTTP GET returning a JPEG), e.g. http://10.0.0.20/cgi-bin/snapshot.cgi'),
    username: z.string().optional().describe('HTTP user (basic or digest); use ${VAR} to keep it out of the file'),
    password: z.string().optional().describe('HTTP password; use ${VAR} to keep it out of the file'),
    timeout: duration('How long a whole snapshot request may take, connecting and reading included').prefault(10),
    connect_timeout: duration('How long connecting to the camera may take').prefault(3),
    max_image: size('Largest image accepted; a larger answer is refused as it streams in').prefault('8MB'),
    reconnect: z
      .strictObject({
        min: duration('First retry delay after the camera stops answering').prefault(5),
        max: duration('Longest retry delay; delays double up to this, with jitter').prefault(300),
      })
      .prefault({})
      .describe('How often an unreachable camera is tried again'),
  })
  .describe('An IP camera that serves snapshots over HTTP');

export type CameraBusConfig = z.output<typeof cameraBusSchema>;
