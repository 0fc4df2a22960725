import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { createCameraBus } from '../../drivers/camera/factory.js';
import { cameraBusSchema } from '../../drivers/camera/config.js';
import { cameraSensorSchema } from '../../agent/sensors/camera/config.js';
import { CameraSensor } from '../../agent/sensors/camera/sensor.js';
import { FrameStore } from '../../agent/sensors/camera/frame-store.js';
import { startCameraServer, type CameraServer } from '../support/camera-server.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { MemoryFeed, MemorySink } from '../detection/fakes.js';
import { FrameMaker } from './frames.js';

const maker = new FrameMaker(640, 360);

async function setup(sensorConfig: Record<string, unknown>, answer?: (path: string) => Buffer | 'html') {
  let frame = await maker.frame();
  const server: CameraServer = await startCameraServer({
    digest: { user: 'viewer', password: 'pw', realm: 'cam', algorithm: 'SHA-256' },
    answer: (request, response) => {
      const body = answer?.(request.url ?? '') ?? frame;
      if (body === 'html') response.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>');
      else response.writeHead(200, { 'content-type': 'image/jpeg' }).end(body);
    },
  });
  const bus = createCameraBus(cameraBusSchema.parse({ type: 'camera', url: server.url('/snap.jpg'), username: 'viewer', password: 'pw', timeout: '2s' }), { name: 'gate-cam', log: silentLogger() });
  const sink = new MemorySink();
  const feed = new MemoryFeed();
  const store = new FrameStore(tempDir(), { maxBytes: 50_000_000, maxAgeMs: 3_600_000 });
  const sensor = new CameraSensor({
    name: 'gate-pictures',
    config: cameraSensorSchema.parse({ type: 'camera', bus: 'gate-cam', schedule: 0, tamper: { check_every: 0 }, ...sensorConfig }),
    camera: bus,
    store,
    sink,
    time: { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_NTP }) },
    log: silentLogger(),
    records: feed,
  });
  await bus.start();
  await sensor.start();
  return {
    sink,
    feed,
    sensor,
    store,
    show: (next: Buffer) => (frame = next),
    snapshots: () => sink.drafts.flatMap((draft) => ('snapshot' in draft ? [draft.snapshot] : [])),
    stop: async () => {
      await sensor.stop();
      await bus.stop();
      await server.close();
    },
  };
}

const detection = (sensor: string, id: string): outpost.v1.IRecord => ({ detection: { id, sensor, kind: v1.DetectionKind.DETECTION_KIND_BEAM_BREAK } });

test('a trigger detection takes the alarm frames linked to it; other sensors do not; its incident links, not re-shoots', async () => {
  const cam = await setup({ triggers: ['track'], frames: 3, interval: '300ms' });
  cam.feed.emit(detection('geophone', 'geophone:1'));
  cam.feed.emit(detection('track', 'track:1'));
  await waitFor('the first alarm frame', () => cam.snapshots().length >= 1);
  cam.feed.emit({ incident: { id: 'incident:1', sensors: ['track', 'geophone'], detectionIds: ['track:1', 'geophone:1'] } });
  await waitFor('three alarm frames', () => cam.snapshots().length >= 3);
  const snapshots = cam.snapshots();
  assert.equal(snapshots.map((snapshot) => [snapshot.detectionId, snapshot.frameIndex, snapshot.frameCount, snapshot.triggerSensor, snapshot.reason]), [
    ['track:1', 1, 3, 'track', v1.SnapshotReason.SNAPSHOT_REASON_ALARM],
    ['track:1', 2, 3, 'track', v1.SnapshotReason.SNAPSHOT_REASON_ALARM],
    ['track:1', 3, 3, 'track', v1.SnapshotReason.SNAPSHOT_REASON_ALARM],
  ]);
  assert.is(snapshots[0]?.incidentId, undefined);
  assert.is(snapshots[2]?.incidentId, 'incident:1', 'frames after the incident carry its id');
  assert.ok((await cam.store.get(snapshots[0]?.id ?? ''))?.length, 'the full frame is kept under the snapshot id');
  cam.feed.emit({ incident: { id: 'incident:2', sensors: ['track'], detectionIds: ['track:9'] } });
  await waitFor('an incident of new detections takes its own frames', () => cam.snapshots().length >= 6);
  assert.equal(cam.snapshots().slice(3).map((snapshot) => snapshot.incidentId), ['incident:2', 'incident:2', 'incident:2']);
  assert.is(cam.sensor.health().counters?.['alarms'], 2);
  await cam.stop();
});

test('tamper from the frames: a covered lens is a health fault and a TAMPER event, and both clear when uncovered', async () => {
  const cam = await setup({ tamper: { check_every: '50ms' } });
  const normal = [await maker.frame(), await maker.frame()];
  await waitFor('the baselines learnt from normal frames', () => {
    cam.show(normal[(cam.sensor.health().counters?.['frames'] ?? 0) % 2] as Buffer);
    return (cam.sensor.health().counters?.['frames'] ?? 0) >= 6;
  });
  assert.is(cam.sensor.health().status, 'ok');
  assert.equal(cam.sink.drafts, [], 'normal frames raise nothing');
  cam.show(await maker.black());
  const raised = await waitFor('a tamper event', () => cam.sink.events.find((event) => event?.kind === v1.EventKind.EVENT_KIND_TAMPER));
  assert.is(raised.attributes?.['tamper'], 'blackout');
  assert.is(raised.attributes?.['state'], 'raised');
  assert.is(raised.severity, v1.Severity.SEVERITY_ALARM);
  assert.match(raised.message ?? '', /^camera gate-cam: picture dark/);
  assert.is(cam.sensor.health().status, 'fault');
  assert.match(cam.sensor.health().message ?? '', /^tamper: picture dark/);
  cam.show(await maker.frame());
  const cleared = await waitFor('the tamper cleared', () => cam.sink.events.find((event) => event?.attributes?.['state'] === 'cleared'));
  assert.is(cleared.attributes?.['tamper'], 'blackout');
  await waitFor('health ok again', () => cam.sensor.health().status === 'ok');
  await cam.stop();
});

test('stop() during an alarm\'s pause between frames returns at once and takes no more frames', async () => {
  const cam = await setup({ triggers: ['track'], frames: 3, interval: '30s' });
  cam.feed.emit(detection('track', 'track:1'));
  await waitFor('the first alarm frame', () => cam.snapshots().length === 1);
  const stopping = Date.now();
  await cam.stop();
  assert.ok(Date.now() - stopping < 2000, `stop took ${Date.now() - stopping} ms`);
  assert.is(cam.snapshots().length, 1);
});

test('a camera answering a web page: the sensor is a fault naming it, frames are counted as failed, alarms go on', async () => {
  const cam = await setup({ triggers: ['track'], frames: 1 }, () => 'html');
  assert.is(cam.sensor.health().status, 'fault');
  assert.match(cam.sensor.health().message ?? '', /^camera gate-cam: bus:gate-cam: http:\/\/127\.0\.0\.1:\d+\/snap\.jpg answered with a web page/);
  cam.feed.emit(detection('track', 'track:1'));
  await waitFor('the failed grab counted', () => (cam.sensor.health().counters?.['grab_failures'] ?? 0) >= 1);
  assert.equal(cam.snapshots(), []);
  await cam.stop();
});

test.run();
