import { OutpostError } from '../../../kernel/errors.js';
import { imaging } from './imaging.js';

export interface ThumbnailLimits {
  /** Width in pixels; the height follows the frame's aspect. */
  width: number;
  /** Largest thumbnail in bytes: a few KB cross a 9.6 kbit/s radio in seconds. */
  maxBytes: number;
}

export interface Thumbnail {
  bytes: Buffer;
  width: number;
  height: number;
  quality: number;
  /** The full frame's size, read while decoding it. */
  fullWidth: number;
  fullHeight: number;
  /** The frame as decoded for it (RGB, `width` wide before any shrinking to fit): tamper analysis reads it instead of decoding the JPEG again. */
  decoded: RawPicture;
}

/** Decoded pixels, interleaved. */
export interface RawPicture {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

const QUALITIES = [75, 60, 50, 40, 30, 22, 15, 10];

/**
 * A JPEG thumbnail under a byte budget: the frame is decoded and scaled once, then encoded at
 * falling qualities until it fits (a busy scene needs a lower quality than a blank wall). Past
 * the lowest quality the width shrinks by a quarter and the qualities are tried again.
 */
export async function makeThumbnail(frame: Buffer, limits: ThumbnailLimits, label: string): Promise<Thumbnail> {
  const sharp = await imaging();
  let decoded: { data: Buffer; info: { width: number; height: number; channels: number } };
  let full: { width?: number | undefined; height?: number | undefined };
  try {
    full = await sharp(frame).metadata();
    decoded = await sharp(frame).rotate().resize({ width: limits.width, withoutEnlargement: true }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new OutpostError(`${label}: the frame cannot be decoded as an image (${error instanceof Error ? error.message : String(error)})`, { code: 'camera.bad_image', cause: error, hint: 'the camera sent a broken JPEG; if it repeats, check its firmware and network' });
  }
  const first: RawPicture = { data: decoded.data, width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels };
  let { data, info } = decoded;
  for (;;) {
    for (const quality of QUALITIES) {
      const bytes = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 3 } }).jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' }).toBuffer();
      if (bytes.length <= limits.maxBytes) return { bytes, width: info.width, height: info.height, quality, fullWidth: full.width ?? info.width, fullHeight: full.height ?? info.height, decoded: first };
    }
    const width = Math.floor(info.width * 0.75);
    if (width < 16) throw new OutpostError(`${label}: no thumbnail fits in ${limits.maxBytes} bytes`, { code: 'camera.thumbnail', hint: 'raise thumbnail.max_size' });
    const smaller = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 3 } }).resize({ width }).raw().toBuffer({ resolveWithObject: true });
    data = smaller.data;
    info = smaller.info;
  }
}
