import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { v1 } from '../../wire/index.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import type { SqliteOutbox } from '../../agent/outbox/index.js';
import { waitFor } from '../support/net.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { makeUplink, openOutbox, reading } from '../uplink/helpers.js';
import { figure } from './figure.js';
import { ShapedLink, shapingMissing } from './shaped-link.js';

const missing = shapingMissing();

let link: ShapedLink | undefined;
let centre: RunningCentre | undefined;
let uplink: Uplink | undefined;
let outbox: SqliteOutbox | undefined;

test.after.each(async () => {
  await uplink?.stop();
  await outbox?.close();
  await centre?.stop();
  await link?.close();
  uplink = centre = outbox = link = undefined;
});

testUnless(test, missing, 'the uplink drains a small backlog over a 9.6 kbit/s, 300 ms link: every record stored once', async () => {
  const dir = tempDir();
  const rateBit = 9600;
  link = await ShapedLink.start(dir, { rateBit, delayMs: 300 });
  centre = await startCentre({ broker: link.centreUrl, db: join(dir, 'centre.db'), clientId: 'centre-shaped' });
  const store = openOutbox(dir);
  outbox = store;
  const total = 300;
  const records = Array.from({ length: total }, (_, index) => reading(index));
  const payloadBytes = records.reduce((sum, record) => sum + v1.Record.encode(record).finish().length, 0);
  await store.enqueue(records);
  const before = link.wireBytes();
  const begun = Date.now();
  // Default window and envelope sizes (the slow-links issue tunes those); a quick reconnect.
  uplink = makeUplink('bp-radio', store, { broker: link.postUrl, reconnect: { min: '1s', max: '5s' } });
  await uplink.start();
  await waitFor('the backlog to drain', () => store.stats().records === 0, 240_000, 200);
  const seconds = (Date.now() - begun) / 1000;
  const after = link.wireBytes();
  const seqs = (centre.store as SqliteCentreStore).seqs('bp-radio').map((row) => row.seq);
  assert.equal(seqs, Array.from({ length: total }, (_, index) => index + 1), 'every record stored, once, in order');
  const wireUp = after.up - before.up;
  figure(`link_9k6_300ms_records: ${total} records`);
  figure(`link_9k6_300ms_payload: ${payloadBytes} bytes (records before deflate)`);
  figure(`link_9k6_300ms_wire_up: ${wireUp} bytes`);
  figure(`link_9k6_300ms_drain_time: ${seconds.toFixed(1)} s`);
  figure(`link_9k6_300ms_goodput: ${Math.round((payloadBytes * 8) / seconds)} bit/s (records before deflate)`);
  figure(`link_9k6_300ms_utilisation: ${((100 * wireUp * 8) / (seconds * rateBit)).toFixed(0)} %`);
  figure(`link_9k6_300ms_duplicates: ${centre.stats().duplicates} records`);
  assert.ok(seconds >= (wireUp * 8) / rateBit, `${wireUp} bytes took ${seconds.toFixed(1)} s: no faster than the link rate allows`);
});

testUnless(test, missing, 'an outage mid-drain on a lossy 9.6 kbit/s, 300 ms link: the drain resumes, nothing lost, nothing stored twice', async () => {
  const dir = tempDir();
  const rateBit = 9600;
  link = await ShapedLink.start(dir, { rateBit, delayMs: 300, lossPercent: 1 });
  centre = await startCentre({ broker: link.centreUrl, db: join(dir, 'centre.db'), clientId: 'centre-outage' });
  const store = openOutbox(dir);
  outbox = store;
  const total = 600;
  await store.enqueue(Array.from({ length: total }, (_, index) => reading(index)));
  const begun = Date.now();
  uplink = makeUplink('bp-outage', store, { broker: link.postUrl, reconnect: { min: '1s', max: '5s' } });
  await uplink.start();
  const running = centre;
  await waitFor('the centre to be storing', () => running.stats().stored > 0, 120_000, 100);
  link.outage();
  const storedAtCut = running.stats().stored;
  // The outage's length is the scenario (a radio shadowed for 15 s), not a wait for something.
  await new Promise((resolve) => setTimeout(resolve, 15_000));
  link.restore();
  await waitFor('the backlog to drain after the outage', () => store.stats().records === 0, 300_000, 200);
  const seconds = (Date.now() - begun) / 1000;
  const seqs = (running.store as SqliteCentreStore).seqs('bp-outage').map((row) => row.seq);
  assert.equal(seqs, Array.from({ length: total }, (_, index) => index + 1), 'every record stored, once, in order');
  assert.ok(storedAtCut < total, 'the outage came before the drain was done');
  figure(`link_9k6_300ms_1pct_outage: 15 s`);
  figure(`link_9k6_300ms_1pct_outage_drain_time: ${seconds.toFixed(1)} s (${total} records)`);
  figure(`link_9k6_300ms_1pct_outage_resends: ${uplink.health().counters?.resends ?? 0} envelopes`);
  figure(`link_9k6_300ms_1pct_outage_reconnects: ${uplink.health().counters?.reconnects ?? 0}`);
  figure(`link_9k6_300ms_1pct_outage_duplicates: ${running.stats().duplicates} records`);
});

test.run();
