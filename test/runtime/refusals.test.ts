import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type Database from 'better-sqlite3';
import { toNumber, v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { outboxSchema } from '../../agent/outbox/config.js';
import { SqliteOutbox, outboxOptionsFrom } from '../../agent/outbox/index.js';
import { Pipeline } from '../../agent/runtime/pipeline.js';
import type { TimeSource } from '../../agent/runtime/records.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { MemoryOutbox } from './fakes.js';

const time: TimeSource = { now: () => ({ unixMs: Date.now(), quality: v1.TimeQuality.TIME_QUALITY_NTP }) };
const reading = (value: number) => ({ reading: { sensor: `s${value}`, channels: [{ name: 'v', unit: 'V' }], samples: [{ values: [value] }] } });

function everything(outbox: SqliteOutbox): outpost.v1.Record[] {
  const lease = outbox.nextBatch({ maxBytes: Number.MAX_SAFE_INTEGER, maxRecords: 1_000_000 });
  if (lease === undefined) return [];
  outbox.release(lease);
  return lease.records.map((record) => v1.Record.decode(record.bytes));
}

test('a full disk refuses records the pipeline holds and stores once space returns: no drop reported, none counted', async () => {
  const path = join(tempDir('refusals-'), 'outbox.db');
  let db: Database.Database | undefined;
  // The store file fills (max_page_count), so readings go into it rather than the staging journal (whose own failure test/outbox/staging-journal.test.ts covers).
  const outbox = SqliteOutbox.open(path, {
    ...outboxOptionsFrom(outboxSchema.parse({ path, memory_queue: 2, group_commit: '0ms', compact_status: false, drop_report_interval: '10ms', staging_journal: false })),
    onDatabase: (handle) => (db = handle),
  });
  const pipeline = new Pipeline({ outbox, time, log: silentLogger() });
  try {
    db?.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    for (let value = 0; value < 6; value++) {
      pipeline.emit(reading(value));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor('refusals beyond memory_queue', () => (outbox.health().counters?.['rejected'] ?? 0) > 0);
    db?.pragma('max_page_count = 1073741823');
    await waitFor('every reading stored', () => everything(outbox).filter((record) => record.reading).length === 6, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await pipeline.drain();
    const drops = everything(outbox).filter((record) => record.event?.kind === v1.EventKind.EVENT_KIND_RECORDS_DROPPED);
    assert.equal(drops.map((record) => record.event?.message), [], 'nothing was lost, so nothing is reported lost');
    assert.is(pipeline.counters.dropped, 0);
  } finally {
    await pipeline.stop();
    await outbox.close();
  }
});

test('records the pipeline cannot hold are dropped, counted, and reported as RECORDS_DROPPED once the outbox takes records again', async () => {
  const outbox = new MemoryOutbox();
  outbox.failNext = 1_000;
  const pipeline = new Pipeline({ outbox, time, log: silentLogger(), maxHeld: 3 });
  for (let value = 0; value < 6; value++) pipeline.emit(reading(value));
  await waitFor('the drop', () => pipeline.counters.dropped === 3);
  outbox.failNext = 0;
  await waitFor('the retry', () => outbox.records.length > 0, 10_000);
  const report = outbox.records.find((record) => record.event?.kind === v1.EventKind.EVENT_KIND_RECORDS_DROPPED)?.event;
  assert.ok(report, 'the centre hears of the drop');
  assert.is(toNumber(report.dropped?.count ?? 0), 3);
  assert.is(report.dropped?.reason, v1.DropReason.DROP_REASON_REJECTED);
  await pipeline.stop();
});

test.run();
