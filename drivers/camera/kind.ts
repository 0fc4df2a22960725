import { busKind } from '../../kernel/bus.js';

/** `type: camera`: an IP camera (HTTP snapshot URL, ONVIF device or RTSP stream), providing a Camera. */
export const cameraBus = busKind({
  type: 'camera',
  contract: 'Camera',
  load: async () => (await import('./factory.js')).createCameraBus,
});
