import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { OutpostError, systemCode } from '../../kernel/errors.js';
import { describeIssue, formatProblem, formatPath, locate, type ConfigPath, type ConfigProblem } from './locate.js';
import { crossReferenceProblems, postConfigSchemaFor, unrunnableBusProblems, type PostConfig } from './schema.js';
import { registry, type Registry } from './registry.js';

export type { ConfigProblem } from './locate.js';

export interface LoadedConfig {
  config: PostConfig;
  file: string;
  /** sha256 of the file as read, hex: reported in PostState so the centre sees config changes. */
  hash: string;
}

export class ConfigError extends OutpostError {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map(formatProblem).join('\n'), {
      code: 'config.invalid',
      hint: 'run `outpost config validate FILE` to see every problem',
    });
    this.name = 'ConfigError';
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** Reads, substitutes `${VAR}` and validates a post file; throws ConfigError listing every problem. */
export function loadConfigFile(file: string, env: Environment = process.env, options: ParseOptions = {}): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = systemCode(error);
    const why = code === 'ENOENT' ? 'no such file; check the path' : code === 'EACCES' ? 'permission denied; check the file mode and owner' : String(error);
    throw new ConfigError([{ file, line: 0, column: 0, path: '', message: `cannot read the post config: ${why}` }]);
  }
  const result = parseConfig(text, file, env, options);
  if (result.config === undefined) throw new ConfigError(result.problems);
  return { config: result.config, file, hash: createHash('sha256').update(text).digest('hex') };
}

/** Parses and validates post config text. Either `config` is set, or `problems` lists every problem found. */
export interface ParseOptions {
  /** Also refuse bus kinds this build cannot run (`config validate`); `outpost run` reports them as faults instead. */
  refuseUnrunnable?: boolean;
  /** The kinds to validate against; the agent's own registry unless a test brings one with a toy kind. */
  registry?: Registry;
}

export function parseConfig(text: string, file: string, env: Environment = process.env, options: ParseOptions = {}): { config?: PostConfig; problems: ConfigProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const at = lines.linePos(error.pos[0]);
      const first = error.message.split('\n')[0] ?? error.message;
      return { file, line: at.line, column: at.col, path: '', message: `not valid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}` };
    });
    return { problems };
  }
  const raw: unknown = doc.toJS();
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

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** Replaces `${VAR}` and `${VAR:-default}` in string values; `$$` is a literal `$`. */
function substituteEnvironment(value: unknown, path: ConfigPath, env: Environment, report: (path: ConfigPath, message: string) => void): unknown {
  if (typeof value === 'string') {
    return value.replace(VARIABLE, (match, name: string | undefined, fallback: string | undefined) => {
      if (match === '$$') return '$';
      const found = env[name as string];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      report(path, `environment variable ${String(name)} is not set; export it, or set it in the service's EnvironmentFile`);
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => substituteEnvironment(item, [...path, index], env, report));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substituteEnvironment(item, [...path, key], env, report)]));
  }
  return value;
}
