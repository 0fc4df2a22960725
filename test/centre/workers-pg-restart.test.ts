import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PostFleet } from '../../bench/post-fleet.js';
import { waitFor } from '../support/net.js';
import { postgresMissing } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';
import { storedPerPost, watchStream, WorkerRig, type Worker } from './workers.js';

const test = suite('centre workers: PostgreSQL restarted under load');
const missing = postgresMissing();
const rig = new WorkerRig(test, missing);

testUnless(test, missing, 'PostgreSQL restarted under load: the workers report the fault, ack nothing while it is down, reconnect, and nothing is lost', async () => {
  const pg = rig.server;
  const workers = await rig.startWorkers('pg_restart', 2);
  const posts = await PostFleet.connect({ broker: rig.brokerUrl, posts: 60, recordsPerSecond: 5, ackTimeoutMs: 2000, prefix: 'pgr' });
  rig.fleet = posts;
  posts.start();
  await waitFor('records acked before the restart', () => posts.acked >= 1000, 60_000);
  await pg.stop();
  await Promise.all(workers.map((worker) => worker.peer.waitForOutput(/could not store envelopes; not acked/, 30_000)));
  const faultSeen = Date.now();
  await waitFor('a full ack timeout of resends refused while PostgreSQL is down', () => Date.now() - faultSeen > 2500, 10_000, 100);
  const acksWhileDown = posts.ackTimes.filter((time) => time > faultSeen + 200).length;
  await pg.run();
  assert.is(acksWhileDown, 0, 'no ack while PostgreSQL was down');
  // The live stream's LISTEN connection was cut too: records stored from now on must reach it again.
  const stream = watchStream((workers[0] as Worker).api);
  const made = posts.generated;
  await waitFor(`records made after the restart`, () => posts.generated >= made + 1000, 60_000);
  posts.stopGenerating();
  await waitFor(`every outbox drained (backlog ${posts.backlog()})`, () => posts.backlog() === 0, 60_000, 100);
  const stored = await storedPerPost(pg, 'pg_restart');
  assert.is(stored.twice, 0);
  assert.is(stored.total, posts.generated);
  for (const worker of workers) assert.ok((await worker.stats()).storeErrors > 0, 'each worker counted the failed commits');
  await waitFor('records on the live stream after PostgreSQL came back', () => stream.seen.size > 0, 30_000, 100);
  stream.close();
});

test.run();
