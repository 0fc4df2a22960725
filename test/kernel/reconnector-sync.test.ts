import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OutpostError } from '../../kernel/errors.js';
import { Reconnector, type ReconnectorOptions } from '../../kernel/reconnector.js';
import { FakeTimers, settle } from '../support/fake-timers.js';
import { logLines } from '../support/log-lines.js';

/** The Reconnector's synchronous mode, as the outbox uses it: an open that is done when it returns. */

const unavailable = new OutpostError('cannot open the store: read-only file system', { code: 'outbox.unavailable', subject: 'outbox', retryable: true });
const damaged = new OutpostError('the store file was damaged while open (malformed); replacing it', { code: 'outbox.damaged', subject: 'outbox', retryable: true });

interface Store {
  id: number;
  closed: boolean;
}

/** A Reconnector whose `openSync` follows `script` (attempt number in, a store out or a throw), with a record of what happened. */
function harness(script: (attempt: number) => Store, extra: Partial<ReconnectorOptions<Store>> = {}) {
  const timers = new FakeTimers();
  const { log, lines } = logLines();
  const events: string[] = [];
  let attempts = 0;
  const reconnector = new Reconnector<Store>({
    subject: 'outbox',
    log,
    timers,
    now: () => timers.now,
    random: () => 0,
    retry: { minMs: 1000, maxMs: 8000 },
    openSync: () => {
      attempts += 1;
      events.push(`open ${attempts}`);
      return script(attempts);
    },
    close: async (store) => {
      await settle();
      store.closed = true;
      events.push(`closed ${store.id}`);
    },
    meanwhile: 'records are held in memory and sent from there',
    onOpen: (store) => events.push(`using ${store.id}`),
    ...extra,
  });
  return { reconnector, timers, lines, events, attempts: () => attempts };
}

test('startSync: the first open is done when it returns, and says whether it opened', async () => {
  const h = harness((attempt) => ({ id: attempt, closed: false }));
  assert.is(h.reconnector.startSync(), true);
  assert.is(h.reconnector.handle?.id, 1, 'no await needed');
  assert.equal(h.events, ['open 1', 'using 1']);
  assert.is(h.reconnector.health.status, 'ok');
  assert.is(h.reconnector.startSync(), true, 'a second start changes nothing');
  assert.is(h.attempts(), 1);
  await h.reconnector.stop();
  assert.equal(h.events.slice(2), ['closed 1']);
});

test('startSync: a failure is a fault retried with backoff (by openSync too); health says when, and what serves meanwhile', async () => {
  const h = harness((attempt) => {
    if (attempt <= 3) throw unavailable;
    return { id: attempt, closed: false };
  });
  assert.is(h.reconnector.startSync(), false);
  assert.is(h.reconnector.isRunning, true);
  assert.is(h.reconnector.health.snapshot().message, 'outbox: cannot open the store: read-only file system; retrying in 1 s, records are held in memory and sent from there meanwhile');
  assert.equal(h.timers.scheduled, [1000]);
  await h.timers.advance(1000);
  await h.timers.advance(1000);
  assert.is(h.attempts(), 3);
  await h.timers.advance(1000);
  assert.is(h.reconnector.handle?.id, 4);
  assert.is(h.reconnector.health.status, 'ok');
  assert.equal(
    h.lines().map((line) => [line.level, line.code, line.repeats]),
    [
      [40, 'outbox.unavailable', undefined],
      [20, 'outbox.unavailable', 1],
      [20, 'outbox.unavailable', 2],
      [30, 'outbox.unavailable', 2],
    ],
    'one warning for the cause, retries at debug, the count said once when it opens',
  );
  await h.reconnector.stop();
});

test('startSync: a failure that `fatal` names is thrown, and nothing runs or retries', async () => {
  const h = harness(
    () => {
      throw new Error('max_bytes must be positive');
    },
    { fatal: (error) => !(error instanceof OutpostError && error.retryable) },
  );
  assert.throws(() => h.reconnector.startSync(), /max_bytes must be positive/);
  assert.is(h.reconnector.isRunning, false);
  assert.equal(h.timers.scheduled, []);
  assert.equal(h.lines(), []);
});

test('startSync needs openSync; a Reconnector needs one of open and openSync', () => {
  const base = { subject: 'bus:x', log: logLines().log, close: () => undefined };
  assert.throws(() => new Reconnector<Store>(base), /needs open or openSync/);
  assert.throws(() => new Reconnector<Store>({ ...base, open: async () => ({ id: 1, closed: false }) }).startSync(), /startSync needs openSync/);
});

test('replace: the handle is gone at once, closed on the next turn, and a new one opened without waiting for a backoff', async () => {
  const h = harness((attempt) => ({ id: attempt, closed: false }));
  h.reconnector.startSync();
  const first = h.reconnector.handle as Store;
  const replacing = h.reconnector.replace(first, damaged);
  assert.is(h.reconnector.handle, undefined, 'no handle from the moment the damage is known');
  assert.is(first.closed, false, 'not closed inside the call that found the damage');
  assert.is(h.reconnector.health.snapshot().message, 'outbox: the store file was damaged while open (malformed); replacing it; records are held in memory and sent from there meanwhile');
  await replacing;
  assert.equal(h.events, ['open 1', 'using 1', 'closed 1', 'open 2', 'using 2'], 'closed before the new one opens');
  assert.equal(h.timers.scheduled, [], 'no timer: at once');
  assert.is(h.reconnector.health.status, 'ok');
  assert.equal(h.reconnector.counters, { opens: 2, open_failures: 0, losses: 1, retries: 0 });
  assert.equal(
    h.lines().map((line) => [line.level, line.code]),
    [[40, 'outbox.damaged']],
  );
  await h.reconnector.stop();
});

test('replace: a reopen that fails is retried with backoff; a stale or repeated replace is ignored', async () => {
  const h = harness((attempt) => {
    if (attempt === 2) throw unavailable;
    return { id: attempt, closed: false };
  });
  h.reconnector.startSync();
  const first = h.reconnector.handle as Store;
  const replacing = h.reconnector.replace(first, damaged);
  const again = h.reconnector.replace(first, damaged);
  assert.is(again, replacing, 'the same replacement, not a second one');
  await replacing;
  assert.is(h.reconnector.health.snapshot().message, 'outbox: cannot open the store: read-only file system; retrying in 1 s, records are held in memory and sent from there meanwhile');
  assert.equal(h.timers.scheduled, [1000]);
  await h.timers.advance(1000);
  assert.is(h.reconnector.handle?.id, 3);
  await h.reconnector.replace(first, damaged);
  assert.is(h.reconnector.handle?.id, 3, 'the old handle no longer matters');
  await h.reconnector.stop();
});

test('stop during a replacement waits for the damaged handle to close; no new one opens, then or later', async () => {
  const h = harness((attempt) => ({ id: attempt, closed: false }));
  h.reconnector.startSync();
  void h.reconnector.replace(h.reconnector.handle as Store, damaged);
  await h.reconnector.stop();
  assert.equal(h.events, ['open 1', 'using 1', 'closed 1']);
  assert.is(h.reconnector.health.status, 'stopped');
  await h.timers.advance(60_000);
  assert.is(h.attempts(), 1);
  assert.equal(h.timers.scheduled, []);
});

test.run();
