/**
 * numpy's legacy `np.random.seed(n); np.random.randn(k)` (MT19937 seeded with init_genrand,
 * 53-bit doubles from two draws, Marsaglia's polar method keeping the second value), so that
 * tests can feed our functions the very arrays ObsPy's own tests use and compare with the
 * values those tests pin.
 */
export function numpyRandn(seed: number, count: number): Float64Array {
  const mt = new Uint32Array(624);
  mt[0] = seed >>> 0;
  for (let i = 1; i < 624; i++) {
    const previous = (mt[i - 1] as number) ^ ((mt[i - 1] as number) >>> 30);
    mt[i] = (Math.imul(1812433253, previous) + i) >>> 0;
  }
  let index = 624;
  const next32 = (): number => {
    if (index >= 624) {
      for (let k = 0; k < 624; k++) {
        const y = ((mt[k] as number) & 0x80000000) | ((mt[(k + 1) % 624] as number) & 0x7fffffff);
        let value = (mt[(k + 397) % 624] as number) ^ (y >>> 1);
        if (y & 1) value ^= 0x9908b0df;
        mt[k] = value >>> 0;
      }
      index = 0;
    }
    let y = mt[index++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  };
  const nextDouble = (): number => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992;
  const out = new Float64Array(count);
  let kept: number | undefined;
  for (let n = 0; n < count; n++) {
    if (kept !== undefined) {
      out[n] = kept;
      kept = undefined;
      continue;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * nextDouble() - 1;
      x2 = 2 * nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    kept = f * x1;
    out[n] = f * x2;
  }
  return out;
}
