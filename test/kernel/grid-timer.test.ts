import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { everyOnGrid, onceOnGrid } from '../../kernel/grid-timer.js';
import { FakeTimers } from '../support/fake-timers.js';

/** A grid timer on fake timers that starts `offset` ms past a whole second, logging the clock at each tick. */
function harness(offset: number) {
  const timers = new FakeTimers();
  timers.now = Math.floor(timers.now / 1000) * 1000 + offset;
  const ticks: number[] = [];
  const stop = everyOnGrid(1000, () => ticks.push(timers.now), () => timers.now, timers);
  return { timers, ticks, stop };
}

/** Counts the timers of at most `interval` ms armed through the global setTimeout until `restore`. */
function countTimers(interval: number): { armed: () => number; realSetTimeout: typeof setTimeout; restore: () => void } {
  const realSetTimeout = globalThis.setTimeout;
  let armed = 0;
  globalThis.setTimeout = ((callback: () => void, ms?: number) => {
    if (ms !== undefined && ms <= interval) armed++;
    return realSetTimeout(callback, ms);
  }) as typeof setTimeout;
  return { armed: () => armed, realSetTimeout, restore: () => (globalThis.setTimeout = realSetTimeout) };
}

/**
 * As the uplink's idle poll: a one-shot armed again from inside its own tick (while the shared
 * grid is still calling its members), until it has ticked `count` times or 5 s passed. A second
 * tick for one instant is the failure the callers look for: it stops re-arming then instead of hanging.
 */
async function rearmOnGrid(interval: number, count: number, wait: (ms: number) => Promise<void>, onTick: (slot: number, armedAt: number) => void = () => undefined): Promise<{ once: number[]; cancel: () => void }> {
  const once: number[] = [];
  let cancel: () => void = () => undefined;
  const arm = (): void => {
    const armedAt = Date.now();
    cancel = onceOnGrid(interval, (slot) => {
      onTick(slot, armedAt);
      once.push(slot);
      if (once.filter((s) => s === slot).length === 1) arm();
    });
  };
  arm();
  const deadline = performance.now() + 5000;
  while (once.length < count && performance.now() < deadline) await wait(interval);
  return { once, cancel: () => cancel() };
}

test('ticks land on whole multiples of the interval, whatever the start time', async () => {
  for (const offset of [0, 1, 437, 999]) {
    const { timers, ticks, stop } = harness(offset);
    for (let i = 0; i < 4; i++) await timers.advance(timers.scheduled[0]!);
    stop();
    assert.is(ticks.length, 4, `offset ${offset}: ${ticks.length} ticks`);
    for (const at of ticks) assert.is(at % 1000, 0, `offset ${offset}: a tick at ${at % 1000} ms past the second`);
  }
});

test('two timers with the same interval started apart tick at the same instants', async () => {
  const timers = new FakeTimers();
  const a: number[] = [];
  const b: number[] = [];
  timers.now = Math.floor(timers.now / 50) * 50;
  const stopA = everyOnGrid(500, () => a.push(timers.now), () => timers.now, timers);
  await timers.advance(150);
  const stopB = everyOnGrid(500, () => b.push(timers.now), () => timers.now, timers);
  for (let i = 0; i < 40; i++) await timers.advance(50);
  stopA();
  stopB();
  assert.ok(b.length >= 3);
  assert.equal(a.slice(-b.length), b);
});

test('a timer that fires early ticks once for its instant; one that fires late skips what it missed', async () => {
  const timers = new FakeTimers();
  timers.now = Math.floor(timers.now / 1000) * 1000;
  let ticks = 0;
  const clock = { skew: 0 };
  const stop = everyOnGrid(1000, () => (ticks += 1), () => timers.now + clock.skew, timers);
  // The timer fires when the wall clock reads 2 ms short of the instant (clocks disagree by a little).
  clock.skew = -2;
  await timers.advance(1002);
  assert.is(ticks, 1);
  assert.equal(timers.scheduled, [1000], 'the next tick is armed for the next instant, not 2 ms later');
  clock.skew = 0;
  // A blocked event loop: the timer runs 3.5 intervals late and ticks once, back on the grid.
  timers.now += 3500;
  await timers.advance(0);
  assert.is(ticks, 2);
  assert.is((timers.now + timers.scheduled[0]!) % 1000, 0);
  stop();
  await timers.advance(5000);
  assert.is(ticks, 2, 'no tick after stop');
});

