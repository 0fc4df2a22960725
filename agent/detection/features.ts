/**
 * Figures of one seismic trigger, computed from the band-passed samples between its onset and
 * its end (inclusive). They feed the classifier and travel in `SeismicFeatures`.
 */
export interface TriggerFeatures {
  /** Largest |sample|, counts. */
  peak: number;
  /** Σ sample², counts². */
  energy: number;
  /** Frequency of the strongest spectral line inside the pass band, Hz. */
  dominantFrequencyHz: number;
  /** Pearson kurtosis m4/m2² (3 for Gaussian noise, 1.5 for a steady sine, large for spikes). */
  kurtosis: number;
  /** Impulses (footfalls, knocks) found in the envelope. */
  impulseCount: number;
  /** Their repetition rate, 1 / median interval, Hz; 0 with fewer than two. */
  cadenceHz: number;
  /** 1 − coefficient of variation of the intervals (1 = metronome), 0 with fewer than three impulses. */
  regularity: number;
  /** Strongest spectral line over the mean of the band: high for engines, low for broadband thumps. */
  tonality: number;
}

/** Envelope smoothing (RMS window): short enough to separate footfalls, long enough to span a ringing cycle at 10 Hz. */
const ENVELOPE_WINDOW_S = 0.05;
const ENVELOPE_HOP_S = 0.01;
/** An impulse must fall back below this share of its own height before the next one counts. */
const VALLEY_SHARE = 0.5;
/** An impulse must rise above this share of the trigger's loudest envelope (over the floor). */
const IMPULSE_SHARE = 0.3;
/** Footfalls closer than this are one impact ringing (4 steps/s is a sprint). */
const MIN_IMPULSE_INTERVAL_S = 0.25;
/** Spectral lines examined across the band. */
const SPECTRUM_LINES = 48;
/** The spectrum looks at most this many samples around the loudest moment (2 s at 500 Hz): enough resolution, bounded cost. */
const SPECTRUM_SPAN = 1024;
/** The envelope floor is a percentile of at most this many envelope values. */
const FLOOR_SAMPLES = 512;

export function triggerFeatures(samples: Float64Array, rate: number, band: readonly [number, number]): TriggerFeatures {
  const n = samples.length;
  let peak = 0;
  let energy = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = samples[i] as number;
    const a = Math.abs(x);
    if (a > peak) peak = a;
    energy += x * x;
    sum += x;
  }
  const mean = n > 0 ? sum / n : 0;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = (samples[i] as number) - mean;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  m2 /= Math.max(1, n);
  m4 /= Math.max(1, n);
  const kurtosis = m2 > 0 ? m4 / (m2 * m2) : 0;
  const spectrum = bandSpectrum(loudestSpan(samples), rate, band);
  const impulses = findImpulses(samples, rate);
  const rhythm = cadence(impulses, rate);
  return { peak, energy, kurtosis, dominantFrequencyHz: spectrum.dominantHz, tonality: spectrum.tonality, impulseCount: impulses.length, ...rhythm };
}

/** The SPECTRUM_SPAN samples with the loudest one in their middle (all of them when fewer). */
function loudestSpan(samples: Float64Array): Float64Array {
  if (samples.length <= SPECTRUM_SPAN) return samples;
  let loudest = 0;
  for (let i = 1; i < samples.length; i++) if (Math.abs(samples[i] as number) > Math.abs(samples[loudest] as number)) loudest = i;
  const start = Math.min(samples.length - SPECTRUM_SPAN, Math.max(0, loudest - SPECTRUM_SPAN / 2));
  return samples.subarray(start, start + SPECTRUM_SPAN);
}

/** Goertzel power on evenly spaced lines across the band: cheap for the few triggers a day. */
function bandSpectrum(samples: Float64Array, rate: number, band: readonly [number, number]): { dominantHz: number; tonality: number } {
  const [lo, hi] = band;
  let best = 0;
  let bestHz = 0;
  let total = 0;
  for (let line = 0; line < SPECTRUM_LINES; line++) {
    const f = lo + ((hi - lo) * line) / (SPECTRUM_LINES - 1);
    const coeff = 2 * Math.cos((2 * Math.PI * f) / rate);
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < samples.length; i++) {
      const s0 = (samples[i] as number) + coeff * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    const power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
    total += power;
    if (power > best) {
      best = power;
      bestHz = f;
    }
  }
  const meanPower = total / SPECTRUM_LINES;
  return { dominantHz: bestHz, tonality: meanPower > 0 ? best / meanPower : 0 };
}

/** Sample indices of envelope maxima that rise well above the floor and fall back between them. */
export function findImpulses(samples: Float64Array, rate: number): number[] {
  const window = Math.max(1, Math.round(ENVELOPE_WINDOW_S * rate));
  // The envelope is read every ENVELOPE_HOP_S: footfalls are far slower, and it costs a fifth.
  const hop = Math.max(1, Math.round(ENVELOPE_HOP_S * rate));
  const n = Math.ceil(samples.length / hop);
  const envelope = new Float64Array(n);
  let acc = 0;
  for (let i = 0, k = 0; i < samples.length; i++) {
    const x = samples[i] as number;
    acc += x * x;
    if (i >= window) acc -= (samples[i - window] as number) ** 2;
    if (i % hop === 0) envelope[k++] = Math.sqrt(Math.max(0, acc) / Math.min(i + 1, window));
  }
  const stride = Math.max(1, Math.floor(n / FLOOR_SAMPLES));
  const picked: number[] = [];
  let top = 0;
  for (let i = 0; i < n; i++) {
    const e = envelope[i] as number;
    if (e > top) top = e;
    if (i % stride === 0) picked.push(e);
  }
  picked.sort((x, y) => x - y);
  const floor = picked[Math.floor(picked.length * 0.1)] ?? 0;
  const rise = floor + IMPULSE_SHARE * (top - floor);
  const impulses: number[] = [];
  const heights: number[] = [];
  const minGap = (MIN_IMPULSE_INTERVAL_S * rate) / hop;
  const keep = (index: number, value: number): void => {
    const last = impulses.length - 1;
    if (last >= 0 && index - (impulses[last] as number) < minGap) {
      if (value > (heights[last] as number)) {
        impulses[last] = index;
        heights[last] = value;
      }
      return;
    }
    impulses.push(index);
    heights.push(value);
  };
  let inImpulse = false;
  let height = 0;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const e = envelope[i] as number;
    if (!inImpulse) {
      if (e > rise) {
        inImpulse = true;
        height = e;
        at = i;
      }
    } else if (e > height) {
      height = e;
      at = i;
    } else if (e < floor + VALLEY_SHARE * (height - floor)) {
      keep(at, height);
      inImpulse = false;
    }
  }
  if (inImpulse) keep(at, height);
  return impulses.map((index) => index * hop);
}

function cadence(impulses: readonly number[], rate: number): { cadenceHz: number; regularity: number } {
  if (impulses.length < 2) return { cadenceHz: 0, regularity: 0 };
  const intervals: number[] = [];
  for (let k = 1; k < impulses.length; k++) intervals.push(((impulses[k] as number) - (impulses[k - 1] as number)) / rate);
  const sorted = [...intervals].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  if (intervals.length < 2) return { cadenceHz: 1 / median, regularity: 0 };
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  const sd = Math.sqrt(intervals.reduce((a, b) => a + (b - mean) ** 2, 0) / intervals.length);
  return { cadenceHz: 1 / median, regularity: Math.max(0, Math.min(1, 1 - sd / mean)) };
}
