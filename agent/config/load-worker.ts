import { parentPort, workerData } from 'node:worker_threads';
import { describeError, OutpostError } from '../../kernel/errors.js';
import { ConfigError, loadConfigFile, type Environment } from './load.js';
import type { OffThreadAnswer } from './off-thread.js';

/** Loads one post config in a worker thread and posts the answer back (see off-thread.ts). */
const { file, env } = workerData as { file: string; env: Environment };
let answer: OffThreadAnswer;
try {
  answer = { loaded: loadConfigFile(file, env) };
} catch (error) {
  if (error instanceof ConfigError) answer = { problems: error.problems };
  else if (error instanceof OutpostError) answer = { error: { message: error.message, code: error.code, subject: error.subject, hint: error.hint } };
  else answer = { fault: describeError(error) };
}
parentPort?.postMessage(answer);
