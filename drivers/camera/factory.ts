import type { BusFactory } from '../../kernel/bus.js';
import type { CameraBusConfig } from './config.js';
import { HttpSnapshot } from './http-snapshot.js';
import { OnvifSnapshot } from './onvif/onvif-snapshot.js';
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
  return new SourceCamera(source, { name: `bus:${context.name}`, log: context.log.child({ module: 'camera' }), retry: { minMs: config.reconnect.min, maxMs: config.reconnect.max } });
};
