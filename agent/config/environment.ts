import type { ConfigPath } from './locate.js';

export type Environment = Readonly<Record<string, string | undefined>>;

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces `${VAR}` and `${VAR:-default}` in string values; `$$` is a literal `$`. As in the
 * shell, `:-` takes the default when the variable is unset or empty. Without a default an empty
 * value is refused like an unset one (a `${VAR}` stands for a password, a token, a path: empty is
 * never what was meant), but the message says which of the two it is, since the fixes differ.
 */
export function substituteEnvironment(value: unknown, path: ConfigPath, env: Environment, report: (path: ConfigPath, message: string) => void): unknown {
  if (typeof value === 'string') {
    return value.replace(VARIABLE, (match, name: string | undefined, fallback: string | undefined) => {
      if (match === '$$') return '$';
      const found = env[name as string];
      if (found !== undefined && found !== '') return found;
      if (fallback !== undefined) return fallback;
      report(
        path,
        found === undefined
          ? `environment variable ${String(name)} is not set; export it, or set it in the service's EnvironmentFile`
          : `environment variable ${String(name)} is set but empty; give it a value (or write \${${String(name)}:-default} for a default)`,
      );
      return '';
    });
  }
  if (Array.isArray(value)) return value.map((item, index) => substituteEnvironment(item, [...path, index], env, report));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substituteEnvironment(item, [...path, key], env, report)]));
  }
  return value;
}
