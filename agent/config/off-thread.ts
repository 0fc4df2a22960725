import { fork } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutpostError } from '../../kernel/errors.js';
import type { Environment, LoadedConfig } from './load.js';
import { ConfigError, type ConfigProblem } from './problems.js';

/** An OutpostError as it crosses to the agent: its text and fields, so the caller sees it as thrown. */
export interface OffThreadError {
  message: string;
  code: string;
  subject: string | undefined;
  hint: string | undefined;
}

export type OffThreadAnswer = { loaded: LoadedConfig } | { problems: ConfigProblem[] } | { error: OffThreadError } | { fault: string };

/** What the agent sends the checker: the file and the environment `${VAR}`s are taken from. */
export interface OffThreadRequest {
  file: string;
  env: Environment;
}

/**
 * `loadConfigFile` in a short-lived child process, for a running agent: parsing and checking a
 * 1 MiB file of 40,000 keys takes seconds on a post's board, and the agent must keep polling,
 * uplinking and answering diagnostics meanwhile (a SIGHUP must never freeze it). Same answers as
 * `loadConfigFile`: the config, or a ConfigError listing the problems (an OutpostError as thrown).
 *
 * `outpost run` loads its config this way at start too (issue 13): zod and the schemas, a third of
 * the agent's heap, then live only in the checker, and this module imports nothing of them. A
 * process rather than a worker thread: a worker that had loaded them left ~15 MB of RSS behind in
 * the agent after it ended (V8's and malloc's pools keep what it freed), and its start resets the
 * V8 flags `outpost run` sets; a process gives all of it back when it exits.
 */
export function loadConfigFileOffThread(file: string, env: Environment): Promise<LoadedConfig> {
  // The checker is this folder's load-worker module, compiled (.js) or run from source (.ts, through tsx).
  const form = extname(fileURLToPath(import.meta.url));
  const entry = fileURLToPath(new URL(`./load-worker${form}`, import.meta.url));
  const execArgv = form === '.ts' ? ['--import', import.meta.resolve('tsx')] : [];
  return new Promise((resolve, reject) => {
    const checker = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let answered = false;
    checker.once('message', (answer: OffThreadAnswer) => {
      answered = true;
      checker.disconnect();
      if ('loaded' in answer) resolve(answer.loaded);
      else if ('problems' in answer) reject(new ConfigError(answer.problems));
      else if ('error' in answer) reject(new OutpostError(answer.error.message, { code: answer.error.code, subject: answer.error.subject, hint: answer.error.hint }));
      else reject(new OutpostError(`cannot check the post config ${file}: ${answer.fault}`, { code: 'config.unreadable', subject: file }));
    });
    checker.once('error', (error) => reject(new OutpostError(`cannot check the post config ${file}: ${error.message}`, { code: 'config.unreadable', subject: file, cause: error })));
    checker.once('exit', (code, signal) => {
      if (!answered) reject(new OutpostError(`cannot check the post config ${file}: the checker stopped (${signal ?? `exit ${code}`})`, { code: 'config.unreadable', subject: file }));
    });
    checker.send({ file, env: { ...env } } satisfies OffThreadRequest);
  });
}
