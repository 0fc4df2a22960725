import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { v1, type outpost } from '../../wire/index.js';
import { FrameStore } from '../../agent/sensors/camera/frame-store.js';
import { aboutOf, FullFrameSender } from '../../agent/sensors/camera/full-frames.js';
import type { LinkNow } from '../../agent/runtime/kinds.js';
import type { RecordDraft } from '../../agent/runtime/records.js';
import { realTimers } from '../../kernel/timers.js';
import { silentLogger } from '../../kernel/logger.js';
import { testPatternJpeg } from '../support/apache.js';
import { tempDir } from '../support/tmp.js';

const LIMITS = { maxBytes: 50_000_000, maxAgeMs: 3_600_000 };

function idleLink(): LinkNow {
  return { connected: true, deliveryRateBytesPerS: 1_000_000, waiting: { alarm: 0, status: 0, bulk: 0, unstored: 0 } };
}

/** A store holding two alarm frames of one detection, both marked to go up on their own, as the camera sensor marks them. */
async function keptFrames(folder: string, jpeg: Buffer, takenUnixMs: number): Promise<FrameStore> {
  const store = new FrameStore(folder, LIMITS);
  for (const index of [1, 2]) {
    const id = `gate-cam-${takenUnixMs + index}-${index}`;
    assert.ok(await store.put(id, jpeg, takenUnixMs + index));
    const thumbnail: outpost.v1.ISnapshot = {
      id,
      camera: 'gate-cam',
      contentType: 'image/jpeg',
      data: Buffer.from('thumbnail'),
      width: 320,
      height: 180,
      reason: v1.SnapshotReason.SNAPSHOT_REASON_ALARM,
      detectionId: 'det-1',
      incidentId: 'inc-1',
      triggerSensor: 'track',
      frameIndex: index,
      frameCount: 2,
      fullWidth: 640,
      fullHeight: 360,
      fullSizeBytes: jpeg.length,
    };
    assert.ok(await store.awaitSending(id, aboutOf(thumbnail)));
  }
  return store;
}

function sender(store: FrameStore, link: () => LinkNow, sent: RecordDraft[], maxDelayMs = 5_000) {
  return new FullFrameSender({ store, sink: { emit: (draft) => sent.push(draft) }, link, maxDelayMs, timers: realTimers, log: silentLogger(), counters: { full_frames_sent: 0, full_frames_too_large: 0 } });
}

test('an idle link gets the full frames one at a time, newest first, linked as the thumbnails, decodable, and never twice (also after a restart)', async () => {
  const dir = tempDir();
  const jpeg = testPatternJpeg(dir, 640, 360, 'testsrc2');
  const folder = join(dir, 'frames');
  const taken = Date.now();
  const store = await keptFrames(folder, jpeg, taken);
  let link = idleLink();
  const sent: RecordDraft[] = [];
  const frames = sender(store, () => link, sent);
  assert.ok(await frames.tryOnce(), 'the idle link takes a frame');
  assert.is(sent.length, 1);
  const first = (sent[0] as { snapshot: outpost.v1.ISnapshot; timeUnixMs: number }).snapshot;
  assert.is(first.id, `gate-cam-${taken + 2}-2`, 'the newest first');
  assert.is((sent[0] as { timeUnixMs: number }).timeUnixMs, taken + 2, 'stamped when it was taken');
  assert.equal([first.camera, first.detectionId, first.incidentId, first.triggerSensor, first.frameIndex, first.frameCount, first.reason], ['gate-cam', 'det-1', 'inc-1', 'track', 2, 2, v1.SnapshotReason.SNAPSHOT_REASON_ALARM]);
  assert.equal([first.width, first.height, Number(first.fullSizeBytes ?? 0)], [640, 360, 0], 'the picture is the frame itself');
  assert.ok(Buffer.from(first.data as Uint8Array).equals(jpeg));
  const meta = await sharp(Buffer.from(first.data as Uint8Array)).metadata();
  assert.equal([meta.format, meta.width, meta.height], ['jpeg', 640, 360]);
  // The frame just sent waits in the outbox's bulk class until acked: the next waits behind it.
  link = { ...idleLink(), waiting: { alarm: 0, status: 0, bulk: 1, unstored: 0 } };
  assert.not.ok(await frames.tryOnce(), 'one frame at a time');
  link = { ...idleLink(), waiting: { alarm: 0, status: 0, bulk: 0, unstored: 1 } };
  assert.not.ok(await frames.tryOnce(), 'not while a record is on its way to the outbox');
  link = idleLink();
  // A restart: the store is opened again from the disk.
  const reopened = new FrameStore(folder, LIMITS);
  const after = sender(reopened, () => link, sent);
  assert.ok(await after.tryOnce());
  assert.is((sent[1] as { snapshot: outpost.v1.ISnapshot }).snapshot.id, `gate-cam-${taken + 1}-1`, 'the other frame, not the one sent before the restart');
  assert.not.ok(await after.tryOnce(), 'nothing left to send');
  assert.is(sent.length, 2);
  assert.is((await reopened.get(`gate-cam-${taken + 1}-1`))?.length, jpeg.length, 'a sent frame stays for fetch-file');
});

