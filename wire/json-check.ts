import { closest } from '../kernel/suggest.js';

/**
 * protobufjs's fromObject silently drops what it does not understand: a misspelt field name,
 * "12x" in a 64-bit field. `outpost encode` must not turn a technician's typo into a zero, so
 * the JSON is compared with what the encoded bytes decode back to (`output`, in JSON form, and
 * `message`, the decoded instance whose prototype lists the fields), and every value that did
 * not survive is named.
 */
export function unreadValues(input: unknown, output: unknown, message: unknown, path = ''): string[] {
  if (input === null || input === undefined) return [];
  if (Array.isArray(input)) {
    const out = Array.isArray(output) ? output : [];
    const instances = Array.isArray(message) ? message : [];
    if (input.length !== out.length && !input.every(isDefault)) {
      return [`${path || 'the message'}: ${input.length} entries given, ${out.length} understood`];
    }
    return input.flatMap((item, index) => unreadValues(item, out[index], instances[index], `${path}[${index}]`));
  }
  if (typeof input === 'object') {
    const out = isObject(output) ? output : {};
    const instance = isObject(message) ? message : undefined;
    return Object.entries(input as Record<string, unknown>).flatMap(([key, value]) => {
      const at = path === '' ? key : `${path}.${key}`;
      if (instance !== undefined && !(key in instance) && !isMapKeyed(instance)) {
        const guess = closest(key, fieldNames(instance));
        return [`${at}: not a field of this message${guess === undefined ? '' : `; did you mean "${guess}"?`}`];
      }
      if (!(key in out)) return isDefault(value) ? [] : [`${at}: ${JSON.stringify(value)} was not understood (read as zero or empty)`];
      return unreadValues(value, out[key], instance?.[key], at);
    });
  }
  return sameScalar(input, output) ? [] : [`${path}: ${JSON.stringify(input)} was read as ${JSON.stringify(output ?? null)}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Map fields decode to plain objects (no prototype fields): their keys are data, not field names. */
function isMapKeyed(instance: Record<string, unknown>): boolean {
  return Object.getPrototypeOf(instance) === Object.prototype;
}

function fieldNames(instance: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const key in instance) if (typeof instance[key] !== 'function') names.push(key);
  return names;
}

function isDefault(value: unknown): boolean {
  if (value === 0 || value === '0' || value === '' || value === false || value === null) return true;
  if (typeof value === 'string' && value.endsWith('_UNSPECIFIED')) return true;
  if (Array.isArray(value)) return value.every(isDefault);
  if (typeof value === 'object') return Object.values(value as object).every(isDefault);
  return false;
}

function sameScalar(input: unknown, output: unknown): boolean {
  if (input === output) return true;
  // Enums may be given by number; the output names them.
  if (typeof input === 'number' && typeof output === 'string' && /^[A-Z][A-Z0-9_]*$/.test(output)) return true;
  const a = typeof input === 'string' && input.trim() !== '' ? Number(input) : input;
  const b = typeof output === 'string' && output.trim() !== '' ? Number(output) : output;
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) && Number.isNaN(b)) return true;
    // float fields keep ~7 significant digits; that is the type, not a typo
    return a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (typeof input === 'string' && typeof output === 'string') {
    // bytes: base64 with or without padding
    return input.replace(/=+$/, '') === output.replace(/=+$/, '');
  }
  return false;
}
