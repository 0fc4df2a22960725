import { createHash } from 'node:crypto';
import { OutpostError } from '../../kernel/errors.js';
import { parseYaml } from './document.js';
import { substituteEnvironment, type Environment } from './environment.js';
import { describeIssue, formatPath, locate, type ConfigPath, type ConfigProblem } from './locate.js';
import { ConfigError } from './problems.js';
import { readConfigText } from './read.js';
import { crossReferenceProblems, postConfigSchemaFor, unrunnableBusProblems, type PostConfig } from './schema.js';
import { registry, type Registry } from './registry.js';

export type { ConfigProblem } from './locate.js';
export { ConfigError } from './problems.js';
export type { Environment } from './environment.js';

export interface LoadedConfig {
  config: PostConfig;
  file: string;
  /** sha256 of the file as read, hex: reported in PostState so the centre sees config changes. */
  hash: string;
}

/** Reads, substitutes `${VAR}` and validates a post file; throws ConfigError listing every problem. */
export function loadConfigFile(file: string, env: Environment = process.env, options: ParseOptions = {}): LoadedConfig {
  const read = readConfigText(file);
  if (read.text === undefined) throw new ConfigError([{ file, line: 0, column: 0, path: '', message: read.why }]);
  const text = read.text;
  const result = parseConfig(text, file, env, options);
  if (result.config === undefined) throw new ConfigError(result.problems);
  return { config: result.config, file, hash: createHash('sha256').update(text).digest('hex') };
}

export interface ParseOptions {
  /** Also refuse bus kinds this build cannot run (`config validate`); `outpost run` reports them as faults instead. */
  refuseUnrunnable?: boolean;
  /** The kinds to validate against; the agent's own registry unless a test brings one with a toy kind. */
  registry?: Registry;
}

/** Parses and validates post config text. Either `config` is set, or `problems` lists every problem found. */
export function parseConfig(text: string, file: string, env: Environment = process.env, options: ParseOptions = {}): { config?: PostConfig; problems: ConfigProblem[] } {
  const yaml = parseYaml(text);
  if (yaml.problems !== undefined) return { problems: yaml.problems.map((problem) => ({ file, path: '', ...problem })) };
  const { doc, lines, data: raw } = yaml;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ file, line: 1, column: 1, path: '', message: 'expected a mapping of keys at the top (post:, buses:, sensors:, outbox:, uplink:)' }] };
  }

  const problems: ConfigProblem[] = [];
  const at = (path: ConfigPath, message: string, key?: string): void => {
    problems.push({ file, ...locate(doc, lines, path, key), path: formatPath(key === undefined ? path : [...path, key]), message });
  };
  const data = substituteEnvironment(raw, [], env, at);

  const kinds = options.registry ?? registry;
  const schema = postConfigSchemaFor(kinds);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const described of describeIssue(schema, data, issue)) at(described.path, described.message, described.key);
    }
  }
  for (const problem of crossReferenceProblems(data, kinds)) at(problem.path, problem.message);
  if (options.refuseUnrunnable === true) for (const problem of unrunnableBusProblems(data, kinds)) at(problem.path, problem.message);
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return problems.length === 0 && parsed.success ? { config: parsed.data as PostConfig, problems } : { problems };
}
