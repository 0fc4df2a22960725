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

// `outpost run` runs for years at a few records a second, and V8's defaults suit a busy server (issue 13):
// - it grows its young generation to 2 x 16 MiB on the burst of allocation while the agent loads and
//   configures itself, then keeps it: a third of the agent's RSS for garbage made at a few KB a second.
//   Held at its first size (2 x 1 MiB), a scavenge comes every second or so and takes under a millisecond.
// - it optimises a function once it has run ~66 KB of bytecode: code that runs ten times a second gets
//   there minutes into the run and the compiles were a fifth of the agent's CPU. 15 times that budget
//   leaves it to the hot loops (detection DSP, bursts) that reach it in moments.
// Only effective before the heap grows and functions are made, so here, before anything else loads;
// other commands keep V8's defaults.
if (commandWord(process.argv.slice(2)) === 'run') {
  const v8 = await import('node:v8');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  // V8 12 (Node 22) dropped the budget for invocation counts and Maglev: setting it there only printed
  // "Error: unrecognized flag" at every start. Measured on Node 20 only; later majors keep V8's tiering.
  if (Number(process.versions.v8.split('.')[0]) < 12) v8.setFlagsFromString('--interrupt-budget=1000000');
}

/** The command typed after `outpost`, past the global options (only `--log-level` takes a value). */
function commandWord(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--log-level') i++;
    else if (!args[i].startsWith('-')) return args[i];
  }
  return undefined;
}

const entry = new URL('../dist/agent/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('outpost: the agent is not built yet; run `npm run build` in the repository (npm ci does it for you)\n');
  process.exit(1);
}
await import(entry.href);
