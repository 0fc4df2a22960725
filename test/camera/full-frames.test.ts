import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, writeFileSync } from 'node:fs';
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
import { FakeTimers } from '../support/fake-timers.js';
import { startCameraServer } from '../support/camera-server.js';
import { createCameraBus } from '../../drivers/camera/factory.js';
import { cameraBusSchema } from '../../drivers/camera/config.js';
import { cameraSensorSchema } from '../../agent/sensors/camera/config.js';
import { CameraSensor } from '../../agent/sensors/camera/sensor.js';
import { FULL_FRAME_CHECK_MS, MAX_SENT_BYTES } from '../../agent/sensors/camera/full-frames.js';
import { linkNow } from '../../agent/runtime/link-now.js';
import { Pipeline } from '../../agent/runtime/pipeline.js';
import { defaultParts } from '../../agent/runtime/parts.js';
import { parseConfig } from '../../agent/config/index.js';

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

test('a kept clip goes the same way, as video/mp4 under its own id, and a file too large for one envelope is left for fetch-file', async () => {
  const dir = tempDir();
  const store = new FrameStore(join(dir, 'frames'), { maxBytes: 50_000_000, maxAgeMs: 3_600_000 });
  const clip = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(4_000, 7)]);
  const taken = Date.now();
  const part = await store.partPath('gate-cam-clip-1', 'video/mp4');
  writeFileSync(part, clip);
  assert.ok(await store.adopt('gate-cam-clip-1', part, taken, 'video/mp4'));
  const record: outpost.v1.ISnapshot = { id: 'gate-cam-clip-1', camera: 'gate-cam', contentType: 'video/mp4', reason: v1.SnapshotReason.SNAPSHOT_REASON_ALARM, detectionId: 'det-9', fullSizeBytes: clip.length };
  assert.ok(await store.awaitSending('gate-cam-clip-1', aboutOf(record)));
  const huge = Buffer.alloc(MAX_SENT_BYTES + 1, 1);
  assert.ok(await store.put('gate-cam-big-1', huge, taken - 1_000));
  assert.ok(await store.awaitSending('gate-cam-big-1', aboutOf({ id: 'gate-cam-big-1', camera: 'gate-cam', contentType: 'image/jpeg', fullSizeBytes: huge.length })));
  const sent: RecordDraft[] = [];
  const counters = { full_frames_sent: 0, full_frames_too_large: 0 };
  const frames = new FullFrameSender({ store, sink: { emit: (draft) => sent.push(draft) }, link: idleLink, maxDelayMs: 60_000, timers: realTimers, log: silentLogger(), counters });
  assert.ok(await frames.tryOnce());
  const snapshot = (sent[0] as { snapshot: outpost.v1.ISnapshot }).snapshot;
  assert.equal([snapshot.id, snapshot.contentType, snapshot.detectionId, Number(snapshot.fullSizeBytes ?? 0)], ['gate-cam-clip-1', 'video/mp4', 'det-9', 0]);
  assert.ok(Buffer.from(snapshot.data as Uint8Array).equals(clip));
  assert.not.ok(await frames.tryOnce(), 'the oversized frame is not sent');
  assert.equal(counters, { full_frames_sent: 1, full_frames_too_large: 1 });
  assert.is((await store.get('gate-cam-big-1'))?.length, huge.length, 'it stays for fetch-file');
  assert.is(await store.nextUnsent(), undefined);
});

test('a camera sensor with when_idle: an unacked alarm in the real outbox holds the full frame back; once acked, the frame follows (on_request: never)', async () => {
  const dir = tempDir();
  const jpeg = testPatternJpeg(dir, 640, 360, 'testsrc2');
  const server = await startCameraServer({ answer: (_request, response) => response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg) });
  const { config } = parseConfig(`post: { id: bp-001 }\noutbox: { path: ${join(dir, 'outbox.db')} }\nuplink: { broker: 'mqtt://127.0.0.1:1' }\n`, 'post.yaml', {});
  assert.ok(config);
  const outbox = defaultParts().openOutbox(config, silentLogger());
  const time = { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_NTP }) };
  const pipeline = new Pipeline({ outbox, time, log: silentLogger() });
  const bus = createCameraBus(cameraBusSchema.parse({ type: 'camera', url: server.url('/snap.jpg'), timeout: '2s' }), { name: 'gate-cam', log: silentLogger() });
  const timers = new FakeTimers();
  const sensorOf = (send: string, folder: string): CameraSensor =>
    new CameraSensor({
      name: `pictures-${send}`,
      config: cameraSensorSchema.parse({ type: 'camera', bus: 'gate-cam', schedule: 0, tamper: { check_every: 0 }, full_frames: { send } }),
      camera: bus,
      store: new FrameStore(join(dir, folder), LIMITS),
      sink: pipeline,
      time,
      log: silentLogger(),
      link: () => linkNow({ connected: true, deliveryRateBytesPerS: 1_000_000 }, outbox, pipeline),
      timers,
    });
  const idle = sensorOf('when_idle', 'idle');
  const asked = sensorOf('on_request', 'asked');
  /** What waits in the outbox, by kind; ack(kind) acks those records as the centre would. */
  const waiting = (): { seq: number; record: outpost.v1.IRecord }[] => {
    const lease = outbox.nextBatch({ maxBytes: 10_000_000, maxRecords: 100 });
    if (lease === undefined) return [];
    outbox.release(lease);
    return lease.records.map((leased) => ({ seq: Number(leased.seq), record: v1.Record.decode(leased.bytes) }));
  };
  const ack = (which: (record: outpost.v1.IRecord) => boolean): void => {
    for (const { seq } of waiting().filter((entry) => which(entry.record))) outbox.ack([{ first: seq, last: seq }]);
  };
  /** One look at the link by each sensor, finished (stop waits for a look under way), then started again. */
  const look = async (): Promise<void> => {
    await timers.advance(FULL_FRAME_CHECK_MS);
    await Promise.all([idle.stop(), asked.stop()]);
    await pipeline.drain();
    await Promise.all([idle.start(), asked.start()]);
  };
  try {
    await bus.start();
    await Promise.all([idle.start(), asked.start()]);
    pipeline.emit({ detection: { id: 'det-1', sensor: 'track', kind: v1.DetectionKind.DETECTION_KIND_BEAM_BREAK } });
    const thumbnails = [await idle.snapshotNow(), await asked.snapshotNow()];
    await pipeline.drain();
    ack((record) => record.snapshot != null);
    assert.equal(waiting().map(({ record }) => record.detection?.id), ['det-1'], 'an alarm waits, unacked');
    await look();
    await look();
    assert.equal(waiting().map(({ record }) => record.detection?.id ?? record.snapshot?.id), ['det-1'], 'no full frame while the alarm waits');
    ack(() => true);
    await look();
    const after = waiting();
    assert.is(after.length, 1, 'one full frame, from the when_idle camera only');
    const full = after[0]?.record.snapshot;
    assert.is(full?.id, thumbnails[0]?.id, 'under the thumbnail\'s id');
    assert.ok(Buffer.from(full?.data ?? []).equals(jpeg), 'the frame itself');
    assert.is(after[0]?.record.priority, v1.Priority.PRIORITY_BULK);
    ack(() => true);
    await look();
    assert.equal(waiting(), [], 'sent once; the on_request camera sends nothing');
  } finally {
    await Promise.all([idle.stop(), asked.stop()]);
    await bus.stop();
    await server.close();
    await pipeline.stop();
    await outbox.close();
  }
});

test.run();
