import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Backoff } from '../../kernel/backoff.js';

function delays(backoff: Backoff, n: number): number[] {
  return Array.from({ length: n }, () => backoff.next());
}

test('full jitter by default: delays from min up to a ceiling that doubles to max', () => {
  assert.equal(delays(new Backoff(1000, 8000, () => 0), 6), [1000, 1000, 1000, 1000, 1000, 1000]);
  assert.equal(delays(new Backoff(1000, 8000, () => 1), 6), [1000, 2000, 4000, 8000, 8000, 8000]);
});

test('floorAtMaxMs: once the ceiling is max, delays are drawn from the floor up (a device line: half of max); the ramp is unchanged', () => {
  assert.equal(delays(new Backoff(1000, 8000, () => 0, 4000), 6), [1000, 1000, 1000, 4000, 4000, 4000]);
  assert.equal(delays(new Backoff(1000, 8000, () => 1, 4000), 6), [1000, 2000, 4000, 8000, 8000, 8000]);
  const mean = delays(new Backoff(1000, 60_000, () => 0.5, 30_000), 20).at(-1);
  assert.is(mean, 45_000, 'a refusing device is tried every 45 s on average at the 60 s default');
  assert.equal(delays(new Backoff(1000, 8000, () => 0, 99_000), 5).at(-1), 8000, 'a floor above max is max');
  assert.equal(delays(new Backoff(1000, 8000, () => 0, 10), 5).at(-1), 1000, 'a floor below min is min');
});

test('a reset starts the ramp again', () => {
  const backoff = new Backoff(1000, 8000, () => 0, 4000);
  delays(backoff, 5);
  backoff.reset();
  assert.is(backoff.next(), 1000);
});

test.run();
