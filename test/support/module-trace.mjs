// Preload (`node --import ./module-trace.mjs`) that appends the URL of every module the process
// loads through the ESM loader to the file named by OUTPOST_MODULE_TRACE, one per line: how a test
// sees which modules a command pulls in. Only the main thread's: a worker that inherits the
// preload (it gets the parent's execArgv) traces nothing, so a short-lived worker's modules (the
// config checker's zod) are not counted as the command's own.
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register('./module-trace-hooks.mjs', import.meta.url, { data: { out: process.env.OUTPOST_MODULE_TRACE } });
