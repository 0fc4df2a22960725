import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PostFleet } from '../../bench/post-fleet.js';
import { waitFor } from '../support/net.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { Mosquitto } from '../uplink/mosquitto.js';
import { storedPerPost, Worker } from './workers.js';

const test = suite('centre workers on Mosquitto and PostgreSQL');
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

/** Reads one worker's SSE stream, counting records per post. */
function watchStream(api: string): { seen: Set<string>; close: () => void } {
  const seen = new Set<string>();
  const abort = new AbortController();
  void (async () => {
    const response = await fetch(`${api}/api/stream`, { signal: abort.signal });
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = text.indexOf('\n\n')) >= 0) {
        const data = /^data: (.*)$/m.exec(text.slice(0, end))?.[1];
        text = text.slice(end + 2);
        if (data === undefined) continue;
        const record = JSON.parse(data) as { postId: string; storeId: string; seq: string };
        seen.add(`${record.postId}/${record.storeId}/${record.seq}`);
      }
    }
  })().catch(() => undefined);
  return { seen, close: () => abort.abort() };
}

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
    const total = 200 * 4 * 20;
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

testUnless(test, missing, 'PostgreSQL restarted under load: the workers report the fault, ack nothing while it is down, reconnect, and nothing is lost', async () => {
  const pg = server as TestPostgres;
  const url = (await pg.createDatabase('pg_restart')).replace(/:[^:@/]*@/, '@');
  workers.push(...(await Promise.all([0, 1].map(() => Worker.start((broker as Mosquitto).url, url)))));
  const posts = await PostFleet.connect({ broker: (broker as Mosquitto).url, posts: 60, recordsPerSecond: 5, ackTimeoutMs: 2000, prefix: 'pgr' });
  fleet = posts;
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
