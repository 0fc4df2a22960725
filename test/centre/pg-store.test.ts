import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import pg from 'pg';
import { OutpostError } from '../../kernel/errors.js';
import { bodyKinds, v1 } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { openStore } from '../../centre/open-store.js';
import { DAY_MS, partitionName } from '../../centre/pg-partitions.js';
import { migrate, MIGRATIONS, SCHEMA_VERSION } from '../../centre/pg-schema.js';
import { AUDIT_LOCK } from '../../centre/pg-access.js';
import { PostgresCentreStore } from '../../centre/pg-store.js';
import { Ingest } from '../../centre/ingest.js';
import type { PostStateRow } from '../../centre/store.js';
import { waitFor } from '../support/net.js';
import { POSTGRES_PASSWORD } from '../support/postgres.js';
import { postgresSuite } from './pg-suite.js';
import { testUnless } from '../support/skip.js';

const test = suite('centre PostgreSQL store');
const { missing, server, freshDatabase } = postgresSuite(test, 'pgstore');
const log = silentLogger();
const NOW = Date.now();

/** A fresh database migrated only up to schema `version` and seeded through one connection: as an older centre left it. */
async function olderDatabase(version: number, seed: (client: pg.PoolClient) => Promise<void>): Promise<{ url: string; name: string }> {
  const database = await freshDatabase();
  const pool = new pg.Pool({ connectionString: database.url });
  const client = await pool.connect();
  try {
    assert.is(await migrate(client, NOW, version), 0);
    await seed(client);
  } finally {
    client.release();
    await pool.end();
  }
  return database;
}

/** Today's partition of records, for seeded records to go in (the schema has none: the store makes them ahead when it opens). */
async function todaysPartition(client: pg.PoolClient): Promise<void> {
  const day = Math.floor(NOW / DAY_MS) * DAY_MS;
  await client.query(`CREATE TABLE ${partitionName(day)} PARTITION OF records FOR VALUES FROM (${day}) TO (${day + DAY_MS})`);
}

async function assertEveryMigrationApplied(name: string): Promise<void> {
  const versions = await server().query<{ version: number }>('SELECT version FROM outpost_schema_migrations ORDER BY version', [], name);
  assert.equal(versions.map((row) => row.version), MIGRATIONS.map((migration) => migration.version));
}

testUnless(test, missing, 'a database of schema version 1 holding data is migrated at start and its data kept', async () => {
  const { url, name } = await olderDatabase(1, async (client) => {
    await todaysPartition(client);
    await client.query("INSERT INTO posts (post_id, boot_id, status, last_seen_unix_ms) VALUES ('bp-1', 'boot-old', 1, $1)", [NOW]);
    await client.query("INSERT INTO record_keys VALUES ('bp-1', '9', 1, $1)", [NOW]);
    await client.query("INSERT INTO records (post_id, store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body) VALUES ('bp-1', '9', 1, 'reading', 'power', $1, 1, 3, $1, '\\x0102')", [NOW]);
  });
  const store = await PostgresCentreStore.open(url, { log, clock: () => NOW });
  try {
    await assertEveryMigrationApplied(name);
    assert.equal((await store.records({ kinds: ['reading'], limit: 10 })).map((row) => [row.seq, [...row.bytes]]), [[1, [1, 2]]]);
    assert.equal(await store.storeBatches([{ postId: 'bp-1', storeId: '9', receivedUnixMs: NOW, records: [{ seq: 1, kind: 'reading', sensor: 'power', timeUnixMs: NOW, timeQuality: 1, priority: 3, bytes: Uint8Array.of(1, 2) }] }]), [{ inserted: [], duplicates: 1 }]);
    // Version 2 backfilled the boot the post held: its late will is ignored.
    const will = { postId: 'bp-1', status: 3, name: '', bootId: 'boot-old', agentVersion: '', configHash: '', startedUnixMs: 0, stateUnixMs: 0, storeId: '9', receivedUnixMs: NOW };
    assert.is(await store.recordState({ ...will, bootId: 'boot-new', status: 1 }), true);
    assert.is(await store.recordState(will), false);
  } finally {
    await store.close();
  }
});

