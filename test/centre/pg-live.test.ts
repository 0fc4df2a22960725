import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { PassThrough } from 'node:stream';
import { createLogger, silentLogger } from '../../kernel/logger.js';
import { PostgresLiveFeed } from '../../centre/pg-live.js';
import { PostgresCentreStore } from '../../centre/pg-store.js';
import type { RecordBatch } from '../../centre/store.js';
import { v1 } from '../../wire/index.js';
import { waitFor } from '../support/net.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';

const test = suite('centre live stream on PostgreSQL');
const missing = postgresMissing();
let server: TestPostgres | undefined;

test.before(async () => {
  if (missing === undefined) server = await TestPostgres.start();
});
test.after(async () => {
  await server?.stop();
});

/** Readings `first`..`last` of post bp-1, as a post would send them. */
function readings(first: number, last: number): RecordBatch {
  const records = [];
  for (let seq = first; seq <= last; seq++) {
    const bytes = v1.Record.encode({ seq, timeUnixMs: Date.now(), priority: v1.Priority.PRIORITY_STATUS, reading: { sensor: 'power' } }).finish();
    records.push({ seq, kind: 'reading' as const, sensor: 'power', timeUnixMs: Date.now(), timeQuality: 1, priority: 3, bytes });
  }
  return { postId: 'bp-1', storeId: '9', receivedUnixMs: Date.now(), records };
}

const LISTENING = "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query = 'LISTEN outpost_records'";

testUnless(test, missing, 'records stored while the LISTEN connection is down are replayed once it is back, each once and in order, then live ones follow', async () => {
  const pg = server as TestPostgres;
  const url = await pg.createDatabase('live_replay');
  const lines: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter((text) => text.trim() !== '')));
  const writer = await PostgresCentreStore.open(url, { log: silentLogger() });
  const reader = await PostgresCentreStore.open(url, { log: silentLogger() });
  // A first retry 3 s after the loss: the records below are stored while the stream is surely down.
  const feed = new PostgresLiveFeed(reader, createLogger({ destination: stream, pretty: false, level: 'info' }), 3000);
  const seen: number[] = [];
  feed.subscribe((stored) => seen.push(stored.seq));
  try {
    await writer.storeBatches([readings(1, 2)]);
    await feed.start();
    await writer.storeBatches([readings(3, 5)]);
    await waitFor('the live records', () => seen.length === 3);
    assert.equal(seen, [3, 4, 5], 'what was stored before the first LISTEN is not owed');

    const [listener] = await pg.query<{ pid: number }>(LISTENING, ['live_replay']);
    assert.ok(listener !== undefined, 'the feed LISTENs on a connection of its own');
    await pg.query('SELECT pg_terminate_backend($1)', [listener.pid]);
    await waitFor('the loss logged', () => lines.some((line) => line.includes('lost the PostgreSQL connection of the live record stream')));
    await writer.storeBatches([readings(6, 9)]);
    await writer.storeBatches([readings(10, 12)]);
    assert.equal(await pg.query(LISTENING, ['live_replay']), [], 'stored while nothing listened');

    await waitFor('the records stored meanwhile, replayed', () => seen.length === 10, 30_000);
    await waitFor('the replay logged', () => lines.some((line) => line.includes('live record stream replayed 7 record(s) stored while it was down')));
    await writer.storeBatches([readings(13, 14)]);
    await waitFor('live again', () => seen.length === 12);
    assert.equal(seen, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  } finally {
    await feed.stop();
    await writer.close();
    await reader.close();
  }
});

