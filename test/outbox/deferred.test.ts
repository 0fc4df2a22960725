import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toNumber, v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { defaultParts } from '../../agent/runtime/parts.js';
import { parseConfig } from '../../agent/config/index.js';
import { DeferredOutbox } from '../../agent/outbox/deferred.js';
import { OutpostError } from '../../kernel/errors.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

const reading = { reading: { sensor: 'charger', channels: [{ name: 'battery_voltage', unit: 'V' }], samples: [{ values: [12.7] }] }, priority: v1.Priority.PRIORITY_STATUS, timeUnixMs: 1 };

test('a store that cannot be opened at start is a fault in health and retried; records wait in memory, are sent from there, and go into the store once it opens', async () => {
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
    const memoryId = outbox.storeId;
    assert.is.not(memoryId, 0n, 'memory has a store id of its own');
    assert.equal(await outbox.enqueue([reading, reading]), [1, 2]);
    const lease = outbox.nextBatch({ maxBytes: 1000, maxRecords: 10 });
    assert.equal(lease?.records.map((record) => record.seq), [1, 2], 'held records are sent from memory');
    assert.is(outbox.ack([{ first: 1, last: 1 }]), 1);
    assert.is(outbox.health().counters?.['held_in_memory'], 1);
    rmSync(blocker);
    mkdirSync(blocker);
    await waitFor('the store to open on a retry', () => (outbox as DeferredOutbox).isOpen, 10_000);
    assert.is.not(outbox.storeId, memoryId);
    await waitFor('the unacked memory record stored', () => outbox.stats().records === 1);
    const seqs = await outbox.enqueue([reading]);
    assert.equal(seqs, [2]);
    assert.is(outbox.health().status, 'ok');
  } finally {
    await outbox.close();
  }
});

test('beyond its limit the memory hold drops the oldest non-alarm records, counts them and reports them as RECORDS_DROPPED', async () => {
  const unavailable = (): never => {
    throw new OutpostError('cannot open the store: read-only file system', { code: 'outbox.unavailable', subject: 'outbox', retryable: true });
  };
  const outbox = new DeferredOutbox(unavailable, silentLogger(), 3);
  try {
    await outbox.enqueue([reading, reading, reading, reading, reading]);
    const health = outbox.health();
    assert.is(health.counters?.['dropped_from_memory'], 2);
    assert.match(health.message ?? '', /2 records dropped from memory/);
    const lease = outbox.nextBatch({ maxBytes: 100_000, maxRecords: 10 });
    const records = (lease?.records ?? []).map((record) => v1.Record.decode(record.bytes));
    const report = records.find((record) => record.event?.kind === v1.EventKind.EVENT_KIND_RECORDS_DROPPED);
    assert.is(toNumber(report?.event?.dropped?.count ?? 0), 2);
    assert.is(report?.event?.dropped?.reason, v1.DropReason.DROP_REASON_REJECTED);
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
