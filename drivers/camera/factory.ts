import type { BusFactory } from '../../kernel/bus.js';
import type { CameraBusConfig } from './config.js';
import { HttpCamera } from './http-camera.js';
import type { Camera } from './types.js';

export const createCameraBus: BusFactory<CameraBusConfig, Camera> = (config, context) =>
  new HttpCamera({
    name: `bus:${context.name}`,
    log: context.log.child({ module: 'camera' }),
    url: new URL(config.url),
    username: config.username,
    password: config.password,
    connectTimeoutMs: config.connect_timeout,
    timeoutMs: config.timeout,
    maxBytes: config.max_image,
    retry: { minMs: config.reconnect.min, maxMs: config.reconnect.max },
  });
