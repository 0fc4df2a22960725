import { imaging } from '../imaging.js';
import type { RawPicture } from '../thumbnail.js';

/** The analysis grid: frames are scaled to this (JPEG shrink-on-load makes it cheap), greyscale. */
export const GRID = { width: 320, height: 180 };

/** What tamper analysis reads from one frame. */
export interface FrameFeatures {
  /** Mean grey level, 0..255. */
  mean: number;
  /** Standard deviation of the grey levels: near 0 for a covered lens. */
  spread: number;
  /** Variance of the Laplacian divided by the grey variance: focus, independent of exposure. */
  sharpness: number;
  /** Edge map: 1 where the gradient is among the strongest tenth of the frame. */
  edges: Uint8Array;
  /** The grey pixels, for comparing consecutive frames (frozen picture). */
  grey: Uint8Array;
}

/** Decodes and measures one frame; about 10–25 ms for a 1080p JPEG on a small board. */
export async function frameFeatures(jpeg: Buffer): Promise<FrameFeatures> {
  const sharp = await imaging();
  const { data } = await sharp(jpeg).rotate().greyscale().resize({ width: GRID.width, height: GRID.height, fit: 'fill', fastShrinkOnLoad: true }).raw().toBuffer({ resolveWithObject: true });
  return featuresOf(new Uint8Array(data.buffer, data.byteOffset, GRID.width * GRID.height));
}

/**
 * The same measures from a picture already decoded (a snapshot's thumbnail decode, at least
 * GRID.width wide): no second decode of the JPEG, which halves the decoding a snapshot costs,
 * in time and in the memory the decoder leaves in the allocator (bench:camera, README).
 */
export async function pictureFeatures(picture: RawPicture): Promise<FrameFeatures> {
  const sharp = await imaging();
  const { data } = await sharp(picture.data, { raw: { width: picture.width, height: picture.height, channels: picture.channels as 3 } }).greyscale().resize({ width: GRID.width, height: GRID.height, fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
  return featuresOf(new Uint8Array(data.buffer, data.byteOffset, GRID.width * GRID.height));
}

export function featuresOf(grey: Uint8Array): FrameFeatures {
  const { width, height } = GRID;
  let sum = 0;
  let squares = 0;
  for (const value of grey) {
    sum += value;
    squares += value * value;
  }
  const count = grey.length;
  const mean = sum / count;
  const variance = Math.max(0, squares / count - mean * mean);
  // Laplacian and gradient on the inner pixels, after a 3×3 box blur so sensor noise counts less.
  const smooth = boxBlur(grey, width, height);
  let lapSum = 0;
  let lapSquares = 0;
  const gradient = new Float32Array(count);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const at = y * width + x;
      const centre = grey[at] as number;
      const laplacian = (grey[at - 1] as number) + (grey[at + 1] as number) + (grey[at - width] as number) + (grey[at + width] as number) - 4 * centre;
      lapSum += laplacian;
      lapSquares += laplacian * laplacian;
      const gx = (smooth[at + 1] as number) - (smooth[at - 1] as number);
      const gy = (smooth[at + width] as number) - (smooth[at - width] as number);
      gradient[at] = Math.abs(gx) + Math.abs(gy);
    }
  }
  const inner = (width - 2) * (height - 2);
  const lapMean = lapSum / inner;
  const lapVariance = lapSquares / inner - lapMean * lapMean;
  return { mean, spread: Math.sqrt(variance), sharpness: lapVariance / (variance + 1), edges: strongest(gradient, 0.1), grey };
}

function boxBlur(grey: Uint8Array, width: number, height: number): Float32Array {
  const out = new Float32Array(grey.length);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      let total = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) total += grey[(y + dy) * width + x + dx] as number;
      out[y * width + x] = total / 9;
    }
  }
  return out;
}

/** 1 for the `share` of pixels with the strongest gradient (at least a small floor, so a flat frame has none). */
function strongest(gradient: Float32Array, share: number): Uint8Array {
  const histogram = new Uint32Array(1021);
  for (const value of gradient) histogram[Math.min(1020, Math.round(value))]! += 1;
  let wanted = Math.round(gradient.length * share);
  let threshold = 1020;
  while (threshold > 0 && wanted > 0) {
    wanted -= histogram[threshold] as number;
    threshold -= 1;
  }
  const floor = Math.max(threshold, 6);
  const edges = new Uint8Array(gradient.length);
  for (let index = 0; index < gradient.length; index++) edges[index] = (gradient[index] as number) > floor ? 1 : 0;
  return edges;
}

/** Share of the reference's edges found within one pixel in the frame: near 1 for the same view. */
export function edgeOverlap(reference: Uint8Array, frame: Uint8Array): number {
  const { width, height } = GRID;
  let total = 0;
  let found = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const at = y * width + x;
      if (reference[at] !== 1) continue;
      total += 1;
      let near = false;
      for (let dy = -1; dy <= 1 && !near; dy++) for (let dx = -1; dx <= 1 && !near; dx++) near = frame[at + dy * width + dx] === 1;
      if (near) found += 1;
    }
  }
  return total === 0 ? 1 : found / total;
}

/** Mean absolute difference of two grey frames, 0..255. */
export function meanDifference(a: Uint8Array, b: Uint8Array): number {
  let total = 0;
  for (let index = 0; index < a.length; index++) total += Math.abs((a[index] as number) - (b[index] as number));
  return total / a.length;
}
