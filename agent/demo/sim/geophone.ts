import { addFootsteps, addVehicle, gaussian, seededRandom } from '../../detection/synthetic.js';
import { StreamServer } from '../stream-server.js';

/**
 * A simulated seismic digitizer for the demo: a geophone beside a track, streamed as the
 * digitizer's ASCII format (one integer count per line) to every TCP client, at `rate`
 * samples per second by the wall clock. Background noise, and every 30 to 60 s a passage made by
 * the same generator the tests and the benchmark use: mostly walkers, every third a vehicle.
 */
export interface GeophoneOptions {
  host?: string;
  port: number;
  rate: number;
  /** Seed of the scene, for a repeatable demo. */
  seed?: number;
  /** Seconds of quiet before the first passage (the LTA needs about 10 s to settle). */
  firstPassageS?: number;
  /** Told when someone or something starts passing, and for how long (other simulators of the scene follow it). */
  onPassage?: (kind: 'walker' | 'vehicle', durationS: number) => void;
}

const NOISE_RMS = 12;

/** The scene, sample by sample: background plus a precomputed passage when one is under way. */
export class GeophoneSignal {
  private readonly random: () => number;
  private index = 0;
  private passage: { start: number; samples: Float64Array; kind: 'walker' | 'vehicle' } | undefined;
  private nextPassage: number;
  private passages = 0;

  constructor(
    private readonly rate: number,
    seed = 1,
    firstPassageS = 25,
    private readonly onPassage?: GeophoneOptions['onPassage'],
  ) {
    this.random = seededRandom(seed);
    this.nextPassage = Math.round(firstPassageS * rate);
  }

  /** What is passing now, for the demo's log. */
  get current(): 'walker' | 'vehicle' | undefined {
    return this.passage?.kind;
  }

  next(count: number): number[] {
    const out = new Array<number>(count);
    for (let k = 0; k < count; k++, this.index++) {
      if (this.passage === undefined && this.index >= this.nextPassage) {
        const passage = this.makePassage();
        this.passage = passage;
        this.onPassage?.(passage.kind, passage.samples.length / this.rate);
      }
      let value = NOISE_RMS * gaussian(this.random);
      const passage = this.passage;
      if (passage !== undefined) {
        const offset = this.index - passage.start;
        value += passage.samples[offset] ?? 0;
        if (offset >= passage.samples.length - 1) {
          this.passage = undefined;
          this.nextPassage = this.index + Math.round((30 + 30 * this.random()) * this.rate);
        }
      }
      out[k] = Math.round(value);
    }
    return out;
  }

  private makePassage(): { start: number; samples: Float64Array; kind: 'walker' | 'vehicle' } {
    this.passages++;
    const random = this.random;
    if (this.passages % 3 === 0) {
      const durationS = 12 + 6 * random();
      const samples = addVehicle(new Float64Array(Math.round(durationS * this.rate)), { rate: this.rate, startS: 0, durationS, fundamentalHz: 13 + 4 * random(), amplitude: NOISE_RMS * (8 + 6 * random()), random });
      return { start: this.index, samples, kind: 'vehicle' };
    }
    const cadenceHz = 1.6 + 0.7 * random();
    const steps = 10 + Math.floor(8 * random());
    const samples = addFootsteps(new Float64Array(Math.round((steps / cadenceHz + 1) * this.rate)), { rate: this.rate, startS: 0.2, steps, cadenceHz, amplitude: NOISE_RMS * (25 + 40 * random()), random });
    return { start: this.index, samples, kind: 'walker' };
  }
}

/** Starts the simulated digitizer; resolves once it listens. `stop()` closes every client and the server. */
export async function startGeophone(options: GeophoneOptions): Promise<{ port: number; stop(): Promise<void> }> {
  const signal = new GeophoneSignal(options.rate, options.seed, options.firstPassageS, options.onPassage);
  const started = Date.now();
  let sent = 0;
  // Samples follow the wall clock, so the rate holds however the timer jitters.
  const dueSamples = (): string => {
    const due = Math.floor(((Date.now() - started) / 1000) * options.rate);
    if (due <= sent) return '';
    const text = `${signal.next(due - sent).join('\n')}\n`;
    sent = due;
    return text;
  };
  const server = new StreamServer({ host: options.host ?? '127.0.0.1', port: options.port }, 50, dueSamples);
  await server.start();
  return { port: server.port, stop: () => server.stop() };
}
