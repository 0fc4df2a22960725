import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

/**
 * The layering rules of the tree (README.md, "Layout"), checked on the source text:
 * - kernel/ imports nothing of ours;
 * - wire/ imports only kernel/ and proto/;
 * - a driver imports only kernel/, wire/, proto/ and drivers/ (never agent/ or centre/);
 * - centre/ never imports agent/; nor does sapient/ (the SAPIENT bridge reads what posts send, as the centre does);
 * - no file imports a concrete driver class (a class of drivers/<bus>/ that implements a contract:
 *   ByteLink, ModbusLine, GpioChip, CanBus, a GPIO backend...) from outside that bus's folder:
 *   other code reaches a bus through its contract type and a factory function.
 */

/** One import found in a file: where it points (a tree path, without extension) and what it takes. */
export interface ImportEdge {
  from: string;
  /** Tree path of the imported module, e.g. `drivers/serial/link`; undefined for packages. */
  target: string | undefined;
  specifier: string;
  /** Names imported as values (type-only names and `import type` left out); `*` for a namespace or dynamic import. */
  values: string[];
}

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

/** Source files by tree path (`agent/cli/main.ts`). */
export type SourceTree = ReadonlyMap<string, string>;

const ROOTS = ['kernel', 'wire', 'drivers', 'agent', 'centre', 'sapient'];

/** Reads kernel/, wire/, drivers/, agent/, centre/ and sapient/ from a repository root. */
export function readTree(root: string): SourceTree {
  const tree = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) tree.set(relative(root, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  for (const top of ROOTS) walk(join(root, top));
  return tree;
}

const STATIC = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
const BARE = /(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function resolveTarget(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.(js|ts)$/, '');
}

function valueNames(clause: string): string[] {
  const names: string[] = [];
  const braces = /\{([^}]*)\}/.exec(clause);
  if (braces !== null) {
    for (const part of (braces[1] as string).split(',')) {
      const item = part.trim();
      if (item === '' || item.startsWith('type ')) continue;
      names.push((item.split(/\s+as\s+/)[0] as string).trim());
    }
  }
  const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
  if (outside.startsWith('*')) names.push('*');
  else if (outside !== '') names.push('default');
  return names;
}

/** Every import and re-export of a file. */
export function importsOf(file: string, source: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of source.matchAll(STATIC)) {
    const specifier = match[4] as string;
    const typeOnly = match[2] !== undefined;
    edges.push({ from: file, target: resolveTarget(file, specifier), specifier, values: typeOnly ? [] : valueNames(match[3] as string) });
  }
  for (const match of source.matchAll(DYNAMIC)) {
    const specifier = match[1] as string;
    edges.push({ from: file, target: resolveTarget(file, specifier), specifier, values: ['*'] });
  }
  for (const match of source.matchAll(BARE)) {
    const specifier = match[1] as string;
    edges.push({ from: file, target: resolveTarget(file, specifier), specifier, values: ['*'] });
  }
  return edges;
}

const top = (path: string): string => path.split('/')[0] as string;
/** `drivers/serial` for any path under it. */
const driverFolder = (path: string): string | undefined => (path.startsWith('drivers/') ? path.split('/').slice(0, 2).join('/') : undefined);

/** The contracts a bus implementation provides (and the backends behind them). */
const CONTRACTS = ['Bus', 'ByteLink', 'ModbusLine', 'GpioChip', 'GpioBackend', 'InputLine', 'OutputLine', 'CanBus', 'Camera'];
const IMPLEMENTATION = new RegExp(`export\\s+(?:abstract\\s+)?class\\s+(\\w+)[^{]*\\bimplements\\b[^{]*\\b(?:${CONTRACTS.join('|')})\\b`, 'g');

/** Concrete driver classes (classes implementing a contract) by driver folder: `drivers/serial` → SerialLink. */
function driverClasses(tree: SourceTree): Map<string, Set<string>> {
  const classes = new Map<string, Set<string>>();
  for (const [file, source] of tree) {
    const folder = driverFolder(file);
    if (folder === undefined) continue;
    for (const match of source.matchAll(IMPLEMENTATION)) {
      const set = classes.get(folder) ?? new Set<string>();
      set.add(match[1] as string);
      classes.set(folder, set);
    }
  }
  return classes;
}

/** Names a module exports (declared or re-exported), for namespace and dynamic imports. */
function exportedNames(source: string): string[] {
  const names = [...source.matchAll(/export\s+(?:abstract\s+)?(?:class|function|const|let)\s+(\w+)/g)].map((match) => match[1] as string);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (match[1] as string).split(',')) {
      const item = part.trim();
      if (item !== '' && !item.startsWith('type ')) names.push((item.split(/\s+as\s+/).pop() as string).trim());
    }
  }
  return names;
}

/** Every broken rule in the tree; empty when the layering holds. */
export function checkImports(tree: SourceTree): Violation[] {
  const violations: Violation[] = [];
  const classes = driverClasses(tree);
  for (const [file, source] of tree) {
    const layer = top(file);
    for (const edge of importsOf(file, source)) {
      if (edge.target === undefined) continue;
      const to = top(edge.target);
      const add = (rule: string): void => void violations.push({ file, specifier: edge.specifier, rule });
      if (layer === 'kernel' && to !== 'kernel') add('kernel/ imports nothing of ours');
      if (layer === 'wire' && !['wire', 'kernel', 'proto'].includes(to)) add('wire/ imports only kernel/ and proto/');
      if (layer === 'drivers' && (to === 'agent' || to === 'centre')) add(`a driver never imports ${to}/`);
      if ((layer === 'centre' || layer === 'sapient') && to === 'agent') add(`${layer}/ never imports agent/`);
      const folder = driverFolder(edge.target);
      if (folder !== undefined && driverFolder(file) !== folder) {
        const exported = classes.get(folder) ?? new Set<string>();
        const taken = edge.values.includes('*') ? [...edge.values.filter((name) => name !== '*'), ...exportedNames(tree.get(`${edge.target}.ts`) ?? '')] : edge.values;
        const concrete = [...new Set(taken.filter((name) => exported.has(name)))];
        if (concrete.length > 0) add(`${concrete.join(', ')}: a concrete driver class of ${folder}/ used outside it (go through the bus's contract and factory)`);
      }
    }
  }
  return violations;
}

export function describeViolation(violation: Violation): string {
  return `${violation.file}: imports '${violation.specifier}': ${violation.rule}`;
}

export const treeRoot = (): string => join(dirname(new URL(import.meta.url).pathname), '..', '..');
