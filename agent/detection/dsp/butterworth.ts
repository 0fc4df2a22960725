import { OutpostError } from '../../../kernel/errors.js';

/**
 * Butterworth band-pass as ObsPy's `obspy.signal.filter.bandpass(data, freqmin, freqmax, df,
 * corners, zerophase=False)`: scipy's `iirfilter(corners, [lo, hi], btype='band', ftype='butter',
 * output='zpk')` (analog prototype `buttap`, `lp2bp_zpk`, `bilinear_zpk` with fs = 2 on
 * frequencies normalised to Nyquist and pre-warped), then `zpk2sos` and `sosfilt` (direct form II
 * transposed, zero initial state). Causal only: the live chain cannot look ahead, so the
 * zero-phase variant is deliberately absent.
 *
 * `corners` is ObsPy's meaning: the low-pass prototype order. The band-pass has 2·corners poles,
 * in `corners` second-order sections.
 *
 * Differences from ObsPy, on purpose: a high corner at or above Nyquist is an error here (ObsPy
 * warns and silently applies a high-pass), and the zeros are paired one at z = +1 and one at
 * z = −1 per section (scipy's 'nearest' pairing may group them differently), which changes the
 * output only by floating-point rounding.
 */

/** One second-order section [b0, b1, b2, a0 = 1, a1, a2], as a row of scipy's `sos`. */
export type Section = readonly [number, number, number, number, number, number];

type Complex = readonly [number, number];

const add = (a: Complex, b: Complex): Complex => [a[0] + b[0], a[1] + b[1]];
const sub = (a: Complex, b: Complex): Complex => [a[0] - b[0], a[1] - b[1]];
const mul = (a: Complex, b: Complex): Complex => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
const div = (a: Complex, b: Complex): Complex => {
  const d = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / d, (a[1] * b[0] - a[0] * b[1]) / d];
};
/** Principal square root, as numpy's. */
const sqrt = (a: Complex): Complex => {
  const r = Math.hypot(a[0], a[1]);
  const re = Math.sqrt((r + a[0]) / 2);
  const im = Math.sqrt(Math.max(0, (r - a[0]) / 2));
  return [re, a[1] < 0 ? -im : im];
};

/** Checks the corners against the sampling rate; throws an OutpostError a technician can act on. */
export function checkBand(freqmin: number, freqmax: number, df: number, corners: number, subject?: string): void {
  const nyquist = df / 2;
  const fail = (message: string, hint: string): never => {
    throw new OutpostError(message, { code: 'detection.bandpass', subject, hint });
  };
  if (!(df > 0)) fail(`sampling rate must be positive, got ${df}`, 'set sample_rate (or --rate) to the digitizer rate in Hz');
  if (!Number.isInteger(corners) || corners < 1 || corners > 8) fail(`filter order must be an integer 1..8, got ${corners}`, 'use 2 or 4');
  if (!(freqmin > 0 && freqmin < freqmax)) fail(`band-pass corners must satisfy 0 < low < high, got ${freqmin}-${freqmax} Hz`, 'write them low first, e.g. 10-20');
  if (freqmax >= nyquist * (1 - 1e-6)) {
    fail(`band-pass high corner ${freqmax} Hz is at or above Nyquist (${nyquist} Hz for ${df} samples/s)`, `lower the high corner below ${nyquist} Hz or raise the sample rate`);
  }
}

/** The second-order sections of the band-pass, first section carrying the gain (as scipy's zpk2sos). */
export function butterworthBandpass(freqmin: number, freqmax: number, df: number, corners: number): Section[] {
  checkBand(freqmin, freqmax, df, corners);
  const fe = 0.5 * df;
  // scipy.signal.iirfilter with analog=False and no fs: fs = 2 on Nyquist-normalised corners, pre-warped.
  const fs2 = 4;
  const warpedLow = 2 * 2 * Math.tan((Math.PI * (freqmin / fe)) / 2);
  const warpedHigh = 2 * 2 * Math.tan((Math.PI * (freqmax / fe)) / 2);
  const bw = warpedHigh - warpedLow;
  const wo2: Complex = [warpedLow * warpedHigh, 0];

  // buttap: p = -exp(1j*pi*m/(2N)), m = -N+1, -N+3, ..., N-1; k = 1.
  const analog: Complex[] = [];
  for (let m = -corners + 1; m < corners; m += 2) {
    const theta = (Math.PI * m) / (2 * corners);
    analog.push([-Math.cos(theta), -Math.sin(theta)]);
  }
  // lp2bp_zpk: each prototype pole p gives p·bw/2 ± sqrt((p·bw/2)² − wo²); N zeros at s = 0; k = bw^N.
  const bandPoles: Complex[] = [];
  for (const p of analog) {
    const lp: Complex = [(p[0] * bw) / 2, (p[1] * bw) / 2];
    const root = sqrt(sub(mul(lp, lp), wo2));
    bandPoles.push(add(lp, root), sub(lp, root));
  }
  // bilinear_zpk: z = (fs2 + s)/(fs2 − s); zeros at s = 0 map to +1 and the N missing zeros go to −1.
  let gain: Complex = [bw ** corners, 0];
  const fs2c: Complex = [fs2, 0];
  const digital: Complex[] = [];
  for (const p of bandPoles) {
    digital.push(div(add(fs2c, p), sub(fs2c, p)));
    gain = div(gain, sub(fs2c, p));
  }
  const k = gain[0] * fs2 ** corners;
  return pairSections(digital, k);
}

