import { join } from 'node:path';
import { SqliteCentreStore } from '../../centre/sqlite-store.js';
import { tempDir } from '../support/tmp.js';
import { accessConformance } from './access-conformance.js';

accessConformance('SQLite', async () => SqliteCentreStore.open(join(tempDir(), 'centre.db')));
