import { join } from 'node:path';
import { SqliteCentreStore } from '../../centre/sqlite-store.js';
import { tempDir } from '../support/tmp.js';
import { storeConformance } from './store-conformance.js';

storeConformance('SQLite', async () => {
  const store = SqliteCentreStore.open(join(tempDir(), 'centre.db'));
  return { store, seqs: async (postId) => store.seqs(postId) };
});
