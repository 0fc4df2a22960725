import type { Sharp, SharpOptions } from 'sharp';

/**
 * sharp (libvips), set up once for a small board: no operation cache (it would keep decoded
 * frames in memory between snapshots), one thread per image, and a cap on input pixels so a
 * "JPEG" that claims 60000×60000 is refused before it is decoded.
 */
export const MAX_INPUT_PIXELS = 40_000_000;

let loaded: Promise<(input: Buffer, options?: SharpOptions) => Sharp> | undefined;

export function imaging(): Promise<(input: Buffer, options?: SharpOptions) => Sharp> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    sharp.concurrency(1);
    return (input: Buffer, options?: SharpOptions) => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', ...options });
  });
  return loaded;
}
