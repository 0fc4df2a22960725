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

test('the default check answers true, false or undefined on this machine without throwing', async () => {
  const answer = await ntpSynchronised();
  assert.ok(answer === true || answer === false || answer === undefined);
});

test.run();
