import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { OutpostError } from '../../../kernel/errors.js';
import { silentLogger } from '../../../kernel/logger.js';
import { cameraBusSchema, type CameraBusConfig } from '../../../drivers/camera/config.js';
import { createCameraBus } from '../../../drivers/camera/factory.js';
import { UsageError, write } from '../io.js';
import { durationOption } from '../options.js';
import { loadPostConfig } from '../post-config.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';
import { discoverCameras } from './probe-camera-discover.js';

interface ProbeCameraOptions {
  bus?: string;
  config: string;
  onvif?: string;
  profile?: string;
  discover?: boolean;
  discoverAt?: string;
  interface?: string;
  wait: string;
  user?: string;
  output: string;
  timeout?: string;
}

/** The camera bus to probe: one from a post config (`--bus`), or a URL given here. */
async function cameraConfig(url: string | undefined, options: ProbeCameraOptions, context: CliContext): Promise<{ config: CameraBusConfig; name: string }> {
  if (options.bus !== undefined) {
    if (url !== undefined || options.onvif !== undefined) throw new UsageError('give a URL, --onvif URL or --bus NAME, not two of them');
    const post = (await loadPostConfig(options.config, context, 'the camera cannot be probed')).config;
    const bus = post.buses[options.bus];
    if (bus === undefined) throw new UsageError(`no bus named "${options.bus}" in ${options.config} (buses: ${Object.keys(post.buses).join(', ') || 'none'})`);
    if (bus.type !== 'camera') throw new UsageError(`bus "${options.bus}" in ${options.config} is ${bus.type}, not a camera`);
    return { config: options.timeout === undefined ? bus : { ...bus, timeout: durationOption('--timeout', options.timeout) }, name: options.bus };
  }
  if (url !== undefined && options.onvif !== undefined) throw new UsageError('give a snapshot URL or --onvif URL, not both');
  if (url === undefined && options.onvif === undefined) throw new UsageError('give the snapshot URL (http://10.0.0.20/cgi-bin/snapshot.cgi), an rtsp:// URL, --onvif http://10.0.0.20/onvif/device_service, --bus NAME with --config FILE, or --discover');
  const given = options.onvif ?? (url as string);
  const parsed = cameraBusSchema.safeParse({
    type: 'camera',
    ...(options.onvif !== undefined ? { onvif: options.onvif } : /^rtsps?:/i.test(given) ? { rtsp: url } : { url }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.user === undefined ? {} : { username: options.user, password: context.io.env['CAMERA_PASSWORD'] ?? '' }),
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  });
  if (!parsed.success) {
    const expected = options.onvif === undefined ? 'an http:// or https:// snapshot URL (http://10.0.0.20/cgi-bin/snapshot.cgi) or an rtsp:// stream (rtsp://10.0.0.22:554/Streaming/Channels/101)' : 'an http:// or https:// ONVIF device service, e.g. http://10.0.0.20/onvif/device_service';
    throw new UsageError(`"${given.replace(/\/\/[^@/]*@/, '//')}": expected ${expected}`);
  }
  return { config: parsed.data, name: 'probe' };
}

/**
 * `outpost probe camera URL|RTSP-URL|--onvif URL|--bus NAME`: one frame through the agent's own camera
 * driver (the same auth, limits and checks), saved to a file, with what the camera is, how it
 * logs in, its ONVIF profiles and addresses, the picture's size and how long it took. Exits 1
 * with the driver's message (wrong password, wrong URL, unreachable, not a JPEG, a SOAP fault).
 * `--discover` lists the ONVIF cameras on the LAN instead.
 */