testUnless(test, missing, 'a database of schema version 2 (before access tables) holding posts and records upgrades to keep users and post passwords', async () => {
  const { url, name } = await olderDatabase(2, async (client) => {
    await client.query("INSERT INTO posts (post_id, boot_id, status, last_seen_unix_ms) VALUES ('bp-1', 'boot-1', 1, $1)", [NOW]);
    await client.query("INSERT INTO post_boots VALUES ('bp-1', 'boot-1', $1)", [NOW]);
  });
  const store = await PostgresCentreStore.open(url, { log, clock: () => NOW });
  try {
    await assertEveryMigrationApplied(name);
    assert.equal((await store.posts()).map((post) => [post.postId, post.bootId, post.status]), [['bp-1', 'boot-1', 1]]);
    await store.access.putUser({ name: 'duty', role: 'admin', passwordHash: 'scrypt$x', createdUnixMs: NOW, updatedUnixMs: NOW });
    await store.access.putPostCredential({ postId: 'bp-1', passwordHash: 'scrypt$y', mosquittoHash: '$7$z', updatedUnixMs: NOW });
    assert.is((await store.access.user('duty'))?.role, 'admin');
    assert.is((await store.access.postCredential('bp-1'))?.mosquittoHash, '$7$z');
  } finally {
    await store.close();
  }
});

testUnless(test, missing, 'a database of schema version 3 holding incidents gets their ids into the indexed column at start', async () => {
  const { url } = await olderDatabase(3, async (client) => {
    await todaysPartition(client);
    for (const [seq, id] of [[1, 'inc-old'], [2, 'inc-older']] as const) {
      await client.query("INSERT INTO records (post_id, store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body) VALUES ('bp-1', '9', $1, 'incident', '', $2, 1, 2, $2, $3)", [seq, NOW, Buffer.from(v1.Record.encode({ seq, incident: { id } }).finish())]);
    }
  });
  const store = await PostgresCentreStore.open(url, { log, clock: () => NOW });
  try {
    assert.is((await store.recordByBodyId('incident', 'bp-1', 'inc-older'))?.seq, 2);
    assert.is((await store.recordByBodyId('incident', 'bp-1', 'inc-old'))?.seq, 1);
    assert.is(await store.recordByBodyId('incident', 'bp-2', 'inc-old'), undefined);
  } finally {
    await store.close();
  }
});

testUnless(test, missing, 'a database of schema version 7 (a dedupe key per record) becomes ranges of seqs per post and store, and still dedupes', async () => {
  const { url, name } = await olderDatabase(7, async (client) => {
    for (const seq of [1, 2, 3, 5, 7, 8]) await client.query("INSERT INTO record_keys VALUES ('bp-1', '9', $1, $2)", [seq, NOW]);
    await client.query("INSERT INTO record_keys VALUES ('bp-1', '10', 1, $1), ('bp-2', '9', 4, $1)", [NOW]);
  });
  const store = await PostgresCentreStore.open(url, { log, clock: () => NOW });
  try {
    await assertEveryMigrationApplied(name);
    const ranges = await server().query<{ post_id: string; store_id: string; seqs: string }>('SELECT post_id, store_id, seqs::text FROM record_seqs ORDER BY post_id, store_id', [], name);
    assert.equal(ranges.map((row) => [row.post_id, row.store_id, row.seqs]), [['bp-1', '10', '{[1,2)}'], ['bp-1', '9', '{[1,4),[5,6),[7,9)}'], ['bp-2', '9', '{[4,5)}']]);
    assert.equal((await server().query("SELECT 1 FROM pg_class WHERE relname = 'record_keys'", [], name)).length, 0);
    const reading = (postId: string, storeId: string, seqs: number[]) => ({ postId, storeId, receivedUnixMs: NOW, records: seqs.map((seq) => ({ seq, kind: 'reading' as const, sensor: 'power', timeUnixMs: NOW, timeQuality: 1, priority: 3, bytes: Uint8Array.of(seq) })) });
    assert.equal(await store.storeBatches([reading('bp-1', '9', [3, 4, 5, 6, 9]), reading('bp-1', '10', [1, 2]), reading('bp-2', '9', [4]), reading('bp-3', '9', [4])]), [
      { inserted: [4, 6, 9], duplicates: 2 },
      { inserted: [2], duplicates: 1 },
      { inserted: [], duplicates: 1 },
      { inserted: [4], duplicates: 0 },
    ]);
    const after = await server().query<{ seqs: string }>("SELECT seqs::text FROM record_seqs WHERE post_id = 'bp-1' AND store_id = '9'", [], name);
    assert.equal(after.map((row) => row.seqs), ['{[1,10)}']);
    // Seqs across a block boundary (4096 a row): each block its row, and a resend across it is a duplicate.
    const seqsFrom = (first: number, count: number) => Array.from({ length: count }, (_, index) => first + index);
    assert.equal(await store.storeBatches([reading('bp-4', '9', seqsFrom(4090, 11))]), [{ inserted: seqsFrom(4090, 11), duplicates: 0 }]);
    assert.equal(await store.storeBatches([reading('bp-4', '9', seqsFrom(4094, 9))]), [{ inserted: [4101, 4102], duplicates: 7 }]);
    const blocks = await server().query<{ block: string; seqs: string }>("SELECT block, seqs::text FROM record_seqs WHERE post_id = 'bp-4' ORDER BY block", [], name);
    assert.equal(blocks.map((row) => [Number(row.block), row.seqs]), [[0, '{[4090,4096)}'], [1, '{[4096,4103)}']]);
  } finally {
    await store.close();
  }
});

