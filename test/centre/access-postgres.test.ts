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
  accessConformance(
    'PostgreSQL',
    async () => {
      const url = await server.createDatabase(`access_${++databases}`);
      return { store: await PostgresCentreStore.open(url, { log: silentLogger() }), another: () => PostgresCentreStore.open(url, { log: silentLogger() }) };
    },
    () => server.stop(),
  );
}
