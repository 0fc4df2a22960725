/**
 * Synthetic geophone signals, shared by the tests, the benchmark and the demo's simulated
 * digitizer, so that all three exercise the classifier on the same kinds of events.
 *
 * - Footsteps: each footfall is a short impact that rings the ground-geophone system, modelled
 *   as a damped sinusoid (ring frequency 15–30 Hz, decay 20–50 ms) on a fast attack, repeated at
 *   the walking cadence (1.4–2.5 Hz) with a few per cent of timing jitter and step-to-step
 *   amplitude scatter, under an approach/recede envelope.
 * - Vehicles: engine and tyre energy, a fundamental with two harmonics, a slow frequency wander
 *   and a smooth approach/pass/recede envelope: sustained, tonal, low kurtosis.
 * - Noise: Gaussian background (wind, distant traffic), the floor the STA/LTA measures against.
 */

/** A small seeded generator (mulberry32) so that every run of a test sees the same signal. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Adds Gaussian noise of the given RMS to `signal` (in place). */
export function addNoise(signal: Float64Array, rms: number, random: () => number): Float64Array {
  for (let i = 0; i < signal.length; i++) signal[i] = (signal[i] as number) + rms * gaussian(random);
  return signal;
}

export interface FootstepOptions {
  rate: number;
  startS: number;
  steps: number;
  cadenceHz: number;
  /** Peak amplitude of the loudest footfall, counts. */
  amplitude: number;
  random: () => number;
  ringHz?: number;
  decayS?: number;
}

export function addFootsteps(signal: Float64Array, options: FootstepOptions): Float64Array {
  const { rate, startS, steps, cadenceHz, amplitude, random } = options;
  const ringHz = options.ringHz ?? 15 + 15 * random();
  const decayS = options.decayS ?? 0.02 + 0.03 * random();
  const length = Math.ceil(decayS * 8 * rate);
  let t = startS;
  for (let step = 0; step < steps; step++) {
    // Louder while the walker is nearest the sensor, in the middle of the passage.
    const nearness = Math.sin((Math.PI * (step + 0.5)) / steps);
    const a = amplitude * (0.35 + 0.65 * nearness) * (0.8 + 0.4 * random());
    const first = Math.round(t * rate);
    const phase = random() * Math.PI;
    for (let k = 0; k < length; k++) {
      const i = first + k;
      if (i < 0 || i >= signal.length) continue;
      const time = k / rate;
      const attack = 1 - Math.exp(-time / 0.003);
      signal[i] = (signal[i] as number) + a * attack * Math.exp(-time / decayS) * Math.sin(2 * Math.PI * ringHz * time + phase);
    }
    t += (1 / cadenceHz) * (1 + 0.06 * (random() - 0.5));
  }
  return signal;
}

export interface VehicleOptions {
  rate: number;
  startS: number;
  durationS: number;
  /** Engine fundamental, Hz. */
  fundamentalHz: number;
  amplitude: number;
  random: () => number;
}

export function addVehicle(signal: Float64Array, options: VehicleOptions): Float64Array {
  const { rate, startS, durationS, fundamentalHz, amplitude, random } = options;
  const first = Math.round(startS * rate);
  const count = Math.round(durationS * rate);
  const harmonics = [1, 0.5 + 0.3 * random(), 0.25 + 0.2 * random()];
  const phases = harmonics.map(() => random() * 2 * Math.PI);
  let phase = 0;
  for (let k = 0; k < count; k++) {
    const i = first + k;
    if (i >= signal.length) break;
    const progress = k / count;
    // Approach, pass, recede; the engine note wanders a little with the throttle.
    const envelope = Math.sin(Math.PI * progress) ** 2;
    const f = fundamentalHz * (1 + 0.03 * Math.sin(2 * Math.PI * 0.2 * (k / rate)));
    phase += (2 * Math.PI * f) / rate;
    if (i < 0) continue;
    let value = 0;
    harmonics.forEach((weight, h) => {
      value += weight * Math.sin((h + 1) * phase + (phases[h] as number));
    });
    signal[i] = (signal[i] as number) + amplitude * envelope * value;
  }
  return signal;
}

export type SyntheticKind = 'PERSON' | 'VEHICLE' | 'NOISE';

export interface SyntheticEvent {
  kind: SyntheticKind;
  signal: Float64Array;
  /** Where the event lies in the signal, seconds. */
  startS: number;
  durationS: number;
}

/**
 * One labelled example: `leadS` seconds of background (so the LTA has settled), then a walker,
 * a vehicle or nothing, then a tail. Signal-to-noise and gait vary with the seed.
 */
export function syntheticEvent(kind: SyntheticKind, rate: number, seed: number, leadS = 20): SyntheticEvent {
  const random = seededRandom(seed);
  const noiseRms = 20;
  const eventS = kind === 'VEHICLE' ? 8 + 10 * random() : 4 + 6 * random();
  const signal = new Float64Array(Math.round((leadS + eventS + 8) * rate));
  addNoise(signal, noiseRms, random);
  if (kind === 'PERSON') {
    const cadenceHz = 1.5 + 0.9 * random();
    addFootsteps(signal, { rate, startS: leadS, steps: Math.max(4, Math.round(eventS * cadenceHz)), cadenceHz, amplitude: noiseRms * (6 + 20 * random()), random });
  } else if (kind === 'VEHICLE') {
    addVehicle(signal, { rate, startS: leadS, durationS: eventS, fundamentalHz: 12 + 5 * random(), amplitude: noiseRms * (3 + 8 * random()), random });
  }
  return { kind, signal, startS: leadS, durationS: eventS };
}
