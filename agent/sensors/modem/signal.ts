import type { Devices } from '../../runtime/assembly.js';
import { ModemSensor } from './sensor.js';

/** The uplink's LinkVitals.signal_dbm: the first modem sensor that knows its signal. */
export function modemSignalDbm(devices: Devices): number | undefined {
  for (const sensor of devices.sensors.values()) {
    if (sensor instanceof ModemSensor) {
      const dbm = sensor.signalDbm();
      if (dbm !== undefined) return dbm;
    }
  }
  return undefined;
}
