import { silentLogger } from '../../kernel/logger.js';
import { PostgresCentreStore } from '../../centre/pg-store.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { storeConformance } from './store-conformance.js';

const missing = postgresMissing();
if (missing !== undefined) {
  console.log(`# skip CentreStore conformance on PostgreSQL: ${missing}`);
} else {
  const server = await TestPostgres.start();
  let databases = 0;
  storeConformance('PostgreSQL', async () => {
    const store = await PostgresCentreStore.open(await server.createDatabase(`conformance_${++databases}`), { log: silentLogger() });
    return { store, seqs: (postId) => store.seqs(postId) };
  }, () => server.stop());
}