test('an alarm or status backlog, a lost link or a link too slow for max_delay keeps the frames on the post', async () => {
  const dir = tempDir();
  const jpeg = testPatternJpeg(dir, 640, 360, 'testsrc2');
  const store = await keptFrames(join(dir, 'frames'), jpeg, Date.now());
  const sent: RecordDraft[] = [];
  let link: LinkNow = { ...idleLink(), waiting: { alarm: 3, status: 0, bulk: 0, unstored: 0 } };
  const frames = sender(store, () => link, sent, 1_000);
  assert.not.ok(await frames.tryOnce(), 'alarms waiting');
  link = { ...idleLink(), waiting: { alarm: 0, status: 2, bulk: 0, unstored: 0 } };
  assert.not.ok(await frames.tryOnce(), 'status waiting');
  link = { ...idleLink(), connected: false };
  assert.not.ok(await frames.tryOnce(), 'no link');
  // 9.6 kbit/s: the frame would hold an alarm longer than max_delay (1 s).
  link = { ...idleLink(), deliveryRateBytesPerS: 1_200 };
  assert.ok(jpeg.length > 1_200, 'the frame is larger than a second at 9.6 kbit/s');
  assert.not.ok(await frames.tryOnce(), 'too slow');
  assert.is(sent.length, 0);
  link = idleLink();
  assert.ok(await frames.tryOnce(), 'sent once the backlog is gone and the link is fast');
});

test('an idle link keeps the rate it last measured, and a new connection measures afresh', async () => {
  const dir = tempDir();
  const jpeg = testPatternJpeg(dir, 640, 360, 'testsrc2');
  const store = await keptFrames(join(dir, 'frames'), jpeg, Date.now());
  const sent: RecordDraft[] = [];
  let link: LinkNow = { ...idleLink(), waiting: { alarm: 0, status: 1, bulk: 0, unstored: 0 } };
  const frames = sender(store, () => link, sent);
  assert.not.ok(await frames.tryOnce(), 'status waiting, but the rate is learnt');
  link = { ...idleLink(), deliveryRateBytesPerS: 0 };
  assert.ok(await frames.tryOnce(), 'no fresh samples on an idle link: the last rate counts');
  link = { ...idleLink(), connected: false };
  assert.not.ok(await frames.tryOnce());
  link = { ...idleLink(), deliveryRateBytesPerS: 0 };
  assert.not.ok(await frames.tryOnce(), 'reconnected: no rate measured on this connection yet');
});

test('a frame evicted by the budget takes its pending send with it', async () => {
  const dir = tempDir();
  const jpeg = testPatternJpeg(dir, 640, 360, 'testsrc2');
  const folder = join(dir, 'frames');
  const taken = Date.now();
  await keptFrames(folder, jpeg, taken);
  const tight = new FrameStore(folder, { maxBytes: jpeg.length, maxAgeMs: 3_600_000 });
  assert.equal(await tight.ids(), [`gate-cam-${taken + 2}-2`]);
  assert.not.ok(existsSync(join(folder, `gate-cam-${taken + 1}-1.about`)), 'no metadata left for the evicted frame');
  assert.is((await tight.nextUnsent())?.id, `gate-cam-${taken + 2}-2`);
});

test.run();
