import { OutpostError } from '../../../kernel/errors.js';

/**
 * STA/LTA characteristic functions with ObsPy's definitions and conventions
 * (obspy/signal/trigger.py and the C sources it wraps, obspy/signal/src/stalta.c and
 * recstalta.c). Windows are in samples.
 */

function checkWindows(nsta: number, nlta: number): void {
  if (!Number.isInteger(nsta) || !Number.isInteger(nlta) || nsta < 1 || nlta < 1) {
    throw new OutpostError(`STA and LTA windows must be whole numbers of samples >= 1, got sta ${nsta}, lta ${nlta}`, {
      code: 'detection.stalta',
      hint: 'give the windows in seconds long enough for at least one sample each',
    });
  }
}

/**
 * ObsPy `classic_sta_lta(a, nsta, nlta)` as its C version (stalta.c, OPTIMIZED_VERSION): running
 * sums of squares; charfct[i] = 0 for i < nlta − 1; from i = nlta − 1 on,
 * (Σ last nsta squares / nsta) / (Σ last nlta squares / nlta). Like ObsPy it refuses a trace
 * shorter than nlta. A zero LTA gives NaN or Infinity, as the C code's division does.
 */
export function classicStaLta(data: ArrayLike<number>, nsta: number, nlta: number): Float64Array {
  checkWindows(nsta, nlta);
  const n = data.length;
  if (n < nlta) {
    throw new OutpostError(`classic STA/LTA needs at least nlta = ${nlta} samples, got ${n}`, { code: 'detection.stalta', hint: 'use a longer trace or a shorter LTA' });
  }
  const charfct = new Float64Array(n);
  const frac = nlta / nsta;
  let sta = 0;
  for (let i = 0; i < nsta && i < n; i++) sta += (data[i] as number) ** 2;
  let lta = sta;
  for (let i = nsta; i < nlta; i++) {
    const buf = (data[i] as number) ** 2;
    lta += buf;
    sta += buf - (data[i - nsta] as number) ** 2;
  }
  charfct[nlta - 1] = (sta / lta) * frac;
  for (let i = nlta; i < n; i++) {
    const buf = (data[i] as number) ** 2;
    sta += buf - (data[i - nsta] as number) ** 2;
    lta += buf - (data[i - nlta] as number) ** 2;
    charfct[i] = (sta / lta) * frac;
  }
  return charfct;
}

/**
 * ObsPy `recursive_sta_lta(a, nsta, nlta)` as its C version (recstalta.c): sta and lta start at
 * 0, the loop starts at i = 1 (the first sample never enters the averages),
 * sta = sq/nsta + (1 − 1/nsta)·sta, lta = sq/nlta + (1 − 1/nlta)·lta, charfct[i] = sta/lta, then
 * the first nlta values are zeroed when nlta < ndat. charfct[0], which the C code leaves as
 * whatever `np.empty` held, is 0 here.
 */
export function recursiveStaLta(data: ArrayLike<number>, nsta: number, nlta: number): Float64Array {
  const charfct = new Float64Array(data.length);
  new RecursiveStaLta(nsta, nlta, data.length > nlta).process(data, charfct);
  return charfct;
}

/**
 * The recursive STA/LTA one chunk at a time; chunked results equal `recursiveStaLta` on the
 * whole trace (for traces longer than nlta, the live case). `reset()` re-primes it after a gap:
 * averages back to 0 and the next nlta values zeroed, as for a new trace.
 */
export class RecursiveStaLta {
  private readonly csta: number;
  private readonly clta: number;
  private sta = 0;
  private lta = 0;
  private index = 0;

  /** `zeroWarmup` false reproduces ObsPy on a trace no longer than nlta (nothing zeroed). */
  constructor(
    readonly nsta: number,
    readonly nlta: number,
    private readonly zeroWarmup = true,
  ) {
    checkWindows(nsta, nlta);
    this.csta = 1 / nsta;
    this.clta = 1 / nlta;
  }

  process(input: ArrayLike<number>, output: Float64Array): Float64Array {
    const { csta, clta, nlta, zeroWarmup } = this;
    const icsta = 1 - csta;
    const iclta = 1 - clta;
    let sta = this.sta;
    let lta = this.lta;
    let index = this.index;
    const n = input.length;
    for (let i = 0; i < n; i++, index++) {
      if (index === 0) {
        output[i] = 0;
        continue;
      }
      const x = input[i] as number;
      const sq = x * x;
      sta = csta * sq + icsta * sta;
      lta = clta * sq + iclta * lta;
      output[i] = zeroWarmup && index < nlta ? 0 : sta / lta;
    }
    this.sta = sta;
    this.lta = lta;
    this.index = index;
    return output;
  }

  reset(): void {
    this.sta = 0;
    this.lta = 0;
    this.index = 0;
  }
}
