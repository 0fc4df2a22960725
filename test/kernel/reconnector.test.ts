import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createLogger } from '../../kernel/logger.js';
import { logLines } from '../support/log-lines.js';
import { OutpostError } from '../../kernel/errors.js';
import { Reconnector } from '../../kernel/reconnector.js';
import { FakeTimers, settle } from '../support/fake-timers.js';

const missing = new OutpostError('no such device', { code: 'serial.missing', subject: 'bus:gps', retryable: true });
const busy = new OutpostError('busy', { code: 'serial.busy', subject: 'bus:gps', retryable: true });

interface Handle {
  id: number;
  closed: boolean;
}

function harness(script: (attempt: number) => Promise<Handle>) {
  const timers = new FakeTimers();
  const { log, lines } = logLines();
  let attempts = 0;
  const opened: Handle[] = [];
  const reconnector = new Reconnector<Handle>({
    subject: 'bus:gps',
    log,
    timers,
    now: () => timers.now,
    random: () => 0,
    retry: { minMs: 100, maxMs: 1000 },
    open: async () => {
      attempts += 1;
      return script(attempts);
    },
    close: (handle) => {
      handle.closed = true;
    },
    onOpen: (handle) => opened.push(handle),
  });
  return { reconnector, timers, lines, opened, attempts: () => attempts };
}

test('invariant: start resolves after the first attempt; a failure is a fault in health and a retry, never a rejection', async () => {
  const h = harness(async () => {
    throw missing;
  });
  await h.reconnector.start();
  const health = h.reconnector.health.snapshot();
  assert.is(health.status, 'fault');
  assert.is(health.message, 'bus:gps: no such device');
  assert.equal(h.timers.scheduled, [100]);
  assert.is(h.reconnector.error, missing);
  await h.reconnector.stop();
});

test('invariant: one warning per cause, retries at debug with a repeat count, and the count said once when the cause ends', async () => {
  const h = harness(async (attempt) => {
    if (attempt <= 4) throw missing;
    return { id: attempt, closed: false };
  });
  await h.reconnector.start();
  for (let i = 0; i < 4; i += 1) await h.timers.advance(1000);
  assert.is(h.attempts(), 5);
  const lines = h.lines();
  assert.equal(
    lines.map((line) => [line.level, line.repeats]),
    [
      [40, undefined],
      [20, 1],
      [20, 2],
      [20, 3],
      [30, 3],
    ],
  );
  assert.match(lines[4]?.msg ?? '', /the same fault \(serial\.missing\) repeated 3 more times/);
  assert.is(h.reconnector.health.status, 'ok');
  assert.equal(h.reconnector.counters, { opens: 1, open_failures: 4, losses: 0, retries: 4 });
  await h.reconnector.stop();
});

test('invariant: a different cause warns again', async () => {
  const h = harness(async (attempt) => {
    throw attempt === 1 ? missing : busy;
  });
  await h.reconnector.start();
  await h.timers.advance(1000);
  assert.equal(
    h.lines().map((line) => [line.level, line.code]),
    [
      [40, 'serial.missing'],
      [40, 'serial.busy'],
    ],
  );
  await h.reconnector.stop();
});

test('invariant: backoff doubles up to max and resets after an open', async () => {
  const delays: number[] = [];
  const timers = new FakeTimers();
  const original = timers.setTimeout.bind(timers);
  timers.setTimeout = (callback, ms) => {
    delays.push(ms);
    return original(callback, ms);
  };
  // Full jitter with random() = 1 takes the ceiling.
  const reconnector = new Reconnector<Handle>({
    subject: 'bus:x',
    log: createLogger({ level: 'silent' }),
    timers,
    random: () => 1,
    retry: { minMs: 100, maxMs: 500 },
    open: async () => {
      if (delays.length === 5) return { id: 1, closed: false };
      throw missing;
    },
    close: () => undefined,
  });
  await reconnector.start();
  for (let i = 0; i < 5; i += 1) await timers.advance(1000);
  assert.equal(delays, [100, 200, 400, 500, 500]);
  assert.is(reconnector.health.status, 'ok');
  reconnector.lost(reconnector.handle!, missing);
  assert.equal(delays.slice(5), [100], 'the first retry after a loss starts from min again');
  await reconnector.stop();
});

test('invariant: a loss closes the handle and reopens; a stale handle reported lost is ignored', async () => {
  const h = harness(async (attempt) => ({ id: attempt, closed: false }));
  await h.reconnector.start();
  const first = h.reconnector.handle!;
  h.reconnector.lost(first, missing);
  await settle();
  assert.ok(first.closed);
  assert.is(h.reconnector.health.status, 'fault');
  await h.timers.advance(100);
  const second = h.reconnector.handle!;
  assert.is(second.id, 2);
  h.reconnector.lost(first, busy);
  assert.is(h.reconnector.handle, second, 'the old handle no longer matters');
  assert.is(h.reconnector.health.status, 'ok');
  assert.equal(h.reconnector.counters.losses, 1);
  await h.reconnector.stop();
  assert.ok(second.closed, 'stop closes the open handle');
  assert.is(h.reconnector.health.status, 'stopped');
});

test('invariant: stop waits for an open in flight and closes a handle that opened during the stop', async () => {
  let finish!: (handle: Handle) => void;
  const h = harness(() => new Promise<Handle>((resolve) => (finish = resolve)));
  const starting = h.reconnector.start();
  const stopping = h.reconnector.stop();
  const late = { id: 1, closed: false };
  finish(late);
  await Promise.all([starting, stopping]);
  assert.ok(late.closed, 'the handle that opened during stop is closed, not dropped');
  assert.is(h.reconnector.handle, undefined);
  assert.equal(h.opened, [], 'the owner never saw it');
});

test('invariant: stop cancels the retry; nothing opens afterwards', async () => {
  const h = harness(async () => {
    throw missing;
  });
  await h.reconnector.start();
  await h.reconnector.stop();
  await h.timers.advance(60_000);
  assert.is(h.attempts(), 1);
  assert.equal(h.timers.scheduled, []);
});

test('invariant: suspend closes and waits without a timer; resume opens at once', async () => {
  const h = harness(async (attempt) => ({ id: attempt, closed: false }));
  await h.reconnector.start();
  const first = h.reconnector.handle!;
  h.reconnector.suspend(missing);
  await settle();
  assert.ok(first.closed);
  assert.equal(h.timers.scheduled, []);
  assert.is(h.reconnector.health.status, 'fault');
  await h.reconnector.resume();
  assert.is(h.reconnector.handle?.id, 2);
  assert.is(h.reconnector.health.status, 'ok');
  await h.reconnector.stop();
});

test.run();
