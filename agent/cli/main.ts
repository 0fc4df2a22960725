import { main } from './program.js';
import { processIo } from './io.js';
import { guardProcess } from './process-guard.js';

guardProcess();
process.exitCode = await main(process.argv, processIo());