test('on the real clock, callers with the same interval share one timer and tick for the same instant; each stops alone', async () => {
  const interval = 20;
  const a: number[] = [];
  const b: number[] = [];
  // Counts the timers the grid arms: one per tick for the interval, however many callers share it.
  const timers = countTimers(interval);
  let stopA: () => void;
  let stopB: () => void;
  try {
    stopA = everyOnGrid(interval, (slot) => a.push(slot));
    stopB = everyOnGrid(interval, (slot) => b.push(slot));
    while (b.length < 5) await new Promise((resolve) => timers.realSetTimeout(resolve, interval));
  } finally {
    timers.restore();
  }
  stopA();
  const ticksOfA = a.length;
  const before = b.length;
  while (b.length < before + 3) await new Promise((resolve) => timers.realSetTimeout(resolve, interval));
  stopB();
  for (const slot of [...a, ...b]) assert.is(slot % interval, 0, `a tick for ${slot}, off the grid`);
  assert.equal(b.slice(0, ticksOfA), a, 'both callers tick for the same instants');
  assert.is(a.length, ticksOfA, 'no tick after stop');
  // Without sharing, two callers arm two timers a tick.
  assert.ok(timers.armed() <= a.length + 2, `${timers.armed()} timers armed for ${a.length} ticks of two callers`);
});

test('a one-shot on the grid re-armed from its own tick rides the shared timer and ticks once per instant', async () => {
  const interval = 20;
  const timers = countTimers(interval);
  const sensor: number[] = [];
  const lateness: number[] = [];
  let stopSensor: () => void = () => undefined;
  let rearmed: { once: number[]; cancel: () => void };
  try {
    stopSensor = everyOnGrid(interval, (slot) => sensor.push(slot));
    rearmed = await rearmOnGrid(interval, 5, (ms) => new Promise((resolve) => timers.realSetTimeout(resolve, ms)), (slot, armedAt) => lateness.push(slot - armedAt));
  } finally {
    timers.restore();
  }
  const { once, cancel } = rearmed;
  assert.ok(once.length >= 5, `${once.length} ticks in 5 s: the one-shot stopped re-arming after a second tick for one instant (${once.join(', ')})`);
  cancel();
  stopSensor();
  assert.equal(once, [...new Set(once)], `one tick per instant: ${once.join(', ')}`);
  for (const slot of once) assert.ok(sensor.includes(slot), `the one-shot ticked for ${slot}, not an instant of the shared grid`);
  // At most an interval after it was armed, by the clock; a few ms more when armed in a tick that fired early by it.
  for (const ms of lateness) assert.ok(ms > 0 && ms <= interval + 5, `ticked ${ms} ms after it was armed (at most one interval)`);
  assert.ok(timers.armed() <= sensor.length + 2, `${timers.armed()} timers armed for ${sensor.length} ticks: the one-shot armed its own`);
});

test('a one-shot armed in a tick that fired a little early by the wall clock waits for the next instant', async () => {
  const interval = 20;
  const realNow = Date.now;
  let skew = 0;
  // The wall clock reads 5 ms behind the timers' clock while the grid's members run: the tick for
  // instant S sees S - 5 or so, as when a timer fires early by the wall clock.
  Date.now = () => realNow() - skew;
  let stopSensor: () => void = () => undefined;
  let rearmed: { once: number[]; cancel: () => void };
  try {
    stopSensor = everyOnGrid(interval, () => {
      skew = 5;
      setImmediate(() => (skew = 0));
    });
    rearmed = await rearmOnGrid(interval, 5, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  } finally {
    Date.now = realNow;
  }
  const { once, cancel } = rearmed;
  cancel();
  stopSensor();
  assert.equal(once, [...new Set(once)], `one tick per instant: ${once.join(', ')}`);
  assert.ok(once.length >= 5, `${once.length} ticks in 5 s`);
});

test('a one-shot on the grid cancelled before its instant never ticks', async () => {
  const timers = new FakeTimers();
  timers.now = Math.floor(timers.now / 1000) * 1000 + 300;
  let ticks = 0;
  const cancel = onceOnGrid(1000, () => (ticks += 1), () => timers.now, timers);
  assert.equal(timers.scheduled, [700], 'due at the next whole second');
  cancel();
  await timers.advance(3000);
  assert.is(ticks, 0);
  const slots: number[] = [];
  onceOnGrid(1000, (slot) => slots.push(slot), () => timers.now, timers);
  await timers.advance(5000);
  assert.is(slots.length, 1, 'a one-shot ticks once');
  assert.is(slots[0]! % 1000, 0);
});

test('an interval of 0 or less is refused', () => {
  assert.throws(() => everyOnGrid(0, () => undefined), /above 0 ms, got 0/);
});

test.run();