testUnless(test, missing, 'a database of schema version 8 holding records over two day partitions gets post numbers and kind codes in its list indexes, and every read finds its data', async () => {
  const yesterday = NOW - DAY_MS;
  const { url, name } = await olderDatabase(8, async (client) => {
    for (const day of [Math.floor(yesterday / DAY_MS) * DAY_MS, Math.floor(NOW / DAY_MS) * DAY_MS]) {
      await client.query(`CREATE TABLE ${partitionName(day)} PARTITION OF records FOR VALUES FROM (${day}) TO (${day + DAY_MS})`);
    }
    // bp-1 has a posts row; bp-2 only records (a post row is not the only source of post ids).
    await client.query("INSERT INTO posts (post_id, boot_id, status, last_seen_unix_ms) VALUES ('bp-1', 'boot-1', 1, $1)", [NOW]);
    const rows: [string, number, string, string, number, Buffer][] = [
      ['bp-1', 1, 'reading', 'power', yesterday, Buffer.of(1)],
      ['bp-1', 2, 'health', '', yesterday, Buffer.of(2)],
      ['bp-1', 3, 'reading', 'power', NOW, Buffer.of(3)],
      ['bp-1', 4, 'health', '', NOW, Buffer.of(4)],
      ['bp-1', 5, 'incident', '', NOW, Buffer.from(v1.Record.encode({ seq: 5, incident: { id: 'inc-1' } }).finish())],
      ['bp-2', 1, 'reading', 'door', yesterday, Buffer.of(6)],
      ['bp-2', 2, 'detection', 'radar', NOW, Buffer.of(7)],
      ['bp-2', 3, 'commandResult', '', NOW, Buffer.of(8)],
    ];
    for (const [postId, seq, kind, sensor, at, body] of rows) {
      await client.query('INSERT INTO records (post_id, store_id, seq, kind, sensor, time_unix_ms, time_quality, priority, received_unix_ms, body, body_id) VALUES ($1, \'9\', $2, $3, $4, $5, 1, 3, $5, $6, $7)', [postId, seq, kind, sensor, at, body, kind === 'incident' ? 'inc-1' : null]);
    }
    await client.query("INSERT INTO record_seqs VALUES ('bp-1', '9', 0, '{[1,6)}', '{}'), ('bp-2', '9', 0, '{[1,4)}', '{}')");
  });
  const store = await PostgresCentreStore.open(url, { log, clock: () => NOW });
  try {
    await assertEveryMigrationApplied(name);
    const pgQuery = <T extends pg.QueryResultRow>(sql: string) => server().query<T>(sql, [], name);
    assert.equal((await pgQuery<{ post_id: string; post_no: number }>('SELECT post_id, post_no FROM post_numbers ORDER BY post_no')).map((row) => [row.post_id, row.post_no]), [['bp-1', 1], ['bp-2', 2]]);
    // Every partition holds the new indexes (and the kind as a smallint).
    const indexes = await pgQuery<{ tablename: string; indexdef: string }>("SELECT tablename, indexdef FROM pg_indexes WHERE tablename LIKE 'records_2%' AND indexdef LIKE '%post_no%' ORDER BY tablename, indexname");
    const days = await pgQuery<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE tablename LIKE 'records_2%'");
    assert.ok(days.length >= 2);
    assert.equal(indexes.length, days.length * 3, 'records_by_post, records_latest_health and records_by_body_id on each day');
    assert.ok(indexes.some((row) => /WHERE \(kind = 4\)/.test(row.indexdef)), indexes.map((row) => row.indexdef).join('\n'));
    assert.equal((await pgQuery<{ data_type: string }>("SELECT data_type FROM information_schema.columns WHERE table_name = 'records' AND column_name IN ('kind', 'post_no') ORDER BY column_name")).map((row) => row.data_type), ['smallint', 'integer']);
    const seqsOf = (found: { seq: number }[]) => found.map((row) => row.seq);
    assert.equal(seqsOf(await store.records({ kinds: ['reading'], limit: 10 })), [3, 1, 1]);
    assert.equal((await store.records({ kinds: ['reading'], limit: 10 })).map((row) => [row.postId, row.kind, row.sensor]), [['bp-1', 'reading', 'power'], ['bp-2', 'reading', 'door'], ['bp-1', 'reading', 'power']]);
    assert.equal(seqsOf(await store.records({ kinds: ['reading'], postId: 'bp-2', limit: 10 })), [1]);
    assert.equal(seqsOf(await store.records({ kinds: ['reading', 'health'], postId: 'bp-1', limit: 10 })), [4, 3, 2, 1]);
    assert.equal(seqsOf(await store.records({ kinds: ['detection'], sensor: 'radar', limit: 10 })), [2]);
    assert.equal(seqsOf(await store.records({ kinds: ['commandResult'], postId: 'bp-2', limit: 10 })), [3]);
    assert.equal(await store.records({ kinds: ['reading'], postId: 'bp-9', limit: 10 }), []);
    assert.equal((await store.latestHealth()).map((row) => [row.postId, row.seq, row.kind]), [['bp-1', 4, 'health']]);
    assert.is((await store.recordByBodyId('incident', 'bp-1', 'inc-1'))?.seq, 5);
    assert.is(await store.recordByBodyId('incident', 'bp-2', 'inc-1'), undefined);
    assert.equal((await store.seqs('bp-2')).map((row) => row.seq), [1, 2, 3]);
    assert.is((await store.oldestRecordTimes()).reading, yesterday);
    // Stored after: a resend is a duplicate, a new post gets the next number, and lists find it.
    const reading = (postId: string, seqs: number[]) => ({ postId, storeId: '9', receivedUnixMs: NOW, records: seqs.map((seq) => ({ seq, kind: 'reading' as const, sensor: 'power', timeUnixMs: NOW + seq, timeQuality: 1, priority: 3, bytes: Uint8Array.of(seq) })) });
    assert.equal(await store.storeBatches([reading('bp-1', [3, 6]), reading('bp-3', [1])]), [{ inserted: [6], duplicates: 1 }, { inserted: [1], duplicates: 0 }]);
    assert.equal(seqsOf(await store.records({ kinds: ['reading'], postId: 'bp-3', limit: 10 })), [1]);
    assert.equal(seqsOf(await store.records({ kinds: ['reading'], postId: 'bp-1', limit: 10 })), [6, 3, 1]);
    assert.equal((await pgQuery<{ post_no: number }>("SELECT post_no FROM post_numbers WHERE post_id = 'bp-3'")).map((row) => row.post_no), [3]);
    // Retention by kind still reads the codes: yesterday's day goes once both its kinds are due.
    const outcome = await store.dropBefore([{ kinds: [...bodyKinds], cutoffMs: Math.floor(NOW / DAY_MS) * DAY_MS }]);
    assert.equal(outcome.removed, { reading: 2, health: 1 });
  } finally {
    await store.close();
  }
});

