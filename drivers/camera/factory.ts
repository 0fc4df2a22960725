import type { BusFactory } from '../../kernel/bus.js';
import type { Logger } from '../../kernel/logger.js';
import type { CameraBusConfig } from './config.js';
import { HttpSnapshot } from './http-snapshot.js';
import { OnvifSnapshot } from './onvif/onvif-snapshot.js';
import { RtspClipRecorder } from './rtsp/clip-recorder.js';
import { RtspInput, rtspStream } from './rtsp/ffmpeg-input.js';
import { RtspSnapshot } from './rtsp/rtsp-snapshot.js';
import { SourceCamera, type FrameSource } from './source-camera.js';
import type { Camera } from './types.js';

export const createCameraBus: BusFactory<CameraBusConfig, Camera> = (config, context) => {
  const limits = { connectTimeoutMs: config.connect_timeout, timeoutMs: config.timeout, maxBytes: config.max_image };
  const login = { username: config.username, password: config.password };
  let source: FrameSource;
  if (config.onvif !== undefined) source = new OnvifSnapshot({ ...limits, ...login, url: new URL(config.onvif), profile: config.profile });
  else if (config.rtsp !== undefined) source = new RtspSnapshot({ ...limits, ...login, url: new URL(config.rtsp) });
  else source = new HttpSnapshot({ ...limits, ...login, url: new URL(config.url as string) });
  const log = context.log.child({ module: 'camera' });
  const retry = { minMs: config.reconnect.min, maxMs: config.reconnect.max };
  const recorder = config.rtsp === undefined || config.clip === undefined ? undefined : clipRecorder(config.rtsp, config.clip, config, `bus:${context.name}`, log, retry);
  return new SourceCamera(source, { name: `bus:${context.name}`, log, retry, recorder });
};

function clipRecorder(rtsp: string, clip: NonNullable<CameraBusConfig['clip']>, config: CameraBusConfig, name: string, log: Logger, retry: { minMs: number; maxMs: number }): RtspClipRecorder {
  const stream = rtspStream(new URL(rtsp), config.username, config.password);
  // A fuller probe than a grab's: the recorder starts once, and copying needs the stream's parameters.
  const input = new RtspInput({ source: stream.source, socketTimeoutMs: config.connect_timeout, probe: { bytes: 500_000, durationMs: 2000 } });
  return new RtspClipRecorder({ name, log, input, label: stream.label, secrets: stream.secrets, preMs: clip.pre, postMs: clip.post, maxBytes: clip.buffer_size, folder: clip.folder, timeoutMs: config.timeout, retry });
}
