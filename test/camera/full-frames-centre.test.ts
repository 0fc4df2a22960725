import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { v1, type outpost } from '../../wire/index.js';
import { startCentre, type RunningCentre } from '../../centre/index.js';
import { snapshotPicture } from '../../centre/http/snapshots.js';
import { parseConfig } from '../../agent/config/index.js';
import { startBeamWalker } from '../../agent/demo/sim/beams.js';
import { seededRandom } from '../../agent/detection/synthetic.js';
import { Agent } from '../../agent/runtime/agent.js';
import { defaultParts } from '../../agent/runtime/parts.js';
import { silentLogger } from '../../kernel/logger.js';
import { apacheMissing, startApache, testPatternJpeg, type Apache } from '../support/apache.js';
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

const isFull = (snapshot: outpost.v1.ISnapshot): boolean => Number(snapshot.fullSizeBytes ?? 0) === 0 && (snapshot.data?.length ?? 0) > 0;

testUnless(test, apacheMissing(), 'full_frames when_idle: the full frames follow the thumbnails to the centre once the link is idle, and the snapshot endpoint serves them; on_request: they stay on the post', async () => {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const jpeg = testPatternJpeg(dir, 1280, 720, 'testsrc2');
  apache = await startApache({ files: { 'snap.jpg': jpeg }, config: '' });
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(dir, 'centre.db'), http: '127.0.0.1:0' });
  const yardFrames = join(dir, 'yard-frames');
  const yaml = `post: { id: bp-full }
buses:
  gpio: { type: gpio, chip: camera-full, backend: simulated }
  gate-cam: { type: camera, url: '${apache.url('/snap.jpg')}' }
  yard-cam: { type: camera, url: '${apache.url('/snap.jpg')}' }
sensors:
  track: { type: beam-pair, bus: gpio, beams: { a: GPIO17, b: GPIO27 }, distance_m: 1.5 }
  gate-pictures: { type: camera, bus: gate-cam, triggers: [track], frames: 2, interval: 200ms, schedule: 0, store: { path: '${join(dir, 'gate-frames')}' }, tamper: { check_every: 0 }, full_frames: { send: when_idle } }
  yard-pictures: { type: camera, bus: yard-cam, triggers: [track], frames: 2, interval: 200ms, schedule: 0, store: { path: '${yardFrames}' }, tamper: { check_every: 0 } }
outbox: { path: '${join(dir, 'outbox.db')}' }
uplink: { broker: '${centre.brokerAddress}' }
health: { interval: 1h }
`;
  const { config, problems } = parseConfig(yaml, 'post.yaml', {});
  assert.ok(config, JSON.stringify(problems));
  agent = new Agent({ config, file: 'post.yaml', hash: 'h' }, defaultParts(), silentLogger());
  await agent.start();
  const walker = startBeamWalker({ chip: 'camera-full', a: 'GPIO17', b: 'GPIO27', everyS: 0, random: seededRandom(5) });
  walker.walkThrough();
  const store = centre.store;
  const snapshots = async (): Promise<outpost.v1.ISnapshot[]> => (await store.records({ kinds: ['snapshot'], postId: 'bp-full', limit: 50 })).map((row) => v1.Record.decode(row.bytes).snapshot as outpost.v1.ISnapshot);
  const fulls = await waitFor(
    'the two full frames of gate-cam at the centre',
    async () => {
      const found = (await snapshots()).filter((snapshot) => snapshot.camera === 'gate-cam' && isFull(snapshot));
      return found.length >= 2 ? found : undefined;
    },
    40_000,
    100,
  );
  walker.stop();
  const all = await snapshots();
  const passage = (await store.records({ kinds: ['detection'], postId: 'bp-full', limit: 10 })).map((row) => v1.Record.decode(row.bytes).detection).find((detection) => detection?.sensor === 'track');
  assert.ok(passage, 'the beam break reached the centre');
  for (const full of fulls) {
    const thumbnail = all.find((snapshot) => snapshot.id === full.id && !isFull(snapshot));
    assert.ok(thumbnail, `the thumbnail of ${full.id} came too`);
    assert.equal([full.detectionId, full.triggerSensor, full.frameIndex, full.frameCount], [passage.id, 'track', thumbnail.frameIndex, 2], 'linked as its thumbnail');
    assert.ok(Buffer.from(full.data as Uint8Array).equals(jpeg), 'the whole frame, byte for byte');
    const meta = await sharp(Buffer.from(full.data as Uint8Array)).metadata();
    assert.equal([meta.format, meta.width, meta.height, full.width, full.height], ['jpeg', 1280, 720, 1280, 720]);
    const served = await snapshotPicture(store, 'bp-full', full.id as string);
    assert.ok(served.bytes.equals(jpeg), 'the snapshot endpoint serves the full frame once it came');
    assert.is(served.type, 'image/jpeg');
  }
  const yard = all.filter((snapshot) => snapshot.camera === 'yard-cam');
  assert.is(yard.length, 2, 'on_request: the thumbnails only');
  assert.ok(yard.every((snapshot) => !isFull(snapshot) && Number(snapshot.fullSizeBytes) === jpeg.length), 'the full frames stay on the post');
  const thumbnail = await snapshotPicture(store, 'bp-full', yard[0]?.id as string);
  assert.is((await sharp(thumbnail.bytes).metadata()).width, 320, 'the endpoint serves the thumbnail when no full frame came');
  assert.equal(readdirSync(yardFrames).filter((name) => !name.endsWith('.jpg')), [], 'on_request marks nothing to send');
  const counters = agent.components().find((component) => component.name === 'sensor:yard-pictures')?.health().counters;
  assert.is(counters?.['full_frames_sent'], 0);
});

test.run();
