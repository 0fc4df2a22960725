import { OutpostError } from '../../kernel/errors.js';

// What a config problem is and how it reads, apart from the schema that finds it: `outpost run`
// reports problems from the checker's worker thread without loading zod itself (issue 13).

export type ConfigPath = readonly PropertyKey[];

/** One thing wrong with a post file, located for a technician's editor. */
export interface ConfigProblem {
  file: string;
  /** 1-based; 0 when the problem is the file itself (missing, unreadable). */
  line: number;
  column: number;
  /** Dotted key path, e.g. `buses.rs485-a.baud`; empty for the whole file. */
  path: string;
  message: string;
}

export function formatPath(path: ConfigPath): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

export function formatProblem(problem: ConfigProblem): string {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return problem.path === '' ? `${where}: ${problem.message}` : `${where}: ${problem.path}: ${problem.message}`;
}

/**
 * Most problems printed or logged for one file. A file with thousands of mistakes is the wrong
 * file or a generated one; the first ones say what is wrong, the rest would flood the journal.
 */
export const MAX_REPORTED_PROBLEMS = 50;

/** The first MAX_REPORTED_PROBLEMS problems as lines, and one line counting the rest. */
export function reportProblems(problems: readonly ConfigProblem[]): string[] {
  const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map(formatProblem);
  const more = problems.length - MAX_REPORTED_PROBLEMS;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'} (the first ${MAX_REPORTED_PROBLEMS} are shown)`);
  return lines;
}

/** A post config that does not validate: every problem, located. */
export class ConfigError extends OutpostError {
  constructor(readonly problems: ConfigProblem[]) {
    super(reportProblems(problems).join('\n'), {
      code: 'config.invalid',
      hint: 'run `outpost config validate FILE` to see every problem',
    });
    this.name = 'ConfigError';
  }
}
