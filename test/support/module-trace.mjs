// Preload (`node --import ./module-trace.mjs`) that appends the URL of every module the process
// loads through the ESM loader to the file named by OUTPOST_MODULE_TRACE, one per line: how a test
// sees which modules a command pulls in.
import { register } from 'node:module';

register('./module-trace-hooks.mjs', import.meta.url, { data: { out: process.env.OUTPOST_MODULE_TRACE } });
