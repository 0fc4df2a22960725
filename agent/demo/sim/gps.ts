import { GpsSentences } from '../gps-receiver.js';
import { StreamServer } from '../stream-server.js';
import { withChecksum } from '../../../drivers/nmea/sentence.js';

export interface GpsSimulatorOptions {
  host: string;
  port: number;
  /** Where the simulated receiver stands; defaults near the demo post (deploy/examples/demo-post.yaml). */
  position?: { lat: number; lon: number; alt_m?: number };
  /** Epochs per second (a real receiver: 1). */
  rateHz?: number;
}

export interface GpsSimulator {
  stop(): Promise<void>;
}

/** A few metres from the demo post's surveyed position, as a real fix would be. */
const NEAR_DEMO_POST = { lat: 48.03252, lon: 11.61747, alt_m: 556 };

/** Satellites in view (id, elevation, azimuth, SNR), as GSV reports them every fifth epoch. */
const SKY: readonly [number, number, number, number][] = [
  [5, 62, 291, 44], [7, 35, 64, 41], [13, 71, 112, 47], [15, 18, 322, 33],
  [18, 44, 201, 45], [23, 27, 158, 38], [24, 9, 47, 0], [29, 52, 248, 42],
  [30, 12, 181, 29], [2, 5, 12, 0], [20, 14, 96, 31], [10, 3, 265, 0],
];

function gsv(): string {
  const count = Math.ceil(SKY.length / 4);
  let text = '';
  for (let part = 0; part < count; part += 1) {
    const satellites = SKY.slice(part * 4, part * 4 + 4).map(([id, el, az, snr]) => `${String(id).padStart(2, '0')},${el},${az},${snr === 0 ? '' : snr}`);
    text += `${withChecksum(`GPGSV,${count},${part + 1},${SKY.length},${satellites.join(',')}`)}\r\n`;
  }
  return text;
}

/**
 * A GPS receiver on raw TCP, as a serial device server would carry it: GGA, GSA, RMC and VTG
 * with checksums once a second (GSV with twelve satellites every fifth second), a 3D fix at a
 * fixed position that wanders by a metre, time and date from the wall clock. Every connected
 * client gets the stream; resolves once listening.
 */
export async function startGpsSimulator(options: GpsSimulatorOptions): Promise<GpsSimulator> {
  const position = options.position ?? NEAR_DEMO_POST;
  const receiver = new GpsSentences(position.lat, position.lon, position.alt_m ?? 0);
  let epochs = 0;
  const burst = (): string => {
    const text = receiver.epoch();
    epochs += 1;
    return epochs % 5 === 1 ? text + gsv() : text;
  };
  const server = new StreamServer({ host: options.host, port: options.port }, Math.round(1000 / (options.rateHz ?? 1)), burst);
  await server.start();
  return { stop: () => server.stop() };
}
