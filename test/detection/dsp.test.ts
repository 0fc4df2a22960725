import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { numpyRandn } from './numpy-random.js';
import {
  bandpass,
  butterworthBandpass,
  classicStaLta,
  magnitudeAt,
  recursiveStaLta,
  RecursiveStaLta,
  SosFilter,
  StreamingTrigger,
  triggerOnset,
  type Section,
} from '../../agent/detection/dsp/index.js';

const close = (actual: number, expected: number, tolerance: number, what: string): void => {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: expected ${expected}, got ${actual}`);
};

function noise(n: number, seed: number): Float64Array {
  let state = seed >>> 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state / 2 ** 31 - 1;
  }
  return out;
}

test('order-1 band-pass matches the coefficients derived by hand through prewarp, lp2bp and bilinear', () => {
  // Corners 0.25 and 0.5 of Nyquist (25 and 50 Hz at 200 Hz): warped = 4·tan(π/8), 4·tan(π/4);
  // bw = 2.343146, wo² = 6.627417; analog poles −1.171573 ± 2.292350j; digital
  // z = (4 + p)/(4 − p) gives a1 = −2·Re z = −0.585786, a2 = |z|² = 0.414214, k = 4·bw/|4 − p|² = 0.292893.
  const [section, ...rest] = butterworthBandpass(25, 50, 200, 1);
  assert.is(rest.length, 0);
  const [b0, b1, b2, a0, a1, a2] = section as Section;
  close(b0, 0.292893, 1e-6, 'b0');
  close(b1, 0, 1e-12, 'b1');
  close(b2, -0.292893, 1e-6, 'b2');
  close(a0, 1, 0, 'a0');
  close(a1, -0.585786, 1e-6, 'a1');
  close(a2, 0.414214, 1e-6, 'a2');
});

test('band-pass responses: unity in the band, −3 dB at both corners, strong attenuation outside', () => {
  for (const [lo, hi, df, order] of [
    [10, 20, 50, 4],
    [10, 20, 100, 4],
    [10, 40, 200, 2],
    [2, 8, 100, 3],
    [1, 45, 100, 5],
  ] as const) {
    const sections = butterworthBandpass(lo, hi, df, order);
    assert.is(sections.length, order, 'one section per prototype pole');
    const what = `${lo}-${hi} Hz at ${df} Hz, order ${order}`;
    close(magnitudeAt(sections, lo, df), Math.SQRT1_2, 1e-9, `${what} at low corner`);
    close(magnitudeAt(sections, hi, df), Math.SQRT1_2, 1e-9, `${what} at high corner`);
    // The pre-warped centre: geometric mean of the warped corners, mapped back.
    const warp = (f: number): number => Math.tan((Math.PI * f) / df);
    const centre = (df / Math.PI) * Math.atan(Math.sqrt(warp(lo) * warp(hi)));
    close(magnitudeAt(sections, centre, df), 1, 1e-9, `${what} at centre ${centre.toFixed(2)} Hz`);
    if (lo / 4 > 0.1) assert.ok(magnitudeAt(sections, lo / 4, df) < 10 ** (-(order * 12 - 6) / 20), `${what}: well attenuated two octaves below`);
    assert.ok(magnitudeAt(sections, 0, df) < 1e-9, `${what}: no DC`);
    assert.ok(magnitudeAt(sections, df / 2, df) < 1e-9, `${what}: nothing at Nyquist`);
  }
});

test('the whole design matches the closed-form Butterworth band-pass magnitude at every frequency', () => {
  // Through the bilinear transform a digital frequency f maps to W = tan(pi f / fs); the analog
  // band-pass from an order-N Butterworth prototype has |H|^2 = 1 / (1 + ((W^2 - W0^2) / (W B))^(2N))
  // with W0^2 = W_lo W_hi and B = W_hi - W_lo. An independent formula, no poles involved.
  for (const [lo, hi, df, order] of [
    [10, 20, 50, 4],
    [3, 12, 100, 2],
    [10, 40, 200, 6],
    [0.5, 2, 20, 3],
  ] as const) {
    const sections = butterworthBandpass(lo, hi, df, order);
    const w = (f: number): number => Math.tan((Math.PI * f) / df);
    const w0 = w(lo) * w(hi);
    const bandwidth = w(hi) - w(lo);
    for (let k = 1; k < 200; k++) {
      const f = (k / 200) * (df / 2);
      const x = (w(f) ** 2 - w0) / (w(f) * bandwidth);
      const expected = 1 / Math.sqrt(1 + x ** (2 * order));
      close(magnitudeAt(sections, f, df), expected, 1e-9, `${lo}-${hi} Hz order ${order} at ${f} Hz`);
    }
  }
});

test('filtering a sine: the steady-state amplitude is the designed gain', () => {
  const df = 100;
  const sections = butterworthBandpass(5, 15, df, 4);
  for (const f of [2, 5, 9, 15, 30]) {
    const n = 4000;
    const x = Float64Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * f * i) / df));
    const y = bandpass(x, 5, 15, df, 4);
    let peak = 0;
    for (let i = n / 2; i < n; i++) peak = Math.max(peak, Math.abs(y[i] as number));
    close(peak, magnitudeAt(sections, f, df), 0.01, `amplitude at ${f} Hz`);
  }
});

test('the streaming filter equals a plain direct-form reference, whole or in chunks of any size', () => {
  const sections = butterworthBandpass(10, 20, 50, 4);
  const x = noise(1000, 7);
  // Reference: each section as the textbook difference equation y = b·x − a·y, one after the other.
  let signal = Array.from(x);
  for (const [b0, b1, b2, , a1, a2] of sections) {
    const out: number[] = [];
    for (let i = 0; i < signal.length; i++) {
      const xi = signal[i] as number;
      const x1 = signal[i - 1] ?? 0;
      const x2 = signal[i - 2] ?? 0;
      out.push(b0 * xi + b1 * x1 + b2 * x2 - a1 * (out[i - 1] ?? 0) - a2 * (out[i - 2] ?? 0));
    }
    signal = out;
  }
  const whole = bandpass(x, 10, 20, 50, 4);
  for (let i = 0; i < x.length; i++) close(whole[i] as number, signal[i] as number, 1e-9, `sample ${i}`);
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 40 }), (sizes) => {
      const filter = new SosFilter(sections);
      const out = new Float64Array(x.length);
      let at = 0;
      for (let k = 0; at < x.length; k++) {
        const size = Math.min(sizes[k % sizes.length] as number, x.length - at);
        out.set(filter.process(x.subarray(at, at + size), new Float64Array(size)), at);
        at += size;
      }
      return out.every((value, i) => value === whole[i]);
    }),
    { numRuns: 50 },
  );
});

test('bad corners are refused with the reason and the fix', () => {
  assert.throws(() => butterworthBandpass(10, 25, 50, 4), /at or above Nyquist \(25 Hz/);
  assert.throws(() => butterworthBandpass(20, 10, 50, 4), /low < high/);
  assert.throws(() => butterworthBandpass(1, 10, 50, 0), /order/);
});

test('classic STA/LTA: a small case by hand, ObsPy zero padding, and a windowed-mean reference', () => {
  // nsta 1, nlta 2 on [1, 2, 3, 4]: 0, 4/((1+4)/2), 9/((4+9)/2), 16/((9+16)/2).
  const small = classicStaLta([1, 2, 3, 4], 1, 2);
  assert.equal(Array.from(small.slice(0, 1)), [0]);
  close(small[1] as number, 1.6, 1e-12, 'cf[1]');
  close(small[2] as number, 18 / 13, 1e-12, 'cf[2]');
  close(small[3] as number, 32 / 25, 1e-12, 'cf[3]');
  const x = noise(600, 3);
  const nsta = 7;
  const nlta = 50;
  const cf = classicStaLta(x, nsta, nlta);
  const mean = (from: number, to: number): number => {
    let sum = 0;
    for (let i = from; i < to; i++) sum += (x[i] as number) ** 2;
    return sum / (to - from);
  };
  for (let i = 0; i < x.length; i++) {
    const expected = i < nlta - 1 ? 0 : mean(i - nsta + 1, i + 1) / mean(i - nlta + 1, i + 1);
    close(cf[i] as number, expected, 1e-9, `cf[${i}]`);
  }
  assert.throws(() => classicStaLta([1, 2], 1, 3), /at least nlta = 3/);
});

test('recursive STA/LTA: by hand, the first sample never enters, the first nlta values are zeroed', () => {
  // nsta 1, nlta 2 on [5, 1, 1, 1]: sta = sq; lta = sq/2 + lta/2 → 0.5, 0.75, 0.875.
  const cf = recursiveStaLta([5, 1, 1, 1], 1, 2);
  assert.equal(Array.from(cf.slice(0, 2)), [0, 0]);
  close(cf[2] as number, 4 / 3, 1e-12, 'cf[2]');
  close(cf[3] as number, 8 / 7, 1e-12, 'cf[3]');
  // A trace no longer than nlta is not zeroed (the C code's `if (nlta < ndat)`).
  const short = recursiveStaLta([5, 2], 1, 2);
  close(short[1] as number, 2, 1e-12, 'short cf[1]');
  // A straightforward reference over a longer trace.
  const x = noise(800, 11);
  const got = recursiveStaLta(x, 10, 100);
  let sta = 0;
  let lta = 0;
  for (let i = 1; i < x.length; i++) {
    sta = (x[i] as number) ** 2 / 10 + (1 - 1 / 10) * sta;
    lta = (x[i] as number) ** 2 / 100 + (1 - 1 / 100) * lta;
    close(got[i] as number, i < 100 ? 0 : sta / lta, 1e-12, `cf[${i}]`);
  }
});

test('recursive STA/LTA in chunks equals the batch version; reset starts a new trace', () => {
  const x = noise(1500, 5);
  const whole = recursiveStaLta(x, 25, 500);
  const live = new RecursiveStaLta(25, 500);
  const out = new Float64Array(x.length);
  for (let at = 0; at < x.length; at += 64) out.set(live.process(x.subarray(at, at + 64), new Float64Array(Math.min(64, x.length - at))), at);
  assert.equal(Array.from(out), Array.from(whole));
  live.reset();
  const again = live.process(x, new Float64Array(x.length));
  assert.equal(Array.from(again), Array.from(whole));
});

test('trigger_onset conventions: onset at the first value above on, end at the last value above off', () => {
  const cf = [0, 0, 5, 5, 2, 2, 0, 0, 5, 0.5, 0, 4, 4];
  assert.equal(triggerOnset(cf, 3, 1), [
    { on: 2, off: 5 },
    { on: 8, off: 8 },
    { on: 11, off: 12 },
  ]);
  assert.equal(triggerOnset([0, 1, 2], 3, 1), []);
  // A dip below `on` but not below `off` does not start a second trigger.
  assert.equal(triggerOnset([0, 5, 2, 5, 2, 0], 3, 1), [{ on: 1, off: 4 }]);
});

test('trigger_onset max_len: cut at on + max_len; no re-trigger until a new run above on; delete drops it', () => {
  const cf = [0, 5, 5, 5, 5, 5, 5, 0, 0, 5, 0];
  assert.equal(triggerOnset(cf, 3, 1, 2), [
    { on: 1, off: 3 },
    { on: 9, off: 9 },
  ]);
  assert.equal(triggerOnset(cf, 3, 1, 2.5), [
    { on: 1, off: 3 },
    { on: 9, off: 9 },
  ], 'a fractional max_len is truncated as ObsPy returns int64 picks');
  assert.equal(triggerOnset(cf, 3, 1, 2, true), [{ on: 9, off: 9 }]);
  // A run above off that outlasts max_len, with a new run above on inside it: re-triggers after the cut.
  assert.equal(triggerOnset([0, 5, 2, 2, 2, 5, 5, 2, 0], 3, 1, 2), [
    { on: 1, off: 3 },
    { on: 5, off: 7 },
  ]);
  // With delete, the next trigger waits for the end of the run above off.
  assert.equal(triggerOnset([0, 5, 2, 2, 2, 5, 5, 2, 0, 5, 0], 3, 1, 2, true), [{ on: 9, off: 9 }]);
});

test('ObsPy\'s own known values: recursive and classic STA/LTA on np.random.seed(815) randn(1e5), nsta 5, nlta 10', () => {
  // obspy/signal/tests/test_trigger.py: test_rec_sta_lta_c and test_classic_sta_lta_c_python.
  const data = numpyRandn(815, 100_000);
  const recursive = recursiveStaLta(data, 5, 10);
  [0.80810165, 0.75939449, 0.91763978, 0.97465004].forEach((expected, k) => close(recursive[99 + k] as number, expected, 5e-8, `recursive[${99 + k}]`));
  const classic = classicStaLta(data, 5, 10);
  [0.38012302, 0.37704431, 0.47674533, 0.67992292].forEach((expected, k) => close(classic[99 + k] as number, expected, 5e-8, `classic[${99 + k}]`));
  const live = new RecursiveStaLta(5, 10);
  const chunked = new Float64Array(data.length);
  for (let at = 0; at < data.length; at += 4096) chunked.set(live.process(data.subarray(at, at + 4096), new Float64Array(Math.min(4096, data.length - at))), at);
  assert.ok(chunked.every((value, i) => value === recursive[i]), 'the streaming version gives the same 100 000 values');
});

test('ObsPy\'s own known values: trigger_onset on four sine segments, with max_len and max_len_delete', () => {
  // obspy/signal/tests/test_trigger.py: test_trigger_onset. np.arange(0, 5π, 0.1) has 158 values.
  const segment = (offset: number): number[] => Array.from({ length: Math.ceil((5 * Math.PI) / 0.1) }, (_, i) => Math.sin(i * 0.1) + offset);
  const cft = [...segment(1), ...segment(2.1), ...segment(0.4), ...segment(1)];
  const expected = [[6, 31], [69, 94], [131, 181], [215, 265], [278, 315], [480, 505], [543, 568], [605, 631]].map(([on, off]) => ({ on: on as number, off: off as number }));
  assert.equal(triggerOnset(cft, 1.5, 1.0, 50), expected);
  assert.equal(triggerOnset(cft, 1.5, 1.0, 50, true), [0, 1, 5, 6, 7].map((k) => expected[k]));
  for (const maxLenDelete of [false, true]) {
    const trigger = new StreamingTrigger(1.5, 1.0, 50, maxLenDelete);
    const live = cft.map((value) => trigger.push(value)).filter((window) => window !== undefined);
    const last = trigger.flush();
    if (last !== undefined) live.push(last);
    assert.equal(live, triggerOnset(cft, 1.5, 1.0, 50, maxLenDelete));
  }
});

// off > on is left out: ObsPy itself raises (IndexError) or pairs an onset with a later run there.
test('the streaming trigger gives exactly the batch windows, for any function and settings', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(0, 0.5, 1, 1.5, 2, 3, 3.5, 4, 6), { minLength: 1, maxLength: 120 }),
      fc.constantFrom([3, 1], [3.5, 1.5], [2, 2], [4, 0]),
      fc.constantFrom(9e99, 0, 1, 2, 3.5, 7),
      fc.boolean(),
      (cf, [on, off], maxLen, maxLenDelete) => {
        const trigger = new StreamingTrigger(on as number, off as number, maxLen, maxLenDelete);
        const live = cf.map((value) => trigger.push(value)).filter((window) => window !== undefined);
        const last = trigger.flush();
        if (last !== undefined) live.push(last);
        assert.equal(live, triggerOnset(cf, on as number, off as number, maxLen, maxLenDelete), `cf ${JSON.stringify(cf)} on ${on} off ${off} max ${maxLen} delete ${maxLenDelete}`);
      },
    ),
    { numRuns: 3000 },
  );
});

test.run();
