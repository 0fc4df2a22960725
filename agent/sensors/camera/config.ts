import { z } from 'zod';
import { componentName, duration, positiveDuration, size } from '../../../kernel/units.js';

const share = (description: string) => z.number().min(0.05).max(0.95).describe(description);

export const cameraSensorSchema = z
  .strictObject({
    type: z.literal('camera'),
    bus: componentName.describe('A camera bus'),
    triggers: z.array(componentName).default([]).describe('Sensors whose detections, or incidents they take part in, make this camera take pictures'),
    frames: z.number().int().min(1).max(10).default(3).describe('Frames taken for one alarm'),
    interval: duration('Time between the frames of one alarm').prefault(1),
    schedule: duration('A snapshot this often without an alarm; 0 for none').prefault('1h'),
    thumbnail: z
      .strictObject({
        width: z.number().int().min(64).max(1280).default(320).describe('Width of the thumbnail sent at once, pixels'),
        max_size: size('Largest thumbnail; its JPEG quality falls until it fits').prefault('12KB'),
      })
      .prefault({})
      .describe('The picture that goes up the link at once'),
    store: z
      .strictObject({
        path: z.string().min(1).optional().describe('Folder of the full-size frames; default frames/<sensor> beside the outbox'),
        max_size: size('Disk the full-size frames may take; the oldest go first').prefault('512MB'),
        max_age: duration('Full-size frames older than this are deleted').prefault('7d'),
      })
      .prefault({})
      .describe('Full-size frames kept on the post, fetched later by snapshot id'),
    full_frames: z
      .strictObject({
        send: z
          .enum(['on_request', 'when_idle'])
          .default('on_request')
          .describe('on_request: a full frame goes only when the centre asks (fetch-file); when_idle: also on its own, one at a time, when the link is up, fast enough and has no alarm, status or bulk record waiting'),
        max_delay: positiveDuration('when_idle: a frame goes only if the measured delivery rate sends it within this; an alarm that comes meanwhile waits at most that long').prefault('5s'),
      })
      .prefault({})
      .describe('When the full frames (and clips) kept on the post go up the link'),
    tamper: z
      .strictObject({
        check_every: duration('How often a frame is taken only to look for tamper; 0 for none beyond the snapshots').prefault('1m'),
        dark_level: z.number().int().min(1).max(128).default(25).describe('Mean grey level (0..255) under which a flat picture counts as dark'),
        frozen_frames: z.number().int().min(2).max(100).default(5).describe('Identical frames in a row that make a frozen picture'),
        blur_ratio: share('Sharpness below this share of the camera\'s usual is out of focus').default(0.4),
        scene_overlap: share('Share of the usual edges still in place under which the view has changed').default(0.5),
      })
      .prefault({})
      .describe('Tamper analysis of the frames: blackout, frozen, defocus, scene change'),
  })
  .describe('Snapshots from a camera: on alarm, on a schedule, with tamper analysis');

export type CameraSensorConfig = z.output<typeof cameraSensorSchema>;
