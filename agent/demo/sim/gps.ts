import { GpsSentences } from '../gps-receiver.js';
import { StreamServer } from '../stream-server.js';

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

/**
 * A GPS receiver on raw TCP, as a serial device server would carry it: GGA, GSA, RMC and VTG
 * with checksums once a second, a 3D fix at a fixed position that wanders by a metre, time and
 * date from the wall clock. Every connected client gets the stream; resolves once listening.
 */
export async function startGpsSimulator(options: GpsSimulatorOptions): Promise<GpsSimulator> {
  const position = options.position ?? NEAR_DEMO_POST;
  const receiver = new GpsSentences(position.lat, position.lon, position.alt_m ?? 0);
  const server = new StreamServer({ host: options.host, port: options.port }, Math.round(1000 / (options.rateHz ?? 1)), () => receiver.epoch());
  await server.start();
  return { stop: () => server.stop() };
}
