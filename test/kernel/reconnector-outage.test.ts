import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../kernel/logger.js';
import { OutpostError } from '../../kernel/errors.js';
import { Reconnector, type ReconnectorOptions } from '../../kernel/reconnector.js';
import { FakeTimers } from '../support/fake-timers.js';

/**
 * The Reconnector's two options for links that flap and links that go away for long
 * (`resetBackoff: 'proved'`, `outageShare`), with fake timers and the jitter at its ceiling.
 */

const unreachable = new OutpostError('broker unreachable', { code: 'uplink.refused', retryable: true });
const dropped = new OutpostError('connection lost', { code: 'uplink.lost', retryable: true });

interface Handle {
  id: number;
}

function harness(down: () => boolean, extra: Partial<ReconnectorOptions<Handle>>) {
  const timers = new FakeTimers();
  let attempts = 0;
  const reconnector = new Reconnector<Handle>({
    subject: 'uplink',
    log: silentLogger(),
    timers,
    now: () => timers.now,
    random: () => 1,
    retry: { minMs: 100, maxMs: 600_000 },
    open: async () => {
      attempts += 1;
      if (down()) throw unreachable;
      return { id: attempts };
    },
    close: () => undefined,
    ...extra,
  });
  return { reconnector, timers, attempts: () => attempts };
}

test("resetBackoff 'proved': an open does not reset the backoff, proved() does; a stale handle proves nothing", async () => {
  const h = harness(() => false, { resetBackoff: 'proved' });
  await h.reconnector.start();
  const delays: number[] = [];
  for (let flap = 0; flap < 4; flap += 1) {
    h.reconnector.lost(h.reconnector.handle as Handle, dropped);
    delays.push(h.timers.scheduled[0] as number);
    await h.timers.advance(h.timers.scheduled[0] as number);
  }
  assert.equal(delays, [100, 200, 400, 800], 'a peer that accepts and drops at once: the backoff keeps growing across opens');
  const stale = h.reconnector.handle as Handle;
  h.reconnector.lost(stale, dropped);
  await h.timers.advance(h.timers.scheduled[0] as number);
  h.reconnector.proved(stale);
  h.reconnector.lost(h.reconnector.handle as Handle, dropped);
  assert.equal(h.timers.scheduled, [3200], 'proved() with a handle already lost changes nothing');
  await h.timers.advance(3200);
  h.reconnector.proved(h.reconnector.handle as Handle);
  h.reconnector.lost(h.reconnector.handle as Handle, dropped);
  assert.equal(h.timers.scheduled, [100], 'after a proof the next failure waits the minimum again');
  await h.reconnector.stop();
});

test('the default resets the backoff at every open, as before', async () => {
  const h = harness(() => false, {});
  await h.reconnector.start();
  h.reconnector.lost(h.reconnector.handle as Handle, dropped);
  await h.timers.advance(h.timers.scheduled[0] as number);
  h.reconnector.lost(h.reconnector.handle as Handle, dropped);
  assert.equal(h.timers.scheduled, [100]);
  await h.reconnector.stop();
});

test('outageShare: after a 5-minute outage the next try comes within a tenth of it; without it, minutes later', async () => {
  const late = async (extra: Partial<ReconnectorOptions<Handle>>): Promise<{ lateMs: number; tries: number }> => {
    let down = false;
    const h = harness(() => down, extra);
    await h.reconnector.start();
    down = true;
    h.reconnector.lost(h.reconnector.handle as Handle, dropped);
    const backAt = h.timers.now + 300_000;
    while (h.timers.now + (h.timers.scheduled[0] as number) < backAt) await h.timers.advance(h.timers.scheduled[0] as number);
    const triesDuring = h.attempts();
    down = false;
    const lateMs = h.timers.now + (h.timers.scheduled[0] as number) - backAt;
    await h.timers.advance(h.timers.scheduled[0] as number);
    assert.ok(h.reconnector.handle !== undefined, 'open again');
    await h.reconnector.stop();
    return { lateMs, tries: triesDuring };
  };
  const capped = await late({ outageShare: 0.1 });
  const plain = await late({});
  assert.ok(capped.lateMs <= 30_000, `at most a tenth of the outage late: ${capped.lateMs} ms`);
  assert.ok(plain.lateMs > 60_000, `without the cap the backoff had grown to minutes: ${plain.lateMs} ms`);
  // Tries stay few: at most a tenth of the time down between them, once past the minimum.
  assert.ok(capped.tries < 80, `${capped.tries} tries in 5 minutes`);
});

test('outageShare caps only failed opens: a peer that keeps dropping what it accepts meets the full backoff', async () => {
  const h = harness(() => false, { outageShare: 0.1, resetBackoff: 'proved' });
  await h.reconnector.start();
  const delays: number[] = [];
  for (let flap = 0; flap < 6; flap += 1) {
    h.reconnector.lost(h.reconnector.handle as Handle, dropped);
    delays.push(h.timers.scheduled[0] as number);
    await h.timers.advance(h.timers.scheduled[0] as number);
  }
  assert.equal(delays, [100, 200, 400, 800, 1600, 3200]);
  await h.reconnector.stop();
});

test.run();
