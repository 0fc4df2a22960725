import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { defaultParts } from '../../agent/runtime/parts.js';
import { parseConfig } from '../../agent/config/index.js';
import { DeferredOutbox } from '../../agent/outbox/deferred.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

const reading = { reading: { sensor: 'charger', channels: [{ name: 'battery_voltage', unit: 'V' }], samples: [{ values: [12.7] }] }, priority: v1.Priority.PRIORITY_STATUS, timeUnixMs: 1 };

test('a store that cannot be opened at start is a fault in health and retried; records are refused (for the pipeline to hold) until it opens', async () => {
  const dir = tempDir('deferred');
  // A file where the outbox folder should be: mkdir fails with ENOTDIR, even for root.
  const blocker = join(dir, 'data');
  writeFileSync(blocker, 'not a folder');
  const { config } = parseConfig(`post: { id: bp-001 }\noutbox: { path: ${join(blocker, 'outbox.db')} }\nuplink: { broker: 'mqtt://127.0.0.1:1' }\n`, 'post.yaml', {});
  assert.ok(config);
  const outbox = defaultParts().openOutbox(config, silentLogger());
  try {
    assert.instance(outbox, DeferredOutbox);
    const health = outbox.health();
    assert.is(health.status, 'fault');
    assert.match(health.message ?? '', /cannot make the outbox folder .*data.*retrying in \d+ s, records are held in memory/);
    assert.is(outbox.storeId, 0n);
    assert.is(outbox.nextBatch({ maxBytes: 1000, maxRecords: 10 }), undefined, 'nothing is sent before anything is durable');
    try {
      await outbox.enqueue([reading]);
      assert.unreachable('enqueue must refuse while the store is not open');
    } catch (error) {
      assert.match(String(error), /not open yet/);
    }
    rmSync(blocker);
    mkdirSync(blocker);
    await waitFor('the store to open on a retry', () => (outbox as DeferredOutbox).isOpen, 10_000);
    const seqs = await outbox.enqueue([reading]);
    assert.equal(seqs, [1]);
    assert.is.not(outbox.storeId, 0n);
    assert.is(outbox.health().status, 'ok');
  } finally {
    await outbox.close();
  }
});

test('any other failure of the first open is thrown: it is a bug or a config error, not something to wait out', () => {
  assert.throws(
    () =>
      new DeferredOutbox(() => {
        throw new Error('max_bytes must be positive');
      }, silentLogger()),
    /max_bytes must be positive/,
  );
});

test.run();
