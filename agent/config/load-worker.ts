import { parentPort, workerData } from 'node:worker_threads';
import { describeError } from '../../kernel/errors.js';
import { ConfigError, loadConfigFile, type Environment } from './load.js';
import type { OffThreadAnswer } from './off-thread.js';

/** Loads one post config in a worker thread and posts the answer back (see off-thread.ts). */
const { file, env } = workerData as { file: string; env: Environment };
let answer: OffThreadAnswer;
try {
  answer = { loaded: loadConfigFile(file, env) };
} catch (error) {
  answer = error instanceof ConfigError ? { problems: error.problems } : { fault: describeError(error) };
}
parentPort?.postMessage(answer);
