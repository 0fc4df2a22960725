import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PostFleet } from '../../bench/post-fleet.js';
import { waitFor } from '../support/net.js';
import { postgresMissing } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';
import { storedPerPost, watchStream, WorkerRig, type Worker } from './workers.js';

const test = suite('centre workers: one killed, one restarted');
const missing = postgresMissing();
const rig = new WorkerRig(test, missing);

testUnless(test, missing, 'three workers, 200 posts: one killed with -9 and one restarted mid-load; every record stored exactly once, every outbox drained, every record on a surviving worker\'s stream', async () => {
  const pg = rig.server;
  const [survivor, restarted, killed] = (await rig.startWorkers('three_workers', 3)) as [Worker, Worker, Worker];
  const stream = watchStream(survivor.api);
  try {
    const posts = await PostFleet.connect({ broker: rig.brokerUrl, posts: 200, recordsPerSecond: 4, ackTimeoutMs: 3000 });
    rig.fleet = posts;
    posts.start();
    const total = 200 * 4 * 15;
    const killAt = Math.floor(total * (0.1 + Math.random() * 0.4));
    await waitFor(`${killAt} records made`, () => posts.generated >= killAt, 60_000);
    await killed.peer.kill();
    await waitFor('records acked after the kill', () => posts.acked >= killAt * 0.9, 60_000);
    await restarted.restart();
    await waitFor(`${total} records made`, () => posts.generated >= total, 60_000);
    posts.stopGenerating();
    await waitFor(`every outbox drained (backlog ${posts.backlog()})`, () => posts.backlog() === 0, 60_000, 100);
    const stored = await storedPerPost(pg, 'three_workers');
    assert.is(stored.twice, 0, 'no record stored twice');
    assert.is(stored.total, posts.generated, 'every record made is stored');
    for (const post of posts.posts) assert.equal(stored.perPost.get(post.postId), { count: post.nextSeq - 1, max: post.nextSeq - 1 }, post.postId);
    const survivorStats = await survivor.stats();
    assert.ok(survivorStats.stored > 0 && survivorStats.stored < posts.generated, `the survivor stored ${survivorStats.stored} of ${posts.generated}: the load was shared`);
    await waitFor(`every record on the survivor's stream (${stream.seen.size} of ${posts.generated})`, () => stream.seen.size >= posts.generated, 30_000, 100);
    assert.is(stream.seen.size, posts.generated);
    const states = await pg.query<{ online: string }>('SELECT count(*) AS online FROM posts WHERE status = 1', [], 'three_workers');
    assert.is(Number(states[0]?.online), 200, 'every post\'s retained state applied');
  } finally {
    stream.close();
  }
});

test.run();
