import { constants, createDeflateRaw, deflateRawSync, type DeflateRaw } from 'node:zlib';

/**
 * Raw DEFLATE of a small buffer through one kept zlib stream per window size, reset after each
 * call, instead of `deflateRawSync`, which builds a zlib stream (a native handle, its ~50-250 KiB
 * of state, an async id) and closes it on every call: for an envelope of a few KB that was half
 * the cost of deflating it (issue 13). The bytes are zlib's for the same parameters, identical to
 * `deflateRawSync(input, { windowBits, memLevel })`.
 *
 * Node's synchronous API closes its handle after each call, so the kept stream is driven through
 * its native handle (`_handle.writeSync`, `_writeState`, `_handle.reset`): internals, not API. They
 * are checked once, on first use, by deflating a sample both ways and comparing the bytes; if any
 * is missing or the bytes differ, every call goes to `deflateRawSync` for the life of the process.
 */
interface NativeZlib {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  reset(): void;
}

interface KeptStream {
  handle: NativeZlib;
  /** [avail_out, avail_in] after the last writeSync, filled in by the native side. */
  state: Uint32Array;
  failed: () => boolean;
}

export interface DeflateParams {
  windowBits: number;
  memLevel: number;
}

const streams = new Map<string, KeptStream>();
let scratch = new Uint8Array(16 * 1024);
/** undefined until the first call checks the internals. */
let usable: boolean | undefined;
/** Tests only: force the public-API path. */
let forcedFallback = false;

/** `deflateRawSync(input, params)`'s bytes, from a kept stream when the internals allow. */
export function deflateRawKept(input: Uint8Array, params: DeflateParams): Uint8Array {
  if (forcedFallback || !(usable ??= checkInternals())) return deflateRawSync(input, params);
  const out = deflateWith(streamFor(params), input);
  return out ?? deflateRawSync(input, params);
}

/** Which path deflateRawKept takes: 'kept' or 'fallback'. */
export function deflaterPath(): 'kept' | 'fallback' {
  return !forcedFallback && (usable ??= checkInternals()) ? 'kept' : 'fallback';
}

/** For tests: make every call use deflateRawSync (true) or the kept stream again (false). */
export function forceDeflateFallback(on: boolean): void {
  forcedFallback = on;
}

function streamFor(params: DeflateParams): KeptStream {
  const key = `${params.windowBits}/${params.memLevel}`;
  let stream = streams.get(key);
  if (stream === undefined) {
    stream = openStream(params);
    streams.set(key, stream);
  }
  return stream;
}

function openStream(params: DeflateParams): KeptStream {
  const zlib = createDeflateRaw(params) as DeflateRaw & { _handle?: NativeZlib | null; _writeState?: Uint32Array };
  let error = false;
  // A native error reaches the stream as an 'error' event; without a listener it would throw later.
  zlib.on('error', () => {
    error = true;
  });
  const handle = zlib._handle;
  const state = zlib._writeState;
  if (handle == null || typeof handle.writeSync !== 'function' || typeof handle.reset !== 'function' || !(state instanceof Uint32Array) || state.length < 2) {
    throw new Error('zlib internals not as expected');
  }
  return { handle, state, failed: () => error };
}

/** One whole deflate (Z_FINISH) into the scratch buffer, copied out; undefined if zlib failed. */
function deflateWith(stream: KeptStream, input: Uint8Array): Uint8Array | undefined {
  // deflateBound for raw deflate, with room to spare: one call then always finishes.
  const bound = input.length + (input.length >> 3) + (input.length >> 6) + 64;
  if (scratch.length < bound) scratch = new Uint8Array(Math.max(bound, scratch.length * 2));
  stream.handle.writeSync(constants.Z_FINISH, input, 0, input.length, scratch, 0, bound);
  const availOut = stream.state[0]!;
  const availIn = stream.state[1]!;
  stream.handle.reset();
  if (stream.failed() || availIn !== 0 || availOut === 0) return undefined;
  return scratch.slice(0, bound - availOut);
}

function checkInternals(): boolean {
  try {
    const sample = new Uint8Array(3000);
    for (let i = 0; i < sample.length; i++) sample[i] = (i * 7 + (i >> 5)) % 61;
    const params = { windowBits: 12, memLevel: 6 };
    const stream = streamFor(params);
    const expected = deflateRawSync(sample, params);
    for (let round = 0; round < 2; round++) {
      const ours = deflateWith(stream, sample);
      if (ours === undefined || !Buffer.from(ours).equals(expected)) return false;
    }
    return true;
  } catch {
    streams.clear();
    return false;
  }
}
