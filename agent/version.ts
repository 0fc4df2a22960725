import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package: its folder and version, found by walking up (works from source and from dist/). */
const installed: { root: string; version: string } = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'outpost' && pkg.version !== undefined) return { root: dir, version: pkg.version };
    } catch {
      // not here; keep walking up
    }
    dir = dirname(dir);
  }
  return { root: process.cwd(), version: '0.0.0-unknown' };
})();

export const agentVersion: string = installed.version;

/** The repository (or the installed release, /usr/lib/outpost/current) folder, for files shipped with the agent such as deploy/examples. */
export const packageRoot: string = installed.root;
