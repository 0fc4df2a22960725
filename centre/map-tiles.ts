/**
 * An operator's tile server for the console's map (`--map-tiles URL`): a slippy-map URL template
 * with `{z}`, `{x}` and `{y}` (`https://tiles.example/{z}/{x}/{y}.png`). The console draws its
 * tiles over the shipped base map; the CSP lets images come from that one origin and no other.
 */
export interface MapTiles {
  template: string;
  /** scheme://host[:port], what the CSP's img-src names. */
  origin: string;
  /** Shown under the map (most tile servers require it), or undefined. */
  attribution: string | undefined;
}

const PLACEHOLDERS = ['{z}', '{x}', '{y}'];

/** Checks a template; throws a RangeError saying what it expected and what it found. */
export function parseMapTiles(template: string, attribution?: string): MapTiles {
  const shown = JSON.stringify(template.slice(0, 200));
  const missing = PLACEHOLDERS.filter((placeholder) => !template.includes(placeholder));
  if (missing.length > 0) throw new RangeError(`expected a tile URL with {z}, {x} and {y}, e.g. https://tiles.example/{z}/{x}/{y}.png; ${shown} has no ${missing.join(', ')}`);
  const other = /\{(?![zxy]\})[^}]*\}/.exec(template);
  if (other !== null) throw new RangeError(`expected only {z}, {x} and {y} in the tile URL; ${shown} has ${other[0]}`);
  let url: URL;
  try {
    url = new URL(template.replaceAll('{z}', '0').replaceAll('{x}', '0').replaceAll('{y}', '0'));
  } catch {
    throw new RangeError(`expected an absolute http:// or https:// tile URL, found ${shown}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError(`expected an http:// or https:// tile URL, found ${url.protocol} in ${shown}`);
  if (url.username !== '' || url.password !== '') throw new RangeError('the tile URL carries a user name or password, which every browser would see: use a key the tile server expects in the query, or none');
  if (/[\s'";,]/.test(template)) throw new RangeError(`expected a tile URL without spaces, quotes, commas or semicolons, found ${shown}`);
  const text = attribution?.trim();
  return { template, origin: url.origin, attribution: text === undefined || text === '' ? undefined : text.slice(0, 300) };
}
