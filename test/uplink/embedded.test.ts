import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { startCentre, type RunningCentre, SqliteCentreStore } from '../../centre/index.js';
import { waitFor } from '../support/net.js';
import { tempDir } from '../support/tmp.js';
import { detection, makeUplink, reading } from './helpers.js';
import { MemoryOutbox } from './memory-outbox.js';

let centre: RunningCentre | undefined;

test.after.each(async () => {
  await centre?.stop();
  centre = undefined;
});

test('records reach the embedded centre once, are acked and leave the outbox; state goes online then offline', async () => {
  const dir = tempDir();
  centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(dir, 'centre.db'), http: '127.0.0.1:0' });
  const outbox = new MemoryOutbox();
  await outbox.enqueue([reading(12.5), detection('geo-1:1'), reading(12.4)]);
  const uplink = makeUplink('bp-017', outbox, { broker: centre.brokerAddress, batch: { max_records: 2 } });
  await uplink.start();
  await waitFor('every record acked', () => outbox.stats().records === 0);
  const store = centre.store as SqliteCentreStore;
  assert.equal(store.seqs('bp-017').map((row) => row.seq), [1, 2, 3]);
  const vitals = uplink.linkVitals();
  assert.ok(vitals.connected);
  assert.is(vitals.recordsSent, 3);
  assert.ok(Number(vitals.lastSuccessUnixMs) > 0);

  const posts = (await (await fetch(`${centre.httpAddress}/api/posts`)).json()) as { id: string; online: boolean }[];
  assert.equal(posts.map((post) => [post.id, post.online]), [['bp-017', true]]);
  const detections = (await (await fetch(`${centre.httpAddress}/api/detections?post=bp-017`)).json()) as { detection: { id: string } }[];
  assert.equal(detections.map((row) => row.detection.id), ['geo-1:1']);

  await uplink.stop();
  await waitFor('post offline', async () => {
    const after = (await (await fetch(`${centre?.httpAddress}/api/posts/bp-017`)).json()) as { status: string };
    return after.status === 'offline';
  });
  assert.is(centre.stats().stored, 3);
  assert.is(centre.stats().duplicates, 0);
});

test.run();
