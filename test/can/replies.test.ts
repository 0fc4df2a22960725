import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ReplyQueue } from '../../drivers/can/slcan/replies.js';
import { OutpostError } from '../../kernel/errors.js';

const test = suite('slcan reply queue');

/** Collects rejections nobody handled while `body` runs (Node would otherwise end the process). */
async function unhandledDuring(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void seen.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    await body();
    // Unhandled rejections are reported after the microtask queue drains; give it a macrotask.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  return seen;
}

/** A write the test finishes by hand, so a reply can arrive while it is still in flight. */
function slowWrite(): { write: () => Promise<void>; finish: () => void } {
  let finish: () => void = () => undefined;
  const written = new Promise<void>((resolve) => (finish = resolve));
  return { write: () => written, finish };
}

test('a BELL that arrives while the write is still in flight reaches the caller, not the process', async () => {
  const queue = new ReplyQueue('can0', 4, 1000);
  let caught: unknown;
  const seen = await unhandledDuring(async () => {
    const slow = slowWrite();
    const reply = queue.request('t1238AA', slow.write);
    await new Promise((resolve) => setImmediate(resolve));
    queue.settle('', true);
    // Let Node's unhandled-rejection check run before the write completes and the caller awaits.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    slow.finish();
    caught = await reply.catch((error: unknown) => error);
  });
  assert.equal(seen, []);
  assert.instance(caught, OutpostError);
  assert.is((caught as OutpostError).code, 'can.refused');
});

test('a timeout during a slow write reaches the caller, not the process', async () => {
  const queue = new ReplyQueue('can0', 4, 5);
  let caught: unknown;
  const seen = await unhandledDuring(async () => {
    const slow = slowWrite();
    const reply = queue.request('V', slow.write);
    await new Promise((resolve) => setTimeout(resolve, 30));
    slow.finish();
    caught = await reply.catch((error: unknown) => error);
  });
  assert.equal(seen, []);
  assert.is((caught as OutpostError).code, 'can.timeout');
});

test('a failed write rejects the reply with the disconnect', async () => {
  const queue = new ReplyQueue('can0', 4, 1000);
  const caught = await queue.request('O', () => Promise.reject(new Error('EIO'))).catch((error: unknown) => error);
  assert.is((caught as OutpostError).code, 'can.disconnected');
  assert.is(queue.outstanding, 0);
});

test.run();
