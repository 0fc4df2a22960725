import { loadConfigFileOffThread } from '../config/off-thread.js';
import { ConfigError, reportProblems } from '../config/problems.js';
import type { LoadedConfig } from '../config/load.js';
import { OutpostError } from '../../kernel/errors.js';
import type { CliContext } from './program.js';

/**
 * Loads the post config a long-running command needs; an invalid one is the one thing that
 * stops it, with every problem listed (file, line, column) and the command to check it again.
 * Checked in a worker thread (`loadConfigFileOffThread`): the schema and zod are then never
 * loaded by the command's own, long-running isolate (issue 13: RSS of `outpost run`).
 */
export async function loadPostConfig(file: string, context: CliContext, consequence: string): Promise<LoadedConfig> {
  try {
    return await loadConfigFileOffThread(file, context.io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new OutpostError(`${file} has ${error.problems.length} problem(s); ${consequence}:\n${reportProblems(error.problems).join('\n')}`, {
      code: 'config.invalid',
      subject: file,
      hint: `fix them and check with: outpost config validate ${file}`,
    });
  }
}
