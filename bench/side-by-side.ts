/**
 * Outpost beside Node-RED on the same job (issue 13): runs the shared side-by-side script
 * (shared/bench/side-by-side/run.sh, found in a folder above the project or at
 * $OUTPOST_SIDE_BY_SIDE) from the project root and prints its `name: value unit` lines, the
 * CPU and RSS ratios among them. Arguments pass through: RUNS SECONDS WARM.
 *
 *   npm run bench:side-by-side [-- 3 60 30]      (after npm run build; needs mosquitto, and the
 *                                                npm registry once, to install Node-RED)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function findScript(): string | undefined {
  const given = process.env['OUTPOST_SIDE_BY_SIDE'];
  if (given !== undefined) return existsSync(given) ? given : undefined;
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'bench', 'side-by-side', 'run.sh');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

const script = findScript();
if (script === undefined) {
  console.error('expected shared/bench/side-by-side/run.sh in a folder above the project, found none: set OUTPOST_SIDE_BY_SIDE to its path');
  process.exit(2);
}
const run = spawnSync('bash', [script, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
