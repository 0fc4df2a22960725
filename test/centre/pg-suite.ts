import type { Test } from 'uvu';
import { postgresMissing, TestPostgres } from '../support/postgres.js';

/** A PostgreSQL cluster of a suite's own (started before its tests, stopped after) and fresh databases in it. */
export function postgresSuite(test: Test, prefix: string): { missing: string | undefined; server: () => TestPostgres; freshDatabase: () => Promise<{ url: string; name: string }> } {
  const missing = postgresMissing();
  let started: TestPostgres | undefined;
  let databases = 0;
  test.before(async () => {
    if (missing === undefined) started = await TestPostgres.start();
  });
  test.after(async () => {
    await started?.stop();
  });
  const server = (): TestPostgres => {
    if (started === undefined) throw new Error('no PostgreSQL started for this suite');
    return started;
  };
  return {
    missing,
    server,
    freshDatabase: async () => {
      const name = `${prefix}_${++databases}`;
      return { url: await server().createDatabase(name), name };
    },
  };
}
