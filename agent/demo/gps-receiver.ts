import { withChecksum } from '../../drivers/nmea/sentence.js';

/**
 * A GPS receiver's NMEA 0183 output once a second, as a u-blox module with a 3D fix at the
 * post gives it: GGA, GSA, RMC and VTG from the GN talker, each with its checksum, time from
 * the wall clock. The position wanders by a metre or so, as a real fix does.
 */
export class GpsSentences {
  constructor(
    private readonly lat: number,
    private readonly lon: number,
    private readonly altM: number,
    private readonly random: () => number = Math.random,
  ) {}

  epoch(now: Date = new Date()): string {
    const lat = this.lat + (this.random() - 0.5) * 1e-5;
    const lon = this.lon + (this.random() - 0.5) * 1e-5;
    // The epoch's own time to the hundredth: the simulator does not tick on the second as a receiver does.
    const time = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}.${pad(Math.floor(now.getUTCMilliseconds() / 10))}`;
    const date = `${pad(now.getUTCDate())}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCFullYear() % 100)}`;
    const [latText, ns] = angle(lat, 2, 'N', 'S');
    const [lonText, ew] = angle(lon, 3, 'E', 'W');
    const satellites = 9 + Math.floor(this.random() * 4);
    const hdop = (0.8 + this.random() * 0.4).toFixed(2);
    return [
      `GNGGA,${time},${latText},${ns},${lonText},${ew},1,${pad(satellites)},${hdop},${this.altM.toFixed(1)},M,47.0,M,,`,
      `GNGSA,A,3,05,07,13,15,18,23,24,29,30,,,,1.60,${hdop},1.25`,
      `GNRMC,${time},A,${latText},${ns},${lonText},${ew},0.02,,${date},,,A`,
      'GNVTG,,T,,M,0.02,N,0.04,K,A',
    ]
      .map((body) => `${withChecksum(body)}\r\n`)
      .join('');
  }
}

function angle(value: number, degreeDigits: number, positive: string, negative: string): [string, string] {
  const absolute = Math.abs(value);
  const degrees = Math.floor(absolute);
  const minutes = (absolute - degrees) * 60;
  return [`${String(degrees).padStart(degreeDigits, '0')}${minutes.toFixed(5).padStart(8, '0')}`, value >= 0 ? positive : negative];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
