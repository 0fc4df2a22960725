import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { v1 } from '../../wire/index.js';
import { startCentre, type RunningCentre, type SqliteCentreStore } from '../../centre/index.js';
import { waitFor } from '../support/net.js';
import { startPeer, type Peer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';
import { Mosquitto } from './mosquitto.js';

let broker: Mosquitto | undefined;
let centre: RunningCentre | undefined;
let agent: Peer | undefined;

test.after.each(async () => {
  await agent?.stop();
  await centre?.stop();
  await broker?.stop();
  agent = centre = broker = undefined;
});

function startAgent(outbox: string, url: string, first: number, count: number): Peer {
  return startPeer(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'agent-child.ts'), outbox, url, String(first), String(count)], { env: { ...process.env } });
}

function lastEnqueued(peer: Peer): number {
  const all = [...peer.output().matchAll(/enqueued (\d+)/g)];
  return all.length === 0 ? 0 : Number(all.at(-1)?.[1]);
}

test('agent killed with kill -9 mid-send and restarted: every durable record stored exactly once', async () => {
  const dir = tempDir();
  const outbox = join(dir, 'outbox.db');
  broker = await Mosquitto.start(dir);
  centre = await startCentre({ broker: broker.url, db: join(dir, 'centre.db'), clientId: 'centre-agent-crash' });
  agent = startAgent(outbox, broker.url, 1, 4000);
  await waitFor('the centre to be storing', () => (centre as RunningCentre).stats().stored > 200);
  await agent.kill();
  const durable = lastEnqueued(agent);
  assert.ok(durable < 4000, 'killed before it finished enqueuing');

  agent = startAgent(outbox, broker.url, 100_001, 40);
  await agent.waitForOutput(/drained/, 30_000);
  assert.is(await agent.exited, 0);
  agent = undefined;

  const store = centre.store as SqliteCentreStore;
  const rows = await store.records({ kinds: ['detection'], postId: 'bp-040', limit: 1_000_000 });
  const ids = rows.map((row) => Number(v1.Record.decode(row.bytes).detection?.id));
  assert.is(new Set(ids).size, ids.length, 'no detection stored twice');
  const held = new Set(ids);
  for (let id = 1; id <= durable; id++) if (!held.has(id)) assert.unreachable(`detection ${id} was durably enqueued but never reached the centre`);
  for (let id = 100_001; id <= 100_040; id++) assert.ok(held.has(id), `detection ${id} after the restart`);
  const seqs = store.seqs('bp-040').map((row) => row.seq);
  assert.equal(seqs, Array.from({ length: seqs.length }, (_, index) => index + 1), 'seqs 1..n, none twice, none missing');
});

test.run();