/** Conjugate pairs (and real poles two by two) into sections, poles nearest the unit circle last. */
function pairSections(poles: Complex[], k: number): Section[] {
  const tiny = 1e-12;
  const quadratics: [number, number][] = [];
  const reals: number[] = [];
  for (const p of poles) {
    if (Math.abs(p[1]) <= tiny) reals.push(p[0]);
    else if (p[1] > 0) quadratics.push([-2 * p[0], p[0] * p[0] + p[1] * p[1]]);
  }
  reals.sort((a, b) => a - b);
  for (let i = 0; i + 1 < reals.length; i += 2) {
    const r1 = reals[i] as number;
    const r2 = reals[i + 1] as number;
    quadratics.push([-(r1 + r2), r1 * r2]);
  }
  // a2 = |p|² for a conjugate pair: the smallest is farthest from the unit circle.
  quadratics.sort((a, b) => Math.abs(a[1]) - Math.abs(b[1]));
  return quadratics.map(([a1, a2], index) => {
    const g = index === 0 ? k : 1;
    return [g, 0, -g, 1, a1, a2] as const;
  });
}

/** |H(f)| of the sections at frequency `f` Hz for sampling rate `df`. */
export function magnitudeAt(sections: readonly Section[], f: number, df: number): number {
  const w = (2 * Math.PI * f) / df;
  const z1: Complex = [Math.cos(-w), Math.sin(-w)];
  const z2: Complex = [Math.cos(-2 * w), Math.sin(-2 * w)];
  let h: Complex = [1, 0];
  for (const [b0, b1, b2, , a1, a2] of sections) {
    const num = add(add([b0, 0], mul([b1, 0], z1)), mul([b2, 0], z2));
    const den = add(add([1, 0], mul([a1, 0], z1)), mul([a2, 0], z2));
    h = mul(h, div(num, den));
  }
  return Math.hypot(h[0], h[1]);
}

/**
 * Streaming `sosfilt`: keeps each section's two state values between calls, so filtering a
 * signal in chunks gives exactly what filtering it whole gives.
 */
export class SosFilter {
  private readonly coefficients: Float64Array;
  private readonly state: Float64Array;
  readonly sectionCount: number;

  constructor(sections: readonly Section[]) {
    this.sectionCount = sections.length;
    this.coefficients = new Float64Array(sections.length * 5);
    this.state = new Float64Array(sections.length * 2);
    sections.forEach(([b0, b1, b2, a0, a1, a2], index) => {
      // zpk2sos gives a0 = 1; normalise anyway so a hand-made section also works.
      this.coefficients.set([b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0], index * 5);
    });
  }

  /** Filters `input` into `output` (they may be the same array). */
  process(input: ArrayLike<number>, output: Float64Array): Float64Array {
    const n = input.length;
    if (output !== input) for (let i = 0; i < n; i++) output[i] = input[i] as number;
    const c = this.coefficients;
    const s = this.state;
    for (let section = 0; section < this.sectionCount; section++) {
      const o = section * 5;
      const b0 = c[o] as number;
      const b1 = c[o + 1] as number;
      const b2 = c[o + 2] as number;
      const a1 = c[o + 3] as number;
      const a2 = c[o + 4] as number;
      let z1 = s[section * 2] as number;
      let z2 = s[section * 2 + 1] as number;
      for (let i = 0; i < n; i++) {
        const x = output[i] as number;
        const y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        output[i] = y;
      }
      s[section * 2] = z1;
      s[section * 2 + 1] = z2;
    }
    return output;
  }

  /** Back to the zero initial state (after a gap in the data). */
  reset(): void {
    this.state.fill(0);
  }
}

/** ObsPy's `bandpass(data, freqmin, freqmax, df, corners, zerophase=False)` on a whole trace. */
export function bandpass(data: ArrayLike<number>, freqmin: number, freqmax: number, df: number, corners = 4): Float64Array {
  const filter = new SosFilter(butterworthBandpass(freqmin, freqmax, df, corners));
  return filter.process(data, new Float64Array(data.length));
}