testUnless(test, missing, 'a commit announces its ids as one range when they are consecutive, listed when ids were drawn between them: each record read back once, in order', async () => {
  const pg = server as TestPostgres;
  const url = await pg.createDatabase('live_ranges');
  const writer = await PostgresCentreStore.open(url, { log: silentLogger() });
  const reader = await PostgresCentreStore.open(url, { log: silentLogger() });
  const feed = new PostgresLiveFeed(reader, silentLogger());
  const seen: number[] = [];
  feed.subscribe((stored) => seen.push(stored.seq));
  const payloads: { ids?: number[]; first?: number; last?: number }[] = [];
  const spy = reader.listenerClient();
  spy.on('notification', (message) => payloads.push(JSON.parse(message.payload ?? '{}') as { ids?: number[]; first?: number; last?: number }));
  try {
    await feed.start();
    await spy.connect();
    await spy.query('LISTEN outpost_records');
    await writer.storeBatches([readings(1, 1200)]);
    await waitFor('a range of 1,200 read back', () => seen.length === 1200);
    assert.equal(seen, Array.from({ length: 1200 }, (_, index) => index + 1));
    await waitFor('the announcement', () => payloads.length === 1);
    assert.is(payloads[0]?.ids, undefined, 'consecutive ids go as a range');
    assert.is((payloads[0]?.last ?? 0) - (payloads[0]?.first ?? 0), 1199);

    // Every other record draws one id more (as another worker's insert meanwhile would): not consecutive.
    await pg.query(`CREATE FUNCTION burn_id() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.seq % 2 = 0 THEN PERFORM nextval(pg_get_serial_sequence('records', 'id')); END IF; RETURN NEW; END $$`, [], 'live_ranges');
    await pg.query('CREATE TRIGGER burn_id BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION burn_id()', [], 'live_ranges');
    payloads.length = 0;
    await writer.storeBatches([readings(1201, 2400)]);
    await waitFor('1,200 more read back', () => seen.length === 2400, 30_000);
    assert.equal(seen.slice(1200), Array.from({ length: 1200 }, (_, index) => 1201 + index));
    await waitFor('the announcements', () => payloads.length === 3);
    assert.equal(payloads.map((payload) => payload.ids?.length), [500, 500, 200], 'ids with gaps go listed, 500 a payload');
  } finally {
    await spy.end().catch(() => undefined);
    await feed.stop();
    await writer.close();
    await reader.close();
  }
});

testUnless(test, missing, 'while nobody watches the stream, records are not read back; what went by is reported as a gap', async () => {
  const url = await (server as TestPostgres).createDatabase('live_unwatched');
  const writer = await PostgresCentreStore.open(url, { log: silentLogger() });
  const reader = await PostgresCentreStore.open(url, { log: silentLogger() });
  const feed = new PostgresLiveFeed(reader, silentLogger());
  let watching = false;
  let gaps = 0;
  feed.readOnlyWhen(() => watching, () => gaps++);
  const seen: number[] = [];
  feed.subscribe((stored) => seen.push(stored.seq));
  try {
    await feed.start();
    await writer.storeBatches([readings(1, 3)]);
    await waitFor('the announcement let go by', () => gaps === 1);
    watching = true;
    await writer.storeBatches([readings(4, 5)]);
    await waitFor('records read back once watched', () => seen.length === 2);
    assert.equal(seen, [4, 5]);
    assert.is(gaps, 1);
  } finally {
    await feed.stop();
    await writer.close();
    await reader.close();
  }
});

testUnless(test, missing, 'a stopped live feed gives its connection back once, even as PostgreSQL shuts down: the process carries on', async () => {
  const own = await TestPostgres.start();
  let stopped = false;
  try {
    const store = await PostgresCentreStore.open(await own.createDatabase('live'), { log: silentLogger() });
    const feed = new PostgresLiveFeed(store, silentLogger());
    await feed.start();
    // The centre stopping (feed, then store), then the database: the LISTEN connection, ended
    // by stop(), still emits 'end' and "terminating connection" (each released it again, which threw).
    await feed.stop();
    await store.close();
    await own.stop();
    stopped = true;
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(true, 'no uncaught exception');
  } finally {
    if (!stopped) await own.stop();
  }
});

test.run();
