import { OutpostError } from '../../../kernel/errors.js';
import type { Camera } from '../../../drivers/camera/types.js';
import type { SensorFactory } from '../../runtime/kinds.js';
import type { CameraSensorConfig } from './config.js';
import { FrameStore, frameFolder } from './frame-store.js';
import { CameraSensor } from './sensor.js';

export const createCameraSensor: SensorFactory<CameraSensorConfig, Camera> = (config, context) => {
  const unknown = config.triggers.filter((name) => context.post.sensors[name] === undefined);
  if (unknown.length > 0) {
    throw new OutpostError(`triggers name ${unknown.map((name) => `"${name}"`).join(', ')}, which ${unknown.length === 1 ? 'is not a sensor' : 'are not sensors'} of this post`, {
      code: 'config.camera_trigger',
      subject: `sensor:${context.name}`,
      hint: `list sensors from sensors: (${Object.keys(context.post.sensors).join(', ')})`,
    });
  }
  const folder = frameFolder(context.post, context.name, config);
  return new CameraSensor({
    name: context.name,
    config,
    camera: context.bus,
    store: new FrameStore(folder, { maxBytes: config.store.max_size, maxAgeMs: config.store.max_age }),
    sink: context.sink,
    time: context.time,
    log: context.log,
    records: context.records,
    link: context.link,
  });
};
