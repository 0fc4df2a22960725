// The posts map: Natural Earth land and country boundaries (shipped with the console, so it works
// offline) and a graticule under each post at its surveyed position, as inline SVG. When the
// centre names a tile server (--map-tiles), its tiles are drawn over the land in Web Mercator: a
// tile that does not load leaves the shipped land showing through.

const ns = 'http://www.w3.org/2000/svg';
const [W, H, MARGIN] = [400, 300, 20];
/** The view never spans less than this (degrees of latitude): a single post still shows where it is. */
const MIN_SPAN = 0.5;
const TILE = 256;
let basemap = null;
let tileServer = null;

/** Fetched once, when the map is first drawn (not part of the console's first load). */
async function baseLayer() {
  basemap ??= fetch('/console/basemap-110m.json', { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : { land: [], borders: [] }))
    .catch(() => ({ land: [], borders: [] }));
  return basemap;
}

/** The centre's tile server, asked once: `{ tiles, attribution }`, tiles null when there is none. */
async function tiles() {
  tileServer ??= fetch('/api/map', { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : { tiles: null, attribution: null }))
    .catch(() => ({ tiles: null, attribution: null }));
  return tileServer;
}

function svgElement(name, attributes, text) {
  const element = document.createElementNS(ns, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Equirectangular around the view's centre, longitude shrunk by cos(latitude): shapes keep their proportions. */
function projection(bounds) {
  const [minLon, maxLon, minLat, maxLat] = bounds;
  const centreLon = (minLon + maxLon) / 2;
  const centreLat = (minLat + maxLat) / 2;
  const squeeze = Math.max(0.1, Math.cos((centreLat * Math.PI) / 180));
  const scale = Math.min((W - 2 * MARGIN) / Math.max((maxLon - minLon) * squeeze, 1e-9), (H - 2 * MARGIN) / Math.max(maxLat - minLat, 1e-9));
  return {
    x: (lon) => W / 2 + (lon - centreLon) * squeeze * scale,
    y: (lat) => H / 2 - (lat - centreLat) * scale,
    // What the viewport shows, in degrees, for skipping land outside it.
    visible: [centreLon - W / 2 / (squeeze * scale), centreLon + W / 2 / (squeeze * scale), centreLat - H / 2 / scale, centreLat + H / 2 / scale],
  };
}

/** Web Mercator pixels at zoom `z` (256-pixel tiles), as slippy-map tile servers cut them. */
const mercX = (lon, z) => ((lon + 180) / 360) * TILE * 2 ** z;
function mercY(lat, z) {
  const phi = (Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * TILE * 2 ** z;
}
const latOf = (y, z) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / (TILE * 2 ** z)))) * 180) / Math.PI;

/** The deepest zoom (at most 17) at which the bounds fit the view: the projection and the tiles to fetch. */
function mercatorView(bounds) {
  const [minLon, maxLon, minLat, maxLat] = bounds;
  let z = 17;
  while (z > 0 && (mercX(maxLon, z) - mercX(minLon, z) > W - 2 * MARGIN || mercY(minLat, z) - mercY(maxLat, z) > H - 2 * MARGIN)) z -= 1;
  const cx = (mercX(minLon, z) + mercX(maxLon, z)) / 2;
  const cy = (mercY(minLat, z) + mercY(maxLat, z)) / 2;
  const span = TILE * 2 ** z;
  return {
    z,
    left: cx - W / 2,
    top: cy - H / 2,
    x: (lon) => W / 2 + mercX(lon, z) - cx,
    y: (lat) => H / 2 + mercY(lat, z) - cy,
    visible: [((cx - W / 2) / span) * 360 - 180, ((cx + W / 2) / span) * 360 - 180, latOf(cy + H / 2, z), latOf(cy - H / 2, z)],
  };
}

/** The tiles that cover the view, as SVG images from the template (x wraps round the world; y stops at the poles). */
function tileImages(template, view) {
  const count = 2 ** view.z;
  const images = [];
  for (let ty = Math.max(0, Math.floor(view.top / TILE)); ty <= Math.min(count - 1, Math.floor((view.top + H) / TILE)); ty += 1) {
    for (let tx = Math.floor(view.left / TILE); tx <= Math.floor((view.left + W) / TILE); tx += 1) {
      const wrapped = ((tx % count) + count) % count;
      const href = template.replaceAll('{z}', String(view.z)).replaceAll('{x}', String(wrapped)).replaceAll('{y}', String(ty));
      images.push(svgElement('image', { href, x: (tx * TILE - view.left).toFixed(1), y: (ty * TILE - view.top).toFixed(1), width: TILE, height: TILE, class: 'tile' }));
    }
  }
  return images;
}

