import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/tmp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const trace = fileURLToPath(new URL('../support/module-trace.mjs', import.meta.url));

/** The modules `node bin/outpost.js ARGS` loads, as paths relative to the repository. */
function modulesLoadedBy(args: string[]): string[] {
  const out = join(tempDir(), 'modules.txt');
  const result = spawnSync(process.execPath, ['--import', trace, join(root, 'bin/outpost.js'), ...args], {
    cwd: root,
    env: { ...process.env, OUTPOST_MODULE_TRACE: out },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.is(result.status, 0, `outpost ${args.join(' ')}: ${result.stderr}`);
  return readFileSync(out, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file://'))
    .map((url) => fileURLToPath(url).slice(root.length));
}

const heavy = (modules: string[]): string[] => modules.filter((path) => /node_modules\/(aedes|modbus-serial)\/|^dist\/centre\//.test(path));

test('the trace sees what a command loads: `centre --help` pulls in the centre and aedes', () => {
  const modules = modulesLoadedBy(['centre', '--help']);
  assert.ok(modules.includes('dist/agent/cli/main.js'), 'the CLI itself is traced');
  assert.ok(modules.some((path) => path.startsWith('dist/centre/')), 'the centre is loaded for its own command');
  assert.ok(modules.some((path) => path.includes('node_modules/aedes/')), 'aedes is loaded for the centre');
});

test('`outpost --version` loads no command at all', () => {
  const modules = modulesLoadedBy(['--version']);
  assert.equal(heavy(modules), []);
  assert.equal(modules.filter((path) => path.startsWith('dist/agent/cli/commands/') && !/\/(index|groups)\.js$/.test(path)), []);
});

test('`outpost run --help` and `outpost --help` load neither the centre, aedes nor modbus-serial', () => {
  const run = modulesLoadedBy(['run', '--help']);
  assert.ok(run.includes('dist/agent/cli/commands/run.js'), 'run is loaded for its own help');
  assert.equal(heavy(run), []);
  assert.equal(heavy(modulesLoadedBy(['--help'])), []);
});

test.run();
