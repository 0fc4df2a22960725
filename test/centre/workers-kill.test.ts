import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PostFleet } from '../../bench/post-fleet.js';
import { waitFor } from '../support/net.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { Mosquitto } from '../uplink/mosquitto.js';
import { storedPerPost, watchStream, Worker } from './workers.js';

const test = suite('centre workers: one killed, one restarted');
const missing = postgresMissing();
let server: TestPostgres | undefined;
let broker: Mosquitto | undefined;
const workers: Worker[] = [];
let fleet: PostFleet | undefined;

test.before(async () => {
  if (missing !== undefined) return;
  server = await TestPostgres.start();
  // Deep queues: a worker that falls behind must be paced, not have QoS 1 messages dropped.
  broker = await Mosquitto.start(tempDir(), { extra: ['allow_anonymous true', 'max_queued_messages 100000'] });
});

test.after.each(async () => {
  await fleet?.stop();
  fleet = undefined;
  await Promise.all(workers.splice(0).map((worker) => worker.peer.stop()));
});

test.after(async () => {
  await broker?.stop();
  await server?.stop();
});

testUnless(test, missing, 'three workers, 200 posts: one killed with -9 and one restarted mid-load; every record stored exactly once, every outbox drained, every record on a surviving worker\'s stream', async () => {
  const pg = server as TestPostgres;
  const db = await pg.createDatabase('three_workers');
  const url = db.replace(/:[^:@/]*@/, '@'); // the workers get the password from PGPASSWORD
  workers.push(...(await Promise.all([0, 1, 2].map(() => Worker.start((broker as Mosquitto).url, url)))));
  const [survivor, restarted, killed] = workers as [Worker, Worker, Worker];
  const stream = watchStream(survivor.api);
  try {
    const posts = await PostFleet.connect({ broker: (broker as Mosquitto).url, posts: 200, recordsPerSecond: 4, ackTimeoutMs: 3000 });
    fleet = posts;
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
