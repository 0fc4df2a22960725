// Makes centre/console/basemap-110m.json, the console map's offline base layer, from Natural
// Earth's 1:110m land polygons and country boundaries (public domain) as the world-atlas npm
// package ships them in TopoJSON.
// Run after upgrading world-atlas: `node scripts/gen-basemap.mjs`. The output is committed, so
// neither the centre nor the browser needs the package or a network at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const source = require.resolve('world-atlas/countries-110m.json');
const version = JSON.parse(readFileSync(join(source, '..', 'package.json'), 'utf8')).version;
const topology = JSON.parse(readFileSync(source, 'utf8'));
const [scaleX, scaleY] = topology.transform.scale;
const [offsetX, offsetY] = topology.transform.translate;

// Arcs are quantized and delta-encoded (TopoJSON 1.0 spec): sum the deltas, then scale.
const arcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scaleX + offsetX, y * scaleY + offsetY];
  });
});

/** A ring from arc indices: a negative index ~i is arc i reversed; shared end points once. */
function ring(indices) {
  const points = [];
  for (const index of indices) {
    const arc = index >= 0 ? arcs[index] : [...arcs[~index]].reverse();
    points.push(...(points.length === 0 ? arc : arc.slice(1)));
  }
  return points;
}

const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : []);

const rings = [];
for (const geometry of topology.objects.land.geometries) for (const polygon of polygonsOf(geometry)) for (const indices of polygon) rings.push(ring(indices));

// A boundary between two countries is an arc both of them use (TopoJSON shares it).
const users = new Map();
for (const [country, geometry] of topology.objects.countries.geometries.entries()) {
  for (const polygon of polygonsOf(geometry)) for (const indices of polygon) for (const index of indices) {
    const arc = index >= 0 ? index : ~index;
    users.set(arc, (users.get(arc) ?? new Set()).add(country));
  }
}
const borders = [...users].filter(([, countries]) => countries.size > 1).map(([arc]) => arcs[arc]);

// 0.01° (about 1 km) is finer than the 1:110m source; flat [lon, lat, lon, lat, …] keeps it small.
const flat = (lines) => lines.map((points) => points.flatMap(([lon, lat]) => [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100]));
const out = join(import.meta.dirname, '..', 'centre', 'console', 'basemap-110m.json');
const credit = `Natural Earth 1:110m land and country boundaries (public domain), from world-atlas ${version}`;
writeFileSync(out, `${JSON.stringify({ source: credit, land: flat(rings), borders: flat(borders) })}\n`);
console.log(`${out}: ${rings.length} land rings, ${borders.length} boundary lines`);
