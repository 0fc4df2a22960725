import type { outpost } from '../../wire/index.js';
import type { PostConfig } from '../config/schema.js';
import type { Logger } from '../../kernel/logger.js';
import type { Devices } from '../runtime/assembly.js';
import type { TimeSource } from '../runtime/records.js';
import { GpsSensor } from '../sensors/gps/sensor.js';
import { GpsDisciplinedClock } from './gps-clock.js';
import { SystemClock } from './system-clock.js';

export { GpsDisciplinedClock, positionOf, type GpsClockOptions, type GpsClockStatus } from './gps-clock.js';
export { SystemClock, ntpSynchronised, type SyncCheck, type SystemClockOptions } from './system-clock.js';

/**
 * The post's clock (AgentParts.createTime): disciplined by the first `gps` sensor whose
 * `time_source` is on, else the system clock with its NTP/RTC quality. The NTP check starts
 * at once, so the first records already carry the right flag.
 */
export function createPostClock(context: { post: PostConfig; devices: Devices }, log?: Logger, system: SystemClock = new SystemClock()): TimeSource {
  void system.refresh();
  const receiver = timeReceiver(context.post, context.devices);
  if (receiver === undefined) return system;
  const clock = new GpsDisciplinedClock({ fallback: system, log: log?.child({ module: 'time', device: receiver.name }) });
  receiver.onFix((fix) => clock.observe(fix));
  return clock;
}

/** The latest measured position (AgentParts.position): the first gps sensor with a valid fix. */
export function measuredPosition(devices: Devices): outpost.v1.IPosition | undefined {
  for (const sensor of devices.sensors.values()) {
    if (sensor instanceof GpsSensor) {
      const position = sensor.position();
      if (position !== undefined) return position;
    }
  }
  return undefined;
}

function timeReceiver(post: PostConfig, devices: Devices): GpsSensor | undefined {
  for (const [name, config] of Object.entries(post.sensors)) {
    if (config.type !== 'gps' || !config.time_source) continue;
    const sensor = devices.sensors.get(name);
    if (sensor instanceof GpsSensor) return sensor;
  }
  return undefined;
}
