import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { v1, type outpost } from '../../wire/index.js';
import { startCentre, type RunningCentre } from '../../centre/index.js';
import { parseConfig } from '../../agent/config/index.js';
import { startBeamWalker } from '../../agent/demo/sim/beams.js';
import { seededRandom } from '../../agent/detection/synthetic.js';
import { Agent } from '../../agent/runtime/agent.js';
import { defaultParts } from '../../agent/runtime/parts.js';
import { FrameStore } from '../../agent/sensors/camera/frame-store.js';
import { silentLogger } from '../../kernel/logger.js';
import { apacheMissing, htdigestFile, startApache, testPatternJpeg, type Apache } from '../support/apache.js';
import { waitFor } from '../support/net.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

let centre: RunningCentre | undefined;
let apache: Apache | undefined;
let agent: Agent | undefined;

test.after.each(async () => {
  await agent?.stop();
  await centre?.stop();
  await apache?.stop();
});

testUnless(test, apacheMissing(), 'a beam break → Snapshot records at the centre linked to its detection, JPEG thumbnails, the full frame kept on the post', async () => {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const jpeg = testPatternJpeg(dir, 1280, 720, 'testsrc2');
  const users = htdigestFile(dir, 'camera', 'viewer', 's3cret');
  apache = await startApache({
    files: { 'cgi-bin/snapshot.jpg': jpeg },
    config: ['<Location /cgi-bin>', 'AuthType Digest', 'AuthName camera', 'AuthDigestProvider file', `AuthUserFile ${users}`, 'Require valid-user', '</Location>'].join('\n'),
  });
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(dir, 'centre.db'), http: '127.0.0.1:0' });
  const frames = join(dir, 'frames');
  const yaml = `post: { id: bp-cam }
buses:
  gpio: { type: gpio, chip: camera-e2e, backend: simulated }
  gate-cam: { type: camera, url: '${apache.url('/cgi-bin/snapshot.jpg')}', username: viewer, password: '\${CAMERA_PASSWORD}' }
sensors:
  track: { type: beam-pair, bus: gpio, beams: { a: GPIO17, b: GPIO27 }, distance_m: 1.5 }
  gate-pictures: { type: camera, bus: gate-cam, triggers: [track], frames: 2, interval: 200ms, schedule: 0, store: { path: '${frames}' }, tamper: { check_every: 0 } }
outbox: { path: '${join(dir, 'outbox.db')}' }
uplink: { broker: '${centre.brokerAddress}' }
health: { interval: 1h }
`;
  const { config, problems } = parseConfig(yaml, 'post.yaml', { CAMERA_PASSWORD: 's3cret' });
  assert.ok(config, JSON.stringify(problems));
  agent = new Agent({ config, file: 'post.yaml', hash: 'h' }, defaultParts(), silentLogger());
  await agent.start();
  const walker = startBeamWalker({ chip: 'camera-e2e', a: 'GPIO17', b: 'GPIO27', everyS: 0, random: seededRandom(3) });
  walker.walkThrough();
  const store = centre.store;
  const snapshots = await waitFor(
    'two snapshots at the centre',
    async () => {
      const rows = await store.records({ kinds: ['snapshot'], postId: 'bp-cam', limit: 10 });
      return rows.length >= 2 ? rows.map((row) => v1.Record.decode(row.bytes)) : undefined;
    },
    30_000,
    100,
  );
  walker.stop();
  const detections = (await store.records({ kinds: ['detection'], postId: 'bp-cam', limit: 10 })).map((row) => v1.Record.decode(row.bytes).detection);
  const passage = detections.find((detection) => detection?.sensor === 'track');
  assert.ok(passage, 'the beam pair detection reached the centre');
  for (const record of snapshots) {
    const snapshot = record.snapshot as outpost.v1.Snapshot;
    assert.is(snapshot.detectionId, passage.id, 'linked to the beam break');
    assert.is(snapshot.camera, 'gate-cam');
    assert.is(snapshot.triggerSensor, 'track');
    assert.is(snapshot.reason, v1.SnapshotReason.SNAPSHOT_REASON_ALARM);
    assert.is(record.priority, v1.Priority.PRIORITY_BULK);
    assert.ok(snapshot.data.length <= 12_000, `thumbnail ${snapshot.data.length} bytes`);
    const meta = await sharp(snapshot.data).metadata();
    assert.equal([meta.format, meta.width, meta.height], ['jpeg', 320, 180], 'the thumbnail decodes');
    assert.equal([snapshot.fullWidth, snapshot.fullHeight, Number(snapshot.fullSizeBytes)], [1280, 720, jpeg.length]);
    const full = await new FrameStore(frames, { maxBytes: 1e9, maxAgeMs: 3_600_000 }).get(snapshot.id);
    assert.ok(full?.equals(jpeg), 'the full frame is kept on the post under the snapshot id');
  }
  assert.equal(snapshots.map((record) => (record.snapshot as outpost.v1.Snapshot).frameIndex).sort(), [1, 2]);
});

test.run();
