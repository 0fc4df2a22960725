import { join } from 'node:path';
import { SqliteCentreStore } from '../../centre/sqlite-store.js';
import { tempDir } from '../support/tmp.js';
import { accessConformance } from './access-conformance.js';

accessConformance('SQLite', async () => {
  const path = join(tempDir(), 'centre.db');
  return { store: SqliteCentreStore.open(path), another: async () => SqliteCentreStore.open(path) };
});
