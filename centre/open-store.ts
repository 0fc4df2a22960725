import type { Logger } from '../kernel/logger.js';
import { PostgresCentreStore } from './pg-store.js';
import { expandUrl, isPostgresUrl, withEnvPassword } from './pg-url.js';
import { SqliteCentreStore } from './sqlite-store.js';
import type { CentreStore } from './store.js';

/** `--db`: a `postgres://` URL (its `${VAR}`s expanded from the environment, PGPASSWORD taken from it) or a SQLite file. */
export async function openStore(db: string, log: Logger, clock: () => number, env: NodeJS.ProcessEnv = process.env): Promise<CentreStore> {
  if (isPostgresUrl(db)) return PostgresCentreStore.open(withEnvPassword(expandUrl(db, env), env), { log, clock });
  return SqliteCentreStore.open(db);
}
