import { z } from 'zod';
import { duration, positiveSize, size } from '../../kernel/units.js';

/** The ways a camera gives frames; a camera bus names exactly one. */
export const CAMERA_SOURCES = ['url', 'onvif', 'rtsp'] as const;

export const cameraBusSchema = z
  .strictObject({
    type: z.literal('camera'),
    url: z.url({ protocol: /^https?$/ }).optional().describe('Snapshot URL (HTTP GET returning a JPEG), e.g. http://10.0.0.20/cgi-bin/snapshot.cgi'),
    onvif: z.url({ protocol: /^https?$/ }).optional().describe('ONVIF device service, e.g. http://10.0.0.20/onvif/device_service: the snapshot URL is asked of the camera (GetSnapshotUri)'),
    rtsp: z.url({ protocol: /^rtsps?$/ }).optional().describe('RTSP stream (H.264, H.265 or MJPEG), e.g. rtsp://10.0.0.22:554/Streaming/Channels/101: frames are taken by ffmpeg'),
    profile: z.string().min(1).optional().describe('ONVIF media profile, by token or name; the first profile when not given'),
    username: z.string().optional().describe('HTTP and ONVIF user; use ${VAR} to keep it out of the file'),
    password: z.string().optional().describe('HTTP and ONVIF password; use ${VAR} to keep it out of the file'),
    timeout: duration('How long a whole snapshot request (or an RTSP grab, up to the first whole picture) may take, connecting and reading included').prefault(10),
    connect_timeout: duration('How long connecting to the camera may take; for RTSP, also the longest silence in the stream').prefault(3),
    max_image: size('Largest image accepted; a larger answer is refused as it streams in').prefault('8MB'),
    clip: z
      .strictObject({
        pre: duration('Video kept from before an alarm, up to 60 s').pipe(z.number().max(60_000, 'at most 60s')).prefault(5),
        post: duration('Video recorded after an alarm, up to 60 s').pipe(z.number().max(60_000, 'at most 60s')).prefault(5),
        buffer_size: positiveSize('Disk the rolling buffer may take; a stream heavier than this over pre + post is a fault').prefault('64MB'),
        folder: z.string().min(1).optional().describe('Where the rolling buffer lives (a tmpfs such as /run/outpost spares the flash); default systemd\'s RUNTIME_DIRECTORY, else the temporary folder'),
      })
      .optional()
      .describe('RTSP only: pre/post-event clips; ffmpeg keeps the last seconds of the stream, and each alarm writes pre + post seconds into the camera sensor\'s frame store'),
    reconnect: z
      .strictObject({
        min: duration('First retry delay after the camera stops answering').prefault(5),
        max: duration('Longest retry delay; delays double up to this, with jitter').prefault(300),
      })
      .prefault({})
      .describe('How often an unreachable camera is tried again'),
  })
  .superRefine((config, context) => {
    const given = CAMERA_SOURCES.filter((key) => config[key] !== undefined);
    if (given.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: given.length === 0 ? [] : [given[1] as string],
        message: given.length === 0 ? `one of ${CAMERA_SOURCES.join(', ')}: where the frames come from` : `only one of ${CAMERA_SOURCES.join(', ')} (found ${given.join(' and ')})`,
      });
    }
    if (config.clip !== undefined && config.rtsp === undefined) context.addIssue({ code: 'custom', path: ['clip'], message: 'clip is for an rtsp camera: its stream is what is recorded; set rtsp, or remove clip' });
    if (config.profile !== undefined && config.onvif === undefined) context.addIssue({ code: 'custom', path: ['profile'], message: 'profile is for an onvif camera; set onvif, or remove profile' });
  })
  .describe('An IP camera: an HTTP snapshot URL, an ONVIF device or an RTSP stream');

export type CameraBusConfig = z.output<typeof cameraBusSchema>;