/** Lines of `[lon, lat, …]` (closed when `close`) as one path, skipping those wholly outside the view. */
function linesPath(lines, view, close) {
  const [west, east, south, north] = view.visible;
  const parts = [];
  for (const ring of lines) {
    let [minLon, maxLon, minLat, maxLat] = [180, -180, 90, -90];
    for (let index = 0; index < ring.length; index += 2) {
      minLon = Math.min(minLon, ring[index]);
      maxLon = Math.max(maxLon, ring[index]);
      minLat = Math.min(minLat, ring[index + 1]);
      maxLat = Math.max(maxLat, ring[index + 1]);
    }
    if (maxLon < west || minLon > east || maxLat < south || minLat > north) continue;
    let d = '';
    for (let index = 0; index < ring.length; index += 2) d += `${index === 0 ? 'M' : 'L'}${view.x(ring[index]).toFixed(1)},${view.y(ring[index + 1]).toFixed(1)}`;
    parts.push(close ? `${d}Z` : d);
  }
  return parts.join('');
}

/** Parallels and meridians at a round step that gives at most 8 across the view, labelled at the edges. */
function graticule(view) {
  const [west, east, south, north] = view.visible;
  const span = Math.max(north - south, east - west);
  const step = [0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20].find((candidate) => span / candidate <= 8) ?? 30;
  const digits = step < 0.1 ? 2 : step < 1 ? 1 : 0;
  const lines = [];
  for (let lat = Math.ceil(south / step) * step; lat <= north; lat += step) {
    const y = view.y(lat).toFixed(1);
    lines.push(svgElement('line', { x1: 0, y1: y, x2: W, y2: y, class: 'grid' }), svgElement('text', { x: 2, y: Number(y) - 2, class: 'grid-label' }, `${lat.toFixed(digits)}°`));
  }
  for (let lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
    const x = view.x(lon).toFixed(1);
    lines.push(svgElement('line', { x1: x, y1: 0, x2: x, y2: H, class: 'grid' }), svgElement('text', { x: Number(x) + 2, y: H - 3, class: 'grid-label' }, `${lon.toFixed(digits)}°`));
  }
  return lines;
}

/** Starts fetching the base map and the tile server's template, so the map is ready when the posts are. */
export function prepareMap() {
  void baseLayer();
  void tiles();
}

/** Draws the posts that reported a position; with none, the whole world and a note. */
export async function drawMap(svg, posts) {
  const [{ land, borders }, server] = await Promise.all([baseLayer(), tiles()]);
  const placed = posts.filter((post) => post.position && Number.isFinite(post.position.latitudeDeg) && Number.isFinite(post.position.longitudeDeg));
  let bounds = [-180, 180, -60, 85];
  if (placed.length > 0) {
    const lats = placed.map((post) => post.position.latitudeDeg);
    const lons = placed.map((post) => post.position.longitudeDeg);
    const [midLat, midLon] = [(Math.min(...lats) + Math.max(...lats)) / 2, (Math.min(...lons) + Math.max(...lons)) / 2];
    const halfLat = Math.max(MIN_SPAN, Math.max(...lats) - Math.min(...lats)) / 2;
    const halfLon = Math.max(MIN_SPAN, Math.max(...lons) - Math.min(...lons)) / 2;
    bounds = [midLon - halfLon, midLon + halfLon, midLat - halfLat, midLat + halfLat];
  }
  const view = server.tiles ? mercatorView(bounds) : projection(bounds);
  svg.replaceChildren(
    svgElement('path', { d: linesPath(land, view, true), class: 'land', 'fill-rule': 'evenodd' }),
    ...(server.tiles ? tileImages(server.tiles, view) : []),
    svgElement('path', { d: linesPath(borders, view, false), class: 'border' }),
    ...graticule(view),
  );
  if (server.attribution) svg.append(svgElement('text', { x: W - 2, y: H - 14, class: 'attribution', 'text-anchor': 'end' }, server.attribution));
  if (placed.length === 0) {
    svg.append(svgElement('text', { x: 10, y: 20 }, 'No post has reported a position.'));
    return;
  }
  for (const post of placed) {
    const x = view.x(post.position.longitudeDeg);
    const y = view.y(post.position.latitudeDeg);
    const dot = svgElement('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 6, class: post.status });
    dot.dataset.post = post.id;
    dot.append(svgElement('title', {}, `${post.id}: ${post.status}`));
    svg.append(dot, svgElement('text', { x: (x + 8).toFixed(1), y: (y + 3).toFixed(1) }, post.id));
  }
}
