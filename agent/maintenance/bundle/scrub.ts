import { parse } from 'yaml';
import { redactSecrets } from '../../config/redact.js';
import { REDACTED } from '../../config/secret.js';
import { postConfigSchema } from '../../config/schema.js';
import type { Environment } from '../../config/environment.js';

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/** user:password@ in any URL: refused by the schema, but a bundle is made of broken configs too. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:'"]+(?::[^\s/@'"]*)?@/gi;
/** Values shorter than this are not hunted for in other files: "1" or "on" would shred the bundle. */
const MIN_SECRET_LENGTH = 4;

/**
 * The config file as the crew hands it in: parsed as written (so `${VAR}` stays a name, never its
 * value), every field the schema marks secret() replaced, credentials cut out of URLs. Works on
 * configs that do not validate: the broken ones are the ones handed in.
 */
export function redactedConfig(text: string): unknown {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return { error: 'the config is not YAML; left out of the bundle' };
  }
  return scrubUrls(redactSecrets(postConfigSchema, data));
}

function scrubUrls(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  if (Array.isArray(value)) return value.map(scrubUrls);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubUrls(item)]));
  return value;
}

/**
 * Every value that must not leave the post: what the config's secret fields hold, what each
 * `${VAR}` it names expands to, and URL passwords. Each file of the bundle (journal lines,
 * status, diag) is scrubbed of them before it is packed, whatever wrote them.
 */
export function secretValues(text: string, env: Environment): string[] {
  const values = new Set<string>();
  for (const match of text.matchAll(VARIABLE)) {
    const value = env[match[1] as string];
    if (value !== undefined) values.add(value);
  }
  for (const match of text.matchAll(URL_CREDENTIALS)) {
    const password = /:([^:@]*)@$/.exec(match[0])?.[1];
    if (password) values.add(password);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    data = undefined;
  }
  collectRedacted(data, redactSecrets(postConfigSchema, data), values);
  return [...values].filter((value) => value.length >= MIN_SECRET_LENGTH && !value.includes('${')).sort((a, b) => b.length - a.length);
}

/** The literal values at the places redaction replaced. */
function collectRedacted(original: unknown, redacted: unknown, into: Set<string>): void {
  if (redacted === REDACTED && typeof original === 'string') into.add(original);
  if (original === null || typeof original !== 'object' || redacted === null || typeof redacted !== 'object') return;
  for (const [key, item] of Object.entries(original)) collectRedacted(item, (redacted as Record<string, unknown>)[key], into);
}

/** The text with every secret value replaced and URL credentials cut. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let out = text.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out;
}
