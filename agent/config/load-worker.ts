import { describeError, OutpostError } from '../../kernel/errors.js';
import { ConfigError, loadConfigFile } from './load.js';
import type { OffThreadAnswer, OffThreadRequest } from './off-thread.js';

/**
 * The config checker's process (see off-thread.ts): loads the one post config it is sent, sends
 * the answer back and ends (the agent closes the channel once answered).
 */
process.once('message', (request: OffThreadRequest) => {
  let answer: OffThreadAnswer;
  try {
    answer = { loaded: loadConfigFile(request.file, request.env) };
  } catch (error) {
    if (error instanceof ConfigError) answer = { problems: error.problems };
    else if (error instanceof OutpostError) answer = { error: { message: error.message, code: error.code, subject: error.subject, hint: error.hint } };
    else answer = { fault: describeError(error) };
  }
  process.send?.(answer);
});