testUnless(test, missing, 'two workers storing the same envelopes at once store each record once, and their outcomes add up to every record', async () => {
  const { url, name } = await freshDatabase();
  const workers = [await PostgresCentreStore.open(url, { log, clock: () => NOW }), await PostgresCentreStore.open(url, { log, clock: () => NOW })];
  try {
    const POSTS = 6;
    const ENVELOPES = 40;
    const PER = 25;
    const envelope = (post: number, index: number) => ({ postId: `bp-${post}`, storeId: '9', receivedUnixMs: NOW, records: Array.from({ length: PER }, (_, k) => ({ seq: index * PER + k + 1, kind: 'reading' as const, sensor: 'power', timeUnixMs: NOW, timeQuality: 1, priority: 3, bytes: Uint8Array.of(k) })) });
    // Every envelope goes to both workers, in groups of three posts' envelopes, in opposite orders, and overlapping by one envelope.
    const groups = (reverse: boolean) => {
      const order = Array.from({ length: ENVELOPES }, (_, index) => (reverse ? ENVELOPES - 1 - index : index));
      return order.map((index) => [0, 1, 2, 3, 4, 5].filter((post) => post % 2 === index % 2 || post === 0).map((post) => envelope(post, index)).concat(index > 0 ? [envelope(POSTS - 1, index - 1)] : []));
    };
    const inserted = await Promise.all(workers.map(async (worker, index) => {
      let count = 0;
      for (const group of groups(index === 1)) for (const outcome of await worker.storeBatches(group)) count += outcome.inserted.length;
      return count;
    }));
    const rows = await server().query<{ total: string; distinct: string }>("SELECT count(*) AS total, count(DISTINCT (post_id, seq)) AS distinct FROM records", [], name);
    const expected = [0, 1, 2, 3, 4, 5].reduce((sum, post) => sum + new Set(groups(false).flat().filter((batch) => batch.postId === `bp-${post}`).flatMap((batch) => batch.records.map((record) => record.seq))).size, 0);
    assert.is(Number(rows[0]?.total), expected);
    assert.is(Number(rows[0]?.distinct), expected);
    assert.is(inserted.reduce((sum, count) => sum + count, 0), expected);
    // The same envelope to both at the same moment: one stores it, the other finds it held (at
    // its read of the ranges, or at its upsert, which then undoes its commit and runs it again).
    const countOfBp1 = async () => Number((await server().query<{ total: string }>("SELECT count(*) AS total FROM records WHERE post_id = 'bp-1'", [], name))[0]?.total);
    // At least ten such pairs, more (up to two hundred) until one commit raced the other at the
    // upsert: whether two commits sent at once overlap there is up to scheduling (with sensor
    // numbers, migration 10, forty pairs went without a race in 5 of 18 runs, main's in 0 of 13).
    const before = await countOfBp1();
    const raced = () => workers.some((worker) => worker.racedCommits > 0);
    let pairs = 0;
    for (let index = ENVELOPES; pairs < 10 || (!raced() && pairs < 200); index++, pairs++) {
      const outcomes = await Promise.all(workers.map((worker) => worker.storeBatches([envelope(1, index)])));
      assert.equal(outcomes.map((outcome) => outcome[0]?.inserted.length ?? 0).sort(), [0, PER], `envelope ${index}`);
    }
    assert.is(await countOfBp1(), before + pairs * PER);
    assert.ok(raced(), `no commit raced in ${pairs} pairs: the test did not reach the check at the upsert`);
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
});

testUnless(test, missing, 'audit ids commit in order: an append waits for one in flight on another worker, so a reader paging by id never skips one', async () => {
  const { url, name } = await freshDatabase();
  const store = await PostgresCentreStore.open(url, { log });
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  try {
    // Another worker's append, caught between drawing its id and committing.
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock($1::bigint)', [AUDIT_LOCK]);
    const drawn = (await other.query<{ id: string }>("INSERT INTO audit (time_unix_ms, actor, action, subject, detail) VALUES ($1, 'other', 'user.add', 'first', '{}') RETURNING id", [NOW])).rows[0]?.id;
    const appended = store.access.appendAudit({ timeUnixMs: NOW, actor: 'cli', action: 'user.add', subject: 'second', detail: {} });
    await waitFor('the append waiting on the audit lock', async () => {
      const waiting = await server().query<{ n: string }>("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", [], name);
      return Number(waiting[0]?.n) > 0;
    });
    assert.equal(await store.access.audit({ limit: 10 }), [], 'nothing committed yet');
    await other.query('COMMIT');
    await appended;
    const rows = await store.access.audit({ limit: 10 });
    assert.equal(rows.map((row) => row.subject), ['first', 'second']);
    assert.is(rows[0]?.id, Number(drawn));
  } finally {
    await other.end();
    await store.close();
  }
});

testUnless(test, missing, 'several workers starting at once migrate once; a schema newer than this build is refused with a clear message', async () => {
  const { url, name } = await freshDatabase();
  const stores = await Promise.all([1, 2, 3].map(() => PostgresCentreStore.open(url, { log })));
  await Promise.all(stores.map((store) => store.close()));
  const versions = await server().query<{ version: number }>('SELECT version FROM outpost_schema_migrations ORDER BY version', [], name);
  assert.equal(versions.map((row) => row.version), MIGRATIONS.map((migration) => migration.version));
  await server().query("INSERT INTO outpost_schema_migrations VALUES ($1, 'from the future', 0)", [SCHEMA_VERSION + 1], name);
  try {
    await PostgresCentreStore.open(url, { log });
    assert.unreachable('a newer schema must be refused');
  } catch (error) {
    assert.instance(error, OutpostError);
    assert.is((error as OutpostError).code, 'centre.db_schema_newer');
    assert.match((error as Error).message, `schema version ${SCHEMA_VERSION + 1}, newer than this build of outpost knows (${SCHEMA_VERSION})`);
  }
});

testUnless(test, missing, 'day partitions are made ahead; retention drops whole partitions and takes their seqs out of the dedupe ranges', async () => {
  const { url, name } = await freshDatabase();
  let now = NOW - 10 * DAY_MS;
  const store = await PostgresCentreStore.open(url, { log, clock: () => now });
  try {
    const reading = (seq: number, at: number) => ({ postId: 'bp-1', storeId: '9', receivedUnixMs: at, records: [{ seq, kind: 'reading' as const, sensor: 'power', timeUnixMs: at, timeQuality: 1, priority: 3, bytes: Uint8Array.of(seq) }] });
    // Seq 4097 is alone in its block of seqs: its row goes with it.
    await store.storeBatches([reading(1, now), reading(4097, now)]);
    now = NOW;
    // Ten days later: past the partitions made at start, so the store makes today's first.
    assert.equal(await store.storeBatches([reading(2, now)]), [{ inserted: [2], duplicates: 0 }]);
    const dropped = (await store.dropBefore([{ kinds: bodyKinds, cutoffMs: NOW - 5 * DAY_MS }])).partitions;
    assert.ok(dropped.includes(partitionName(Math.floor((NOW - 10 * DAY_MS) / DAY_MS) * DAY_MS)), `dropped ${dropped.join(', ')}`);
    assert.equal((await store.records({ kinds: ['reading'], limit: 10 })).map((row) => row.seq), [2]);
    const ranges = await server().query<{ seqs: string }>('SELECT seqs::text FROM record_seqs', [], name);
    assert.equal(ranges.map((row) => row.seqs), ['{[2,3)}']);
    // The dropped record resent is stored again (as SQLite does past retention); the kept one is a duplicate.
    assert.equal(await store.storeBatches([reading(1, now), reading(2, now)]), [{ inserted: [1], duplicates: 0 }, { inserted: [], duplicates: 1 }]);
  } finally {
    await store.close();
  }
});

testUnless(test, missing, 'the password never shows: not in the error for a wrong login, nor for an unset ${VAR}', async () => {
  const port = server().port;
  const secret = `${POSTGRES_PASSWORD}-wrong`;
  try {
    await openStore(`postgres://outpost:\${PG_TEST_SECRET}@127.0.0.1:${port}/postgres`, log, Date.now, { PG_TEST_SECRET: secret });
    assert.unreachable('a wrong password must fail');
  } catch (error) {
    const text = `${(error as Error).message} ${(error as OutpostError).hint ?? ''}`;
    assert.ok(!text.includes(secret), text);
    assert.match(text, `postgres://outpost:***@127.0.0.1:${port}/postgres`);
    assert.match(text, /password authentication failed/);
  }
  try {
    await openStore(`postgres://outpost:\${PG_UNSET_SECRET}@127.0.0.1:${port}/postgres`, log, Date.now, {});
    assert.unreachable('an unset variable must fail');
  } catch (error) {
    assert.match((error as Error).message, 'PG_UNSET_SECRET');
  }
});

testUnless(test, missing, 'states applied several at once keep arrival order: a post twice in one call is applied in two statements, the later last', async () => {
  const store = await PostgresCentreStore.open((await freshDatabase()).url, { log, clock: () => NOW });
  try {
    const ingest = new Ingest(store, async () => undefined, log, () => NOW);
    const state = (postId: string, bootId: string, status: number): PostStateRow => ({ postId, status, name: postId, bootId, agentVersion: '1', configHash: 'c', startedUnixMs: NOW, stateUnixMs: NOW, storeId: '9', receivedUnixMs: NOW });
    await ingest.applyStates([state('bp-1', 'boot-a', 1), state('bp-2', 'boot-b', 1), state('bp-1', 'boot-a', 3), state('bp-2', 'boot-c', 1), state('bp-2', 'boot-b', 3)]);
    // bp-2: boot-c replaced boot-b, whose late will (status 3) then came and was ignored.
    assert.equal((await store.posts()).map((post) => [post.postId, post.bootId, post.status]), [['bp-1', 'boot-a', 3], ['bp-2', 'boot-c', 1]]);
  } finally {
    await store.close();
  }
});

test.run();
