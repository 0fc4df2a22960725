import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { TamperDetector, type TamperChange } from '../../agent/sensors/camera/tamper/detector.js';
import { frameFeatures } from '../../agent/sensors/camera/tamper/features.js';
import { FrameMaker } from './frames.js';

const HOUR = 3_600_000;
const settings = { darkLevel: 25, frozenFrames: 4, blurRatio: 0.4, sceneOverlap: 0.5 };
const maker = new FrameMaker(640, 360);

/** A detector on a fake clock that starts now; hours of the day counted from its start. */
function detector(): { feed(frame: Buffer, atMs?: number): Promise<TamperChange[]>; tamper: TamperDetector; start: number } {
  const start = Date.now();
  const tamper = new TamperDetector(settings, (unixMs) => Math.floor((unixMs - start) / HOUR) % 24);
  let now = start;
  return {
    tamper,
    start,
    feed: async (frame, atMs) => {
      now = atMs ?? now + 60_000;
      return tamper.observe(await frameFeatures(frame), now);
    },
  };
}

async function settle(feed: (frame: Buffer) => Promise<TamperChange[]>, frames = 5): Promise<void> {
  for (let index = 0; index < frames; index++) assert.equal(await feed(await maker.frame()), [], 'a normal noisy frame raises nothing');
}

const kinds = (changes: TamperChange[]): string[] => changes.map((change) => `${change.kind} ${change.active ? 'raised' : 'cleared'}`);

test('normal sensor noise raises nothing', async () => {
  const { feed } = detector();
  for (let index = 0; index < 12; index++) assert.equal(await feed(await maker.frame({ sigma: 8 })), []);
});

test('blackout: a covered lens is raised, and clears when uncovered', async () => {
  const { feed, tamper } = detector();
  await settle(feed);
  const raised = await feed(await maker.black());
  assert.equal(kinds(raised), ['blackout raised']);
  assert.match(raised[0]?.message ?? '', /picture dark: mean grey \d+ of 255, usually \d+ at this hour; the lens is covered/);
  assert.equal(kinds(await feed(await maker.black())), [], 'raised once');
  assert.ok(tamper.raised.has('blackout'));
  assert.equal(kinds(await feed(await maker.frame())), ['blackout cleared']);
});

test('day and night: dusk over the first evening and the night learnt at its hours are not a blackout, a covered lens at night is', async () => {
  const { feed, start } = detector();
  // A day: bright until hour 10, dusk to hour 12 (a frame every 10 minutes), then night, dark and grainy.
  const gainAt = (minute: number): number => Math.max(0.12, Math.min(1, 1 - ((minute - 600) / 120) * 0.88));
  const minutes = [...Array.from({ length: 20 }, (_, index) => index * 30), ...Array.from({ length: 12 }, (_, index) => 600 + index * 10), ...Array.from({ length: 24 }, (_, index) => 720 + index * 30)];
  for (const minute of minutes) {
    const changes = await feed(await maker.frame({ gain: gainAt(minute), sigma: 3 }), start + minute * 60_000);
    assert.equal(kinds(changes), [], `minute ${minute}, gain ${gainAt(minute).toFixed(2)}`);
  }
  // The second night: the same darkness is its hour's normal; a covered lens is still caught.
  const secondNight = start + (24 + 20) * HOUR;
  assert.equal(kinds(await feed(await maker.frame({ gain: 0.12, sigma: 3 }), secondNight)), []);
  assert.equal(kinds(await feed(await maker.black(), secondNight + 60_000)), ['blackout raised']);
});

test('frozen: identical frames over N grabs are raised, a live frame clears it', async () => {
  const { feed } = detector();
  await settle(feed);
  const stuck = await maker.frame();
  assert.equal(kinds(await feed(stuck)), []);
  assert.equal(kinds(await feed(stuck)), []);
  assert.equal(kinds(await feed(stuck)), []);
  const raised = await feed(stuck);
  assert.equal(kinds(raised), ['frozen raised']);
  assert.match(raised[0]?.message ?? '', /the last 4 frames are identical/);
  assert.equal(kinds(await feed(await maker.frame())), ['frozen cleared']);
});

test('defocus: a blurred lens is raised against the camera\'s own sharpness, and clears when sharp again', async () => {
  const { feed } = detector();
  await settle(feed);
  const raised = await feed(await maker.blurred());
  assert.equal(kinds(raised), ['defocus raised']);
  assert.match(raised[0]?.message ?? '', /out of focus: sharpness 0\.\d+ of this camera's usual/);
  assert.equal(kinds(await feed(await maker.blurred())), []);
  assert.equal(kinds(await feed(await maker.frame())), ['defocus cleared']);
});

test('scene change: a turned camera is raised, and clears when it is turned back', async () => {
  const { feed } = detector();
  await settle(feed);
  const raised = await feed(await maker.shifted(96, 40));
  assert.equal(kinds(raised), ['scene_change raised']);
  assert.match(raised[0]?.message ?? '', /view changed: \d+% of the usual edges are in place/);
  assert.equal(kinds(await feed(await maker.frame())), ['scene_change cleared']);
});

test('slow light drift (a cloudy afternoon) raises nothing', async () => {
  const { feed } = detector();
  await settle(feed);
  for (let step = 0; step <= 30; step++) assert.equal(await feed(await maker.frame({ gain: 1 - step * 0.02, sigma: 4 + step * 0.1 })), [], `gain ${1 - step * 0.02}`);
});

test.run();
