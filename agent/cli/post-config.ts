import { ConfigError, loadConfigFile, reportProblems, type LoadedConfig } from '../config/index.js';
import { OutpostError } from '../../kernel/errors.js';
import type { CliContext } from './program.js';

/**
 * Loads the post config a long-running command needs; an invalid one is the one thing that
 * stops it, with every problem listed (file, line, column) and the command to check it again.
 */
export function loadPostConfig(file: string, context: CliContext, consequence: string): LoadedConfig {
  try {
    return loadConfigFile(file, context.io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new OutpostError(`${file} has ${error.problems.length} problem(s); ${consequence}:\n${reportProblems(error.problems).join('\n')}`, {
      code: 'config.invalid',
      subject: file,
      hint: `fix them and check with: outpost config validate ${file}`,
    });
  }
}
