import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { RetryTimer } from '../../kernel/retry-timer.js';
import { FakeTimers } from '../support/fake-timers.js';

/** A retry timer on fake timers whose jitter is pinned to the top of the range, counting its runs. */
function harness(random = () => 1) {
  const timers = new FakeTimers();
  const runs = { count: 0 };
  const retry = new RetryTimer({ retry: { minMs: 100, maxMs: 1000 }, run: () => (runs.count += 1), timers, random });
  return { timers, runs, retry };
}

test('a failure arms one retry after the backoff delay, which doubles up to the cap', async () => {
  const { timers, runs, retry } = harness();
  const delays: number[] = [];
  for (let i = 0; i < 6; i += 1) {
    delays.push(retry.failed());
    assert.equal(timers.scheduled, [delays[i]], 'one retry armed, after the delay returned');
    await timers.advance(delays[i]! - 1);
    assert.is(runs.count, i, 'not before the delay');
    await timers.advance(1);
    assert.is(runs.count, i + 1, 'at the delay');
    assert.not.ok(retry.armed);
  }
  assert.equal(delays, [100, 200, 400, 800, 1000, 1000]);
  assert.is(retry.attempts, 6);
});

test('failures while a retry is armed grow the backoff but keep the one retry already armed', async () => {
  const { timers, runs, retry } = harness();
  assert.is(retry.failed(), 100);
  assert.is(retry.failed(), 200);
  assert.equal(timers.scheduled, [100]);
  await timers.advance(1000);
  assert.is(runs.count, 1);
});

test('a success starts the next wait from the shortest delay again', () => {
  const { retry } = harness();
  retry.failed();
  retry.failed();
  retry.succeeded();
  assert.is(retry.attempts, 0);
  retry.cancel();
  assert.is(retry.failed(), 100);
});

test('the delay is jittered between the shortest delay and the current ceiling', () => {
  const { retry } = harness(() => 0.5);
  assert.equal([retry.failed(), retry.failed(), retry.failed()], [100, 150, 250]);
});

test('cancel drops the armed retry; the next failure arms a new one', async () => {
  const { timers, runs, retry } = harness();
  retry.failed();
  retry.cancel();
  assert.equal(timers.scheduled, []);
  await timers.advance(10_000);
  assert.is(runs.count, 0);
  retry.failed();
  assert.equal(timers.scheduled, [200]);
});

test('after stop nothing is armed or run until start', async () => {
  const { timers, runs, retry } = harness();
  retry.failed();
  retry.stop();
  assert.equal(timers.scheduled, [], 'the armed retry is cancelled');
  retry.failed();
  assert.equal(timers.scheduled, [], 'a failure during stop arms nothing');
  await timers.advance(10_000);
  assert.is(runs.count, 0);
  retry.start();
  retry.failed();
  await timers.advance(10_000);
  assert.is(runs.count, 1);
});

test.run();
