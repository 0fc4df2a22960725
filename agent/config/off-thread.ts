import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { OutpostError } from '../../kernel/errors.js';
import type { Environment, LoadedConfig } from './load.js';
import { ConfigError, type ConfigProblem } from './problems.js';

/** An OutpostError as it crosses the thread: its text and fields, so the caller sees it as thrown. */
export interface OffThreadError {
  message: string;
  code: string;
  subject: string | undefined;
  hint: string | undefined;
}

export type OffThreadAnswer = { loaded: LoadedConfig } | { problems: ConfigProblem[] } | { error: OffThreadError } | { fault: string };

/**
 * `loadConfigFile` in a worker thread, for a running agent: parsing and checking a 1 MiB file of
 * 40,000 keys takes seconds on a post's board, and the agent must keep polling, uplinking and
 * answering diagnostics meanwhile (a SIGHUP must never freeze it). Same answers as
 * `loadConfigFile`: the config, or a ConfigError listing the problems. `outpost run` loads its
 * config this way at start too: zod and the schemas (a tenth of the agent's heap, issue 13) then
 * live only in the worker, which ends once it has answered, and never in the long-running isolate.
 * Imports nothing of the schema itself.
 */
export function loadConfigFileOffThread(file: string, env: Environment): Promise<LoadedConfig> {
  // The worker is this folder's load-worker module, compiled (.js) or run from source (.ts). From
  // source, the worker registers tsx itself: a worker thread does not inherit the parent's loader hooks.
  const form = extname(fileURLToPath(import.meta.url));
  const entry = JSON.stringify(new URL(`./load-worker${form}`, import.meta.url).href);
  const code = form === '.ts' ? `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${entry}); })` : `import(${entry})`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { file, env: { ...env } } });
    let answered = false;
    worker.once('message', (answer: OffThreadAnswer) => {
      answered = true;
      if ('loaded' in answer) resolve(answer.loaded);
      else if ('problems' in answer) reject(new ConfigError(answer.problems));
      else if ('error' in answer) reject(new OutpostError(answer.error.message, { code: answer.error.code, subject: answer.error.subject, hint: answer.error.hint }));
      else reject(new OutpostError(`cannot check the post config ${file}: ${answer.fault}`, { code: 'config.unreadable', subject: file }));
    });
    worker.once('error', (error) => reject(new OutpostError(`cannot check the post config ${file}: ${error.message}`, { code: 'config.unreadable', subject: file, cause: error })));
    worker.once('exit', (code) => {
      if (!answered) reject(new OutpostError(`cannot check the post config ${file}: the checker stopped (exit ${code})`, { code: 'config.unreadable', subject: file }));
    });
  });
}
