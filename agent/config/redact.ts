import type { z } from 'zod';
import { schemaAt, type ConfigPath } from './locate.js';
import { isSecret, REDACTED } from './secret.js';

/**
 * A copy of config data with every value of a `secret()` field replaced by "(redacted)", so a
 * diagnostics dump or a log line can be handed on safely. Found by the schema's mark at each
 * path, not by key names.
 */
export function redactSecrets(root: z.ZodType, data: unknown): unknown {
  const walk = (value: unknown, path: ConfigPath): unknown => {
    if (path.length > 0 && value !== undefined && isSecret(schemaAt(root, data, path))) return REDACTED;
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key])]));
    return value;
  };
  return walk(data, []);
}
