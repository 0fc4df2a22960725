import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import { isSecret } from './secret.js';
import { closest } from '../../kernel/suggest.js';

export { formatPath, formatProblem, MAX_REPORTED_PROBLEMS, reportProblems, type ConfigPath, type ConfigProblem } from './problems.js';
import { formatPath, type ConfigPath, type ConfigProblem } from './problems.js';

type Located = Pick<ConfigProblem, 'line' | 'column'>;

/** Where a key path is in the YAML source: the value's node, or its key, or the nearest ancestor. */
export function locate(doc: Document, lines: LineCounter, path: ConfigPath, key?: string): Located {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = nodeAt(doc, prefix);
    if (node === undefined || node === null) continue;
    // A key named by the issue (an unknown key), or the key of a missing value: point at the key itself.
    const wantedKey = depth === path.length ? key : String(path[depth]);
    if (wantedKey !== undefined && isMap(node)) {
      const keyNode = pairIn(node, wantedKey)?.key as Node | undefined;
      if (keyNode?.range) return position(lines, keyNode.range[0]);
    }
    if (depth < path.length && isMap(node)) {
      // The value is missing: point at the parent's key, where the technician would add it.
      const parentKey = keyNodeOf(doc, prefix);
      if (parentKey?.range) return position(lines, parentKey.range[0]);
    }
    if (node.range) return position(lines, node.range[0]);
  }
  return { line: 1, column: 1 };
}

/**
 * Each mapping's pairs by key, built once per mapping: a file with tens of thousands of unknown
 * keys is located in linear time, where a search of the mapping per problem was quadratic.
 */
const pairIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairIn(map: YAMLMap, key: string): Pair | undefined {
  let index = pairIndex.get(map);
  if (index === undefined) {
    index = new Map();
    for (const item of map.items) {
      if (isPair(item) && isScalar(item.key)) {
        const name = String(item.key.value);
        if (!index.has(name)) index.set(name, item);
      }
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** The node at a key path (mapping keys and sequence indexes), through the pair index. */
function nodeAt(doc: Document, path: ConfigPath): Node | undefined {
  let node = doc.contents as Node | null;
  for (const part of path) {
    if (isMap(node)) node = pairIn(node, String(part))?.value as Node | null;
    else if (isSeq(node) && typeof part === 'number') node = node.items[part] as Node | null;
    else return undefined;
    if (node === undefined || node === null) return undefined;
  }
  return node ?? undefined;
}

function keyNodeOf(doc: Document, path: ConfigPath): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  return pairIn(parent, String(path[path.length - 1]))?.key as Node | undefined;
}

function position(lines: LineCounter, offset: number): Located {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** A value as a technician would describe it in a message. */
export function describeValue(value: unknown): string {
  return describePlain(value);
}

function describePlain(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  // A URL's user:password@ never goes into a message, whatever field it was found in.
  if (typeof value === 'string') return `"${value.replace(/\/\/[^/@\s]*@/g, '//…@')}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping of keys';
}

function valueAt(data: unknown, path: ConfigPath): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { def: SchemaDef }).def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return current;
    current = inner;
  }
}

/** The schema that applies at a path of the given data, choosing union members by their discriminator. */
export function schemaAt(root: z.ZodType, data: unknown, path: ConfigPath): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  for (let i = 0; i <= path.length && schema !== undefined; i++) {
    schema = unwrap(schema);
    const def = defOf(schema);
    if (def.type === 'union' && def.options !== undefined) {
      const here = valueAt(data, path.slice(0, i));
      schema = pickOption(def.options, def.discriminator, here);
      if (schema === undefined) return undefined;
      schema = unwrap(schema);
    }
    if (i === path.length) return schema;
    const part = path[i] as PropertyKey;
    const current = defOf(schema);
    if (current.type === 'object') schema = current.shape?.[String(part)];
    else if (current.type === 'record') schema = current.valueType;
    else if (current.type === 'array') schema = current.element;
    else if (current.type === 'tuple') schema = current.items?.[Number(part)];
    else return undefined;
  }
  return schema;
}

function pickOption(options: z.ZodType[], discriminator: string | undefined, value: unknown): z.ZodType | undefined {
  if (discriminator === undefined || value === null || typeof value !== 'object') return options.length === 1 ? options[0] : undefined;
  const wanted = (value as Record<string, unknown>)[discriminator];
  return options.find((option) => {
    const shape = defOf(unwrap(option)).shape;
    const literal = shape?.[discriminator];
    return literal !== undefined && (defOf(literal) as unknown as { values?: unknown[] }).values?.includes(wanted);
  });
}

/**
 * With its type unknown, a bus or sensor cannot be checked against its type's schema; but a key
 * that no type accepts is wrong whatever the type is meant to be, so it is reported at once
 * rather than after the type is fixed.
 */
function keysNoTypeAccepts(root: z.ZodType, data: unknown, path: ConfigPath): { path: ConfigPath; key: string; message: string }[] {
  const value = valueAt(data, path);
  const parent = schemaAt(root, data, path.slice(0, -1));
  if (value === null || typeof value !== 'object' || Array.isArray(value) || parent === undefined) return [];
  const union = defOf(unwrap(parent));
  const options = defOf(unwrap((union.type === 'record' ? union.valueType : union.type === 'object' ? union.shape?.[String(path[path.length - 1])] : undefined) ?? parent)).options ?? [];
  const accepted = new Set(options.flatMap((option) => Object.keys(defOf(unwrap(option)).shape ?? {})));
  if (accepted.size === 0) return [];
  return Object.keys(value)
    .filter((key) => !accepted.has(key))
    .map((key) => {
      const guess = closest(key, accepted);
      return { path, key, message: `unknown key "${key}" (no ${String(path[0]).replace(/es$|s$/, '')} type has it)${guess === undefined ? '' : `; did you mean "${guess}"?`}` };
    });
}

/** The keys an object schema at `path` accepts, for "did you mean". */
export function keysAt(root: z.ZodType, data: unknown, path: ConfigPath): string[] {
  const schema = schemaAt(root, data, path);
  if (schema === undefined) return [];
  const def = defOf(unwrap(schema));
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** Words for one zod issue, in the shape "expected …, found …; did you mean …". */
export function describeIssue(root: z.ZodType, data: unknown, issue: z.core.$ZodIssue): { path: ConfigPath; key?: string; message: string }[] {
  const path = issue.path;
  const found = valueAt(data, path);
  // A secret field's value (a password, from ${VAR}) is never echoed; its length helps more than nothing.
  const hidden = isSecret(schemaAt(root, data, path));
  const describeValue = (shown: unknown): string => (hidden && typeof shown === 'string' ? `a secret of ${shown.length} characters (not shown)` : describePlain(shown));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(root, data, path);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const hint = guess !== undefined ? `did you mean "${guess}"?` : `expected one of: ${known.join(', ')}`;
        return { path, key, message: `unknown key "${key}"; ${hint}` };
      });
    }
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options;
      if (discriminator !== undefined && options !== undefined) {
        const names = options.map(String);
        if (found === undefined) return [{ path, message: `missing "${discriminator}"; expected one of: ${names.join(', ')}` }];
        const guess = closest(String(found), names);
        const hint = guess !== undefined ? `did you mean "${guess}"?` : `expected one of: ${names.join(', ')}`;
        return [{ path, message: `unknown ${discriminator} ${describeValue(found)}; ${hint}` }, ...keysNoTypeAccepts(root, data, path.slice(0, -1))];
      }
      return [{ path, message: `${describeValue(found)} does not match any accepted form: ${unionSummary(issue)}` }];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const guess = typeof found === 'string' ? closest(found, values) : undefined;
      const base = `expected ${values.length === 1 ? values[0] : `one of: ${values.join(', ')}`}, found ${describeValue(found)}`;
      return [{ path, message: guess === undefined ? base : `${base}; did you mean "${guess}"?` }];
    }
    case 'invalid_type':
      if (found === undefined) return [{ path, message: `missing; ${expectedPhrase(issue.expected)} is required here` }];
      return [{ path, message: `expected ${expectedPhrase(issue.expected)}, found ${describeValue(found)}` }];
    case 'invalid_format':
      return [{ path, message: `expected ${issue.message.startsWith('Invalid') ? `a valid ${issue.format}` : issue.message}, found ${describeValue(found)}` }];
    case 'too_small':
    case 'too_big': {
      const word = issue.code === 'too_small' ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
      const what = issue.origin === 'array' ? `${word} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)} entries` : issue.origin === 'string' ? `${word} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)} characters` : `${word} ${String(issue.code === 'too_small' ? issue.minimum : issue.maximum)}`;
      return [{ path, message: `expected ${what}, found ${Array.isArray(found) ? `${found.length} entries` : describeValue(found)}` }];
    }
    case 'not_multiple_of':
      return [{ path, message: `expected a multiple of ${String(issue.divisor)}, found ${describeValue(found)}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

function expectedPhrase(expected: string): string {
  const phrases: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping of keys',
    array: 'a list',
    record: 'a mapping of names',
  };
  return phrases[expected] ?? expected;
}

function unionSummary(issue: z.core.$ZodIssue): string {
  const errors = (issue as { errors?: z.core.$ZodIssue[][] }).errors ?? [];
  return errors.map((branch) => branch.map((inner) => inner.message).join(', ')).join(' | ') || issue.message;
}
