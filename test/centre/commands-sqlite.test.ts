import { join } from 'node:path';
import { SqliteCentreStore } from '../../centre/sqlite-store.js';
import { tempDir } from '../support/tmp.js';
import { commandsConformance } from './commands-conformance.js';

commandsConformance('SQLite', async () => SqliteCentreStore.open(join(tempDir(), 'centre.db')));
