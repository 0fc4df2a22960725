import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { ntpSynchronised, SystemClock } from '../../agent/time/system-clock.js';

const { TIME_QUALITY_NTP: NTP, TIME_QUALITY_RTC: RTC } = v1.TimeQuality;

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

test('now() never waits for the check: RTC until the first answer, then NTP; the check runs once per refresh period', async () => {
  const answers: ReturnType<typeof deferred<boolean | undefined>>[] = [];
  let mono = 0;
  const clock = new SystemClock({
    now: () => 1_700_000_000_000,
    monotonic: () => mono,
    refreshMs: 60_000,
    check: () => {
      const answer = deferred<boolean | undefined>();
      answers.push(answer);
      return answer.promise;
    },
  });
  assert.equal(clock.now(), { unixMs: 1_700_000_000_000, quality: RTC });
  assert.is(answers.length, 1, 'the first now() started a check');
  clock.now();
  assert.is(answers.length, 1, 'no second check while one is in flight');
  answers[0]?.resolve(true);
  await clock.refresh();
  assert.is(clock.now().quality, NTP);
  mono = 59_000;
  clock.now();
  assert.is(answers.length, 1, 'the answer is cached');
  mono = 61_000;
  clock.now();
  assert.is(answers.length, 2, 'and asked again when stale');
  answers[1]?.resolve(false);
  await clock.refresh();
  assert.is(clock.now().quality, RTC, 'not synchronised any more');
});

test('a check that fails or cannot tell means RTC, never an exception', async () => {
  const failing = new SystemClock({ check: () => Promise.reject(new Error('no dbus')) });
  await failing.refresh();
  assert.is(failing.now().quality, RTC);
  const unknown = new SystemClock({ check: async () => undefined });
  await unknown.refresh();
  assert.is(unknown.now().quality, RTC);
});

test('a system that cannot tell is asked ever less often, up to the longest wait, and every minute again once it answers', async () => {
  let mono = 0;
  let answer: boolean | undefined;
  const askedAt: number[] = [];
  const started = Date.now();
  const clock = new SystemClock({
    now: () => started,
    monotonic: () => mono,
    refreshMs: 60_000,
    unknownRefreshMaxMs: 240_000,
    check: async () => {
      askedAt.push(mono);
      return answer;
    },
  });
  // A reading every second for 20 minutes of a system that cannot tell (no timesyncd, no systemd).
  for (mono = 0; mono <= 20 * 60_000; mono += 1000) {
    clock.now();
    await new Promise((resolve) => setImmediate(resolve)); // the check started by now() answers
  }
  const gaps = askedAt.slice(1).map((at, i) => at - (askedAt[i] as number));
  assert.equal(gaps.slice(0, 4), [60_000, 120_000, 240_000, 240_000], 'doubling from the refresh period, held at the longest wait');
  assert.is(clock.now().quality, RTC);
  // timedated came up: the next look answers, and from then on it is asked every refresh period.
  answer = true;
  const before = askedAt.length;
  const from = mono;
  for (; mono <= from + 10 * 60_000; mono += 1000) {
    clock.now();
    await new Promise((resolve) => setImmediate(resolve)); // the check started by now() answers
  }
  assert.is(clock.now().quality, NTP);
  const after = askedAt.slice(before);
  assert.ok((after[0] as number) - from <= 240_000, 'the first answer came within the longest wait');
  assert.ok(after.slice(1).every((at, i) => at - (after[i] as number) === 60_000), 'then every minute');
});

test('the default check answers true, false or undefined on this machine without throwing', async () => {
  const answer = await ntpSynchronised();
  assert.ok(answer === true || answer === false || answer === undefined);
});

test.run();
