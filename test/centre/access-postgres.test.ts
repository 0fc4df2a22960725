import { silentLogger } from '../../kernel/logger.js';
import { PostgresCentreStore } from '../../centre/pg-store.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { accessConformance } from './access-conformance.js';

const missing = postgresMissing();
if (missing !== undefined) {
  console.log(`# skip AccessStore conformance on PostgreSQL: ${missing}`);
} else {
  const server = await TestPostgres.start();
  let databases = 0;
  accessConformance('PostgreSQL', async () => PostgresCentreStore.open(await server.createDatabase(`access_${++databases}`), { log: silentLogger() }), () => server.stop());
}
