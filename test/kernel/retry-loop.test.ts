import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { OutpostError } from '../../kernel/errors.js';
import { RetryLoop } from '../../kernel/retry-loop.js';
import { FakeTimers } from '../support/fake-timers.js';
import { logLines } from '../support/log-lines.js';

const full = new OutpostError('cannot write its store: database or disk is full', { code: 'SQLITE_FULL', subject: 'outbox', retryable: true });
const io = new OutpostError('cannot write its store: disk I/O error', { code: 'SQLITE_IOERR', subject: 'outbox', retryable: true });

function harness() {
  const timers = new FakeTimers();
  const { log, lines } = logLines();
  const runs = { count: 0 };
  const loop = new RetryLoop({ subject: 'outbox', log, retry: { minMs: 100, maxMs: 400 }, run: () => (runs.count += 1), timers, random: () => 1 });
  return { loop, timers, runs, lines };
}

test('one warning per cause, repeats at debug with a count, the count said once when another cause follows', async () => {
  const h = harness();
  for (let i = 0; i < 3; i += 1) {
    h.loop.failed(full, { held: i });
    await h.timers.advance(1000);
  }
  h.loop.failed(io);
  assert.equal(
    h.lines().map((line) => [line.level, line.code, line.repeats, line['held']]),
    [
      [40, 'SQLITE_FULL', undefined, 0],
      [20, 'SQLITE_FULL', 1, 1],
      [20, 'SQLITE_FULL', 2, 2],
      [30, 'SQLITE_FULL', 2, undefined],
      [40, 'SQLITE_IOERR', undefined, undefined],
    ],
  );
  assert.match(h.lines()[3]?.msg ?? '', /^outbox: the same fault \(SQLITE_FULL\) repeated 2 more times$/);
  assert.is(h.loop.cause, io);
  assert.is(h.runs.count, 3);
});

test('one line on recovery, only when a cause was open; the backoff starts again from the shortest delay', async () => {
  const h = harness();
  h.loop.succeeded('outbox store writable again');
  assert.equal(h.lines(), [], 'nothing to recover from');
  assert.equal([h.loop.failed(full), h.loop.failed(full), h.loop.failed(full)], [100, 200, 400]);
  h.loop.succeeded('outbox store writable again', { path: '/data/outbox.db' });
  const last = h.lines().slice(-2);
  assert.equal(
    last.map((line) => [line.level, line.msg, line['path']]),
    [
      [30, 'outbox: the same fault (SQLITE_FULL) repeated 2 more times', undefined],
      [30, 'outbox store writable again', '/data/outbox.db'],
    ],
  );
  assert.is(h.loop.cause, undefined);
  assert.is(h.loop.failed(full), 100);
  assert.is(h.lines().at(-1)?.level, 40, 'after a recovery the same cause warns again');
});

test('a burst of failures keeps the one retry armed; restart re-arms it; retry: false arms none', async () => {
  const h = harness();
  h.loop.failed(full);
  h.loop.failed(full);
  assert.equal(h.timers.scheduled, [100]);
  h.loop.failed(full, {}, { restart: true });
  assert.equal(h.timers.scheduled, [400]);
  h.loop.failed(io, {}, { retry: false });
  assert.equal(h.timers.scheduled, []);
  assert.is(h.lines().at(-1)?.retry_ms, undefined);
});

test('a success keeps a retry armed for other work; stop fires nothing until start', async () => {
  const h = harness();
  h.loop.failed(full);
  h.loop.succeeded();
  assert.ok(h.loop.armed);
  h.loop.stop();
  await h.timers.advance(1000);
  assert.is(h.runs.count, 0);
  h.loop.failed(full);
  assert.equal(h.timers.scheduled, [], 'stopped: nothing armed');
  h.loop.start();
  h.loop.failed(full);
  await h.timers.advance(1000);
  assert.is(h.runs.count, 1);
});

test.run();
