#!/usr/bin/env node
// Runs the compiled CLI. `npm ci` builds it (the `prepare` script); after a change, `npm run build`.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/agent/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('outpost: the agent is not built yet; run `npm run build` in the repository (npm ci does it for you)\n');
  process.exit(1);
}
await import(entry.href);
