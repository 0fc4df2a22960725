import { XMLParser } from 'fast-xml-parser';

/** A parsed XML element: namespace prefixes removed, attributes under `@_name`, text under `#text`. */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | number | boolean | XmlNode | XmlValue[];

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  // Tokens, names and URIs stay text: "0001" is a profile token, not the number 1.
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  trimValues: true,
});

export function parseXml(text: string): XmlNode {
  return parser.parse(text) as XmlNode;
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] as string);
}

/** The child element `name`, the first when there are several. */
export function child(node: XmlValue | undefined, name: string): XmlValue | undefined {
  if (node === undefined || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const value = node[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Every child element `name` (none, one or several). */
export function children(node: XmlValue | undefined, name: string): XmlValue[] {
  if (node === undefined || typeof node !== 'object' || Array.isArray(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element (or of a path of child elements), if there is any. */
export function text(node: XmlValue | undefined, ...path: string[]): string | undefined {
  let at = node;
  for (const name of path) at = child(at, name);
  if (typeof at === 'string') return at;
  if (typeof at === 'number' || typeof at === 'boolean') return String(at);
  if (at !== undefined && typeof at === 'object' && !Array.isArray(at)) {
    const inner = at['#text'];
    if (typeof inner === 'string') return inner;
  }
  return undefined;
}

/** An attribute of an element. */
export function attribute(node: XmlValue | undefined, name: string): string | undefined {
  const value = child(node, `@_${name}`);
  return typeof value === 'string' ? value : undefined;
}
