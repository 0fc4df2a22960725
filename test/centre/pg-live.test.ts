import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../kernel/logger.js';
import { PostgresLiveFeed } from '../../centre/pg-live.js';
import { PostgresCentreStore } from '../../centre/pg-store.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { testUnless } from '../support/skip.js';

const log = silentLogger();

testUnless(test, postgresMissing(), 'a stopped live feed gives its connection back once, even as PostgreSQL shuts down: the process carries on', async () => {
  const server = await TestPostgres.start();
  let stopped = false;
  try {
    const store = await PostgresCentreStore.open(await server.createDatabase('live'), { log });
    const feed = new PostgresLiveFeed(store, log);
    await feed.start();
    // The centre stopping (feed, then store), then the database: the LISTEN connection, given back
    // by stop(), still emits 'end' and "terminating connection" (each released it again, which threw).
    await feed.stop();
    await store.close();
    await server.stop();
    stopped = true;
    await new Promise((resolve) => setImmediate(resolve));
    assert.ok(true, 'no uncaught exception');
  } finally {
    if (!stopped) await server.stop();
  }
});

test.run();
