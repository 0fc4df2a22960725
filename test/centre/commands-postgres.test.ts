import { silentLogger } from '../../kernel/logger.js';
import { PostgresCentreStore } from '../../centre/pg-store.js';
import { postgresMissing, TestPostgres } from '../support/postgres.js';
import { commandsConformance } from './commands-conformance.js';

const missing = postgresMissing();
if (missing !== undefined) {
  console.log(`# skip CommandStore conformance on PostgreSQL: ${missing}`);
} else {
  const server = await TestPostgres.start();
  let databases = 0;
  commandsConformance('PostgreSQL', async () => PostgresCentreStore.open(await server.createDatabase(`commands_${++databases}`), { log: silentLogger() }), () => server.stop());
}
