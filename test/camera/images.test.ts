import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { makeThumbnail } from '../../agent/sensors/camera/thumbnail.js';
import { FrameStore } from '../../agent/sensors/camera/frame-store.js';
import type { OutpostError } from '../../kernel/errors.js';
import { testPatternJpeg } from '../support/apache.js';
import { tempDir } from '../support/tmp.js';

// Noise made coarse (blown up from a sixth of the size) so that scaling down does not average it away.
const noisy = async (width: number, height: number): Promise<Buffer> => {
  const coarse = await sharp({ create: { width: Math.round(width / 6), height: Math.round(height / 6), channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 90 } } }).png().toBuffer();
  return sharp(coarse).resize({ width, height, kernel: 'nearest' }).jpeg({ quality: 95 }).toBuffer();
};

test('a 1080p test pattern and a frame of pure noise both give a 320 px thumbnail under 12 KB', async () => {
  for (const [what, frame] of [['ffmpeg testsrc2 1080p', testPatternJpeg(tempDir(), 1920, 1080, 'testsrc2')], ['gaussian noise 1080p', await noisy(1920, 1080)]] as const) {
    const thumbnail = await makeThumbnail(frame, { width: 320, maxBytes: 12_000 }, 'cam');
    const meta = await sharp(thumbnail.bytes).metadata();
    assert.is(meta.format, 'jpeg', what);
    assert.equal([meta.width, meta.height, thumbnail.fullWidth, thumbnail.fullHeight], [320, 180, 1920, 1080], what);
    assert.ok(thumbnail.bytes.length <= 12_000, `${what}: ${thumbnail.bytes.length} bytes`);
  }
});

test('the quality falls only as far as the budget needs: a plain frame keeps a high quality', async () => {
  const plain = await sharp({ create: { width: 1280, height: 720, channels: 3, background: '#406080' } }).jpeg().toBuffer();
  const busy = await noisy(1280, 720);
  const [calm, hard] = await Promise.all([makeThumbnail(plain, { width: 320, maxBytes: 12_000 }, 'cam'), makeThumbnail(busy, { width: 320, maxBytes: 12_000 }, 'cam')]);
  assert.is(calm.quality, 75);
  assert.ok(hard.quality < calm.quality, `noise at quality ${hard.quality}`);
  const tiny = await makeThumbnail(busy, { width: 320, maxBytes: 2_500 }, 'cam');
  assert.ok(tiny.bytes.length <= 2_500 && tiny.width < 320, 'past the lowest quality the width shrinks');
});

test('a broken JPEG is a clear error, not a crash', async () => {
  const frame = testPatternJpeg(tempDir(), 640, 480);
  const error = await makeThumbnail(frame.subarray(0, 300), { width: 320, maxBytes: 12_000 }, 'bus:cam').then(() => undefined, (caught: unknown) => caught as OutpostError);
  assert.is(error?.code, 'camera.bad_image');
  assert.match(error?.message ?? '', /^bus:cam: the frame cannot be decoded/);
});

test('frame store: kept by id, evicted oldest first by bytes and by age, fetched after a restart', async () => {
  const folder = join(tempDir(), 'frames');
  let now = Date.now();
  const store = new FrameStore(folder, { maxBytes: 25_000, maxAgeMs: 60_000 }, () => now);
  const frame = (fill: number): Buffer => Buffer.alloc(10_000, fill);
  assert.ok(await store.put('cam-1', frame(1), now));
  assert.ok(await store.put('cam-2', frame(2), now + 1));
  assert.ok(await store.put('cam-3', frame(3), now + 2));
  assert.equal(await store.ids(), ['cam-2', 'cam-3'], 'the oldest went to stay under 25 KB');
  assert.is(await store.get('cam-1'), undefined);
  assert.ok((await store.get('cam-3'))?.equals(frame(3)));
  assert.not.ok(await store.put('cam-big', Buffer.alloc(30_000), now), 'a frame larger than the budget is not kept');
  assert.is(await store.get('../../etc/passwd'), undefined, 'ids are names, never paths');

  now += 30_000;
  const reopened = new FrameStore(folder, { maxBytes: 25_000, maxAgeMs: 60_000 }, () => now);
  assert.equal(await reopened.ids(), ['cam-2', 'cam-3'], 'a restart finds the frames and their ages');
  now += 31_000;
  assert.equal(await reopened.ids(), [], 'past max_age they are gone');
  assert.equal(readdirSync(folder), []);
});

test('frame store: a half-written frame from a power cut is cleared at open', async () => {
  const folder = tempDir();
  writeFileSync(join(folder, 'cam-9.jpg.part'), 'half');
  const store = new FrameStore(folder, { maxBytes: 1e6, maxAgeMs: 60_000 });
  assert.equal(await store.ids(), []);
  assert.not.ok(existsSync(join(folder, 'cam-9.jpg.part')));
});

test.run();
