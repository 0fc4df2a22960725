#!/usr/bin/env node
// Runs the compiled CLI. `npm ci` builds it (the `prepare` script); after a change, `npm run build`.
import { existsSync } from 'node:fs';

// Checked before anything else loads: on an older Node the agent would fail later with a syntax or API error.
const required = 20;
const major = Number(process.versions.node.split('.')[0]);
if (major < required) {
  process.stderr.write(
    `outpost: Node.js ${required} or newer is needed, found ${process.version} (${process.execPath}). ` +
      'On Debian 13 (trixie): apt-get install nodejs. On Debian 12 (bookworm, which has Node 18): install Node 20, 22 or 24 from NodeSource ' +
      '(https://github.com/nodesource/distributions), then start outpost again.\n',
  );
  process.exit(1);
}

const entry = new URL('../dist/agent/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('outpost: the agent is not built yet; run `npm run build` in the repository (npm ci does it for you)\n');
  process.exit(1);
}
await import(entry.href);
