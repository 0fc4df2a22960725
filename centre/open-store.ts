import type { Logger } from '../kernel/logger.js';
import { PostgresCentreStore } from './pg-store.js';
import { expandUrl, isPostgresUrl } from './pg-url.js';
import { SqliteCentreStore } from './sqlite-store.js';
import type { CentreStore } from './store.js';

/** `--db`: a `postgres://` URL (its `${VAR}`s expanded from the environment) or a SQLite file. */
export async function openStore(db: string, log: Logger, clock: () => number, env: NodeJS.ProcessEnv = process.env): Promise<CentreStore> {
  if (isPostgresUrl(db)) return PostgresCentreStore.open(expandUrl(db, env), { log, clock });
  return SqliteCentreStore.open(db);
}