export const probeCameraCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    commandGroup(program, 'probe')
      .command('camera')
      .description('take one frame from a camera (HTTP snapshot URL, ONVIF device or RTSP stream) and save it to a file, or find ONVIF cameras (--discover)')
      .argument('[url]', 'snapshot URL (http://10.0.0.20/cgi-bin/snapshot.cgi) or RTSP stream (rtsp://10.0.0.22/Streaming/Channels/101)')
      .option('--onvif <url>', 'probe an ONVIF camera by its device service, e.g. http://10.0.0.20/onvif/device_service')
      .option('--profile <token>', 'the ONVIF media profile (token or name; default the first)')
      .option('--discover', 'list the ONVIF cameras that answer a WS-Discovery probe on the LAN')
      .option('--discover-at <address>', 'send the probe to this address instead of 239.255.255.250:3702 (one camera, by unicast)')
      .option('--interface <address>', 'the local address of the network to probe on (a post with several)')
      .option('--wait <duration>', 'how long to wait for cameras to answer --discover', '3s')
      .option('--bus <name>', 'probe a camera bus of a post config instead of a URL')
      .option('-c, --config <file>', 'the post config for --bus', '/etc/outpost/post.yaml')
      .option('--user <name>', 'HTTP and ONVIF user; the password is read from the CAMERA_PASSWORD environment variable')
      .option('-o, --output <file>', 'where to save the frame', 'snapshot.jpg')
      .option('--timeout <duration>', 'how long the whole request may take (default: the bus\'s, or 10s)')
      .action(async (url: string | undefined, options: ProbeCameraOptions) => {
        if (options.discover === true) {
          if (url !== undefined || options.onvif !== undefined || options.bus !== undefined) throw new UsageError('--discover finds cameras; give no URL, --onvif or --bus with it');
          await discoverCameras({ waitMs: durationOption('--wait', options.wait), interface: options.interface, ...(options.discoverAt === undefined ? {} : { discoverAt: options.discoverAt }) }, context);
          return;
        }
        const { config, name } = await cameraConfig(url, options, context);
        const camera = createCameraBus(config, { name, log: silentLogger() });
        await camera.start();
        try {
          const started = performance.now();
          const frame = await camera.grab();
          const tookMs = Math.round(performance.now() - started);
          const info = camera.info();
          const { default: sharp } = await import('sharp');
          const meta = await sharp(frame.bytes).metadata().catch(() => undefined);
          const output = resolve(options.output);
          await writeFile(output, frame.bytes);
          const clock = frame.cameraClockOffsetMs === undefined ? 'sends no Date' : describeOffset(frame.cameraClockOffsetMs);
          await write(
            context.io.stdout,
            [
              `camera ${info.url}`,
              `  server: ${info.server ?? 'not said'}`,
              `  login: ${info.auth}`,
              ...(info.device === undefined ? [] : [`  device: ${info.device}`]),
              ...(info.profiles ?? []).map((profile, index) => `  profile: ${profile}${index === 0 ? ' (in use)' : ''}`),
              ...(info.snapshotUri === undefined ? [] : [`  snapshot uri: ${info.snapshotUri}`]),
              ...(info.streamUri === undefined ? [] : [`  stream uri: ${info.streamUri}`]),
              `  frame: ${meta?.width ?? '?'}×${meta?.height ?? '?'} ${meta?.format ?? frame.contentType}, ${frame.bytes.length} bytes, in ${tookMs} ms`,
              `  camera clock: ${clock} (the agent stamps frames with the post's clock)`,
              `  saved: ${output}`,
              '',
            ].join('\n'),
          );
        } catch (error) {
          if (error instanceof OutpostError) throw new OutpostError(error.message, { code: error.code, subject: `camera ${name === 'probe' ? '' : name}`.trim(), hint: error.hint, cause: error });
          throw error;
        } finally {
          await camera.stop();
        }
      });
  },
};

function describeOffset(offsetMs: number): string {
  const seconds = Math.round(offsetMs / 1000);
  if (Math.abs(seconds) <= 2) return 'agrees with this machine';
  return `${Math.abs(seconds)} s ${seconds > 0 ? 'ahead of' : 'behind'} this machine`;
}
