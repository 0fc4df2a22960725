import { isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

/**
 * Most alias expansions (`*name`) a post file may make. yaml counts each expansion times the
 * aliases inside it, so nested anchors that would build gigabytes stop here.
 */
export const MAX_ALIAS_EXPANSIONS = 100;

/** A problem with the YAML itself, before any key is looked at. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

export type ParsedYaml = { doc: Document; lines: LineCounter; data: unknown; problems?: undefined } | { problems: YamlProblem[] };

/**
 * Parses post config YAML into plain data, or says where it is not valid YAML. Duplicate keys are
 * found here with one set per mapping: yaml's own `uniqueKeys` check searches the mapping for
 * every key, which is quadratic and took seconds on a file of 40,000 keys.
 */
export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const first = error.message.split('\n')[0] ?? error.message;
        return { ...at(error.pos[0]), message: `not valid YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}` };
      }),
    };
  }
  const duplicates = duplicateKeys(doc, at);
  if (duplicates.length > 0) return { problems: duplicates };
  try {
    return { doc, lines, data: doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS }) };
  } catch (error) {
    // yaml throws a ReferenceError for exactly this; anything else is a real fault.
    if (!(error instanceof ReferenceError)) throw error;
    const message = `too many aliases: expanding the *anchor references would take more than ${MAX_ALIAS_EXPANSIONS} copies; a post config never needs that many, write the values out or nest fewer anchors`;
    return { problems: [{ ...at(firstAliasOffset(doc)), message }] };
  }
}

function duplicateKeys(doc: Document, at: (offset: number) => { line: number; column: number }): YamlProblem[] {
  const problems: YamlProblem[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, number>();
      for (const item of map.items) {
        if (!isPair(item) || !isScalar(item.key)) continue;
        const name = String(item.key.value);
        const offset = item.key.range?.[0] ?? 0;
        const first = seen.get(name);
        if (first === undefined) seen.set(name, offset);
        else problems.push({ ...at(offset), message: `not valid YAML: map keys must be unique; "${name}" is already on line ${at(first).line}` });
      }
    },
  });
  return problems;
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
