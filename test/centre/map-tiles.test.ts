import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { startCentre } from '../../centre/index.js';
import { parseMapTiles } from '../../centre/map-tiles.js';
import { runCli } from '../support/cli.js';
import { tempDir } from '../support/tmp.js';

test('a tile URL template: its origin for the CSP; what is wrong with a bad one is said', () => {
  assert.equal(parseMapTiles('https://tiles.example:8443/osm/{z}/{x}/{y}.png?key=k1', ' © OSM '), { template: 'https://tiles.example:8443/osm/{z}/{x}/{y}.png?key=k1', origin: 'https://tiles.example:8443', attribution: '© OSM' });
  assert.throws(() => parseMapTiles('https://tiles.example/{z}/{x}.png'), /expected a tile URL with \{z\}, \{x\} and \{y\}.*has no \{y\}/);
  assert.throws(() => parseMapTiles('https://{s}.tiles.example/{z}/{x}/{y}.png'), /expected only \{z\}, \{x\} and \{y\} in the tile URL; .* has \{s\}/);
  assert.throws(() => parseMapTiles('tiles/{z}/{x}/{y}.png'), /expected an absolute http:\/\/ or https:\/\/ tile URL/);
  assert.throws(() => parseMapTiles('ftp://tiles.example/{z}/{x}/{y}.png'), /expected an http:\/\/ or https:\/\/ tile URL, found ftp:/);
  assert.throws(() => parseMapTiles('https://user:secret@tiles.example/{z}/{x}/{y}.png'), /carries a user name or password/);
  assert.throws(() => parseMapTiles("https://tiles.example/{z}/{x}/{y}.png;script-src 'unsafe-inline'"), /without spaces, quotes, commas or semicolons/);
});

test('GET /api/map names the tile server (null without one); the CSP widens img-src to its origin only', async () => {
  const plain = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(tempDir(), 'a.db'), http: '127.0.0.1:0' });
  const tiled = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(tempDir(), 'b.db'), http: '127.0.0.1:0', mapTiles: parseMapTiles('https://tiles.example/{z}/{x}/{y}.png', 'Tiles © Example') });
  try {
    const ask = async (centre: typeof plain) => {
      const response = await fetch(`${String(centre.httpAddress)}/api/map`);
      return { body: (await response.json()) as unknown, csp: response.headers.get('content-security-policy') ?? '' };
    };
    const without = await ask(plain);
    assert.equal(without.body, { tiles: null, attribution: null });
    assert.match(without.csp, "img-src 'self' data:;");
    const withTiles = await ask(tiled);
    assert.equal(withTiles.body, { tiles: 'https://tiles.example/{z}/{x}/{y}.png', attribution: 'Tiles © Example' });
    assert.match(withTiles.csp, "img-src 'self' data: https://tiles.example;");
    assert.match(withTiles.csp, "connect-src 'self';", 'nothing else widened');
  } finally {
    await plain.stop();
    await tiled.stop();
  }
});

test('outpost centre --map-tiles: a bad template or an attribution alone is a usage error', async () => {
  const bad = await runCli(['centre', '--map-tiles', 'https://tiles.example/{z}/{x}.png', '--db', join(tempDir(), 'c.db')]);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /--map-tiles: expected a tile URL with \{z\}, \{x\} and \{y\}/);
  const alone = await runCli(['centre', '--map-attribution', '© OSM', '--db', join(tempDir(), 'c.db')]);
  assert.is(alone.code, 2);
  assert.match(alone.stderr, /--map-attribution goes with --map-tiles/);
});

test.run();
