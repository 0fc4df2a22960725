import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { SqliteCentreStore } from '../../centre/index.js';
import type { Uplink } from '../../agent/uplink/index.js';
import { freePort, waitFor } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';
import type { SqliteOutbox } from '../../agent/outbox/index.js';
import { makeUplink, openOutbox, reading } from './helpers.js';
import { Mosquitto } from './mosquitto.js';

let broker: Mosquitto | undefined;
let uplink: Uplink | undefined;
let centre: Peer | undefined;
let outbox: SqliteOutbox | undefined;

test.after.each(async () => {
  await uplink?.stop();
  await outbox?.close();
  await centre?.stop();
  await broker?.stop();
  uplink = centre = broker = outbox = undefined;
});

function startCentreProcess(brokerUrl: string, db: string, httpPort: number): Peer {
  return startPeer(process.execPath, ['--import', 'tsx', 'agent/cli/main.ts', 'centre', '--broker', brokerUrl, '--db', db, '--http', `127.0.0.1:${httpPort}`, '--client-id', 'centre-crash-test', '--insecure'], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, OUTPOST_LOG_LEVEL: 'warn' },
  });
}

async function storedSoFar(httpPort: number): Promise<number> {
  try {
    const stats = (await (await fetch(`http://127.0.0.1:${httpPort}/api/stats`)).json()) as { stored: number };
    return stats.stored;
  } catch {
    return 0;
  }
}

test('centre killed with kill -9 mid-ingest and restarted: every record stored exactly once', async () => {
  const dir = tempDir();
  const db = join(dir, 'centre.db');
  broker = await Mosquitto.start(dir);
  const httpPort = await freePort();
  centre = startCentreProcess(broker.url, db, httpPort);
  await centre.waitForOutput(/centre ready/);
  const store = openOutbox(dir);
  outbox = store;
  uplink = makeUplink('bp-003', store, { broker: broker.url, ack_timeout: '2s', reconnect: { min: '100ms', max: '400ms' }, batch: { max_records: 20 }, in_flight: 8 });
  await uplink.start();
  const total = 3000;
  for (let enqueued = 0; enqueued < total; enqueued += 100) await store.enqueue(Array.from({ length: 100 }, (_, index) => reading(enqueued + index)));
  await waitFor('the centre to be ingesting', async () => (await storedSoFar(httpPort)) > 0);
  await centre.kill();
  assert.ok(store.stats().records > 0, 'the centre died before everything was stored');
  centre = startCentreProcess(broker.url, db, httpPort);
  await centre.waitForOutput(/centre ready/);
  await waitFor('the outbox to drain', () => store.stats().records === 0, 30_000);
  await centre.stop();
  centre = undefined;
  const held = SqliteCentreStore.open(db);
  try {
    const seqs = held.seqs('bp-003').map((row) => row.seq);
    assert.is(seqs.length, total);
    assert.equal(seqs, Array.from({ length: total }, (_, index) => index + 1));
  } finally {
    await held.close();
  }
});

test.run();
