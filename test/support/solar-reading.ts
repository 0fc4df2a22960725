import { v1, type outpost } from '../../wire/index.js';

/**
 * A GPS-timed record from the solar charge controller `power` (battery and panel volts, charge and load amps, in that
 * order in each sample's values): the status traffic the uplink benches and link tests send, each with its own samples.
 */
export function solarReading(timeUnixMs: number, samples: outpost.v1.ISample[]): outpost.v1.IRecord {
  return {
    timeUnixMs,
    timeQuality: v1.TimeQuality.TIME_QUALITY_GPS,
    reading: {
      sensor: 'power',
      channels: [
        { name: 'battery_voltage', unit: 'V' },
        { name: 'charge_current', unit: 'A' },
        { name: 'load_current', unit: 'A' },
        { name: 'panel_voltage', unit: 'V' },
      ],
      samples,
    },
  };
}
