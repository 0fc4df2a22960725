import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import type { Outbox } from '../../agent/outbox/types.js';
import { leasedCount, makeUplink, openOutbox, reading } from './helpers.js';
import { Mosquitto } from './mosquitto.js';
import { TcpProxy } from './tcp-proxy.js';
import type { Uplink } from '../../agent/uplink/index.js';

const test = suite('uplink link faults (Mosquitto)');
const FAST = { ack_timeout: '2s', reconnect: { min: '100ms', max: '400ms' }, batch: { max_records: 50 }, in_flight: 4 };

let broker: Mosquitto | undefined;
let centre: RunningCentre | undefined;
let uplink: Uplink | undefined;
let proxy: TcpProxy | undefined;
let outbox: Outbox | undefined;

test.after.each(async () => {
  await uplink?.stop();
  await outbox?.close();
  await centre?.stop();
  await proxy?.close();
  await broker?.stop();
  uplink = centre = proxy = broker = outbox = undefined;
});

/** Enqueues `total` records in batches while `during` runs at about the middle. */
async function produce(outbox: Outbox, total: number, centreOf: () => RunningCentre, during: () => Promise<void>): Promise<void> {
  const batch = 25;
  let fault: Promise<void> | undefined;
  for (let enqueued = 0; enqueued < total; enqueued += batch) {
    await outbox.enqueue(Array.from({ length: batch }, (_, index) => reading(enqueued + index)));
    if (fault === undefined && enqueued >= total / 2) {
      await waitFor('the centre to be storing', () => centreOf().stats().stored > 0);
      fault = during();
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await fault;
}

function assertExactlyOnce(store: SqliteCentreStore, postId: string, total: number): void {
  const seqs = store.seqs(postId).map((row) => row.seq);
  assert.is(seqs.length, total, 'one row per enqueued record');
  assert.equal(seqs, Array.from({ length: total }, (_, index) => index + 1));
}

test('broker restarted mid-stream: every record stored exactly once', async () => {
  const dir = tempDir();
  broker = await Mosquitto.start(dir);
  centre = await startCentre({ broker: broker.url, db: join(dir, 'centre.db'), clientId: 'centre-restart-test' });
  const store = openOutbox(dir);
  outbox = store;
  uplink = makeUplink('bp-001', store, { broker: broker.url, ...FAST });
  await uplink.start();
  const total = 1500;
  await produce(store, total, () => centre as RunningCentre, () => (broker as Mosquitto).restart());
  await waitFor('the outbox to drain', () => store.stats().records === 0, 30_000);
  assertExactlyOnce(centre.store as SqliteCentreStore, 'bp-001', total);
  assert.ok(uplink.linkVitals().reconnects! >= 1, 'the uplink reconnected');
  assert.is(leasedCount(store), 0);
});

test('link cut for a while under load: nothing lost, nothing stored twice, leases released', async () => {
  const dir = tempDir();
  broker = await Mosquitto.start(dir);
  proxy = await TcpProxy.start(broker.port);
  centre = await startCentre({ broker: broker.url, db: join(dir, 'centre.db'), clientId: 'centre-cut-test' });
  const store = openOutbox(dir);
  outbox = store;
  uplink = makeUplink('bp-002', store, { broker: proxy.url, ...FAST });
  await uplink.start();
  const total = 1500;
  const link = proxy;
  const running = uplink;
  await produce(store, total, () => centre as RunningCentre, async () => {
    link.cut();
    await waitFor('the uplink to notice', () => !running.linkVitals().connected);
    assert.is(leasedCount(store), 0, 'a lost link gives every lease back');
    assert.is(running.health().status, 'degraded');
    await new Promise((resolve) => setTimeout(resolve, 500));
    link.restore();
  });
  await waitFor('the outbox to drain', () => store.stats().records === 0, 30_000);
  assertExactlyOnce(centre.store as SqliteCentreStore, 'bp-002', total);
  assert.is(uplink.health().status, 'ok');
});

test.run();
