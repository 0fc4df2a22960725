import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tempDir } from '../support/tmp.js';
import { testUnless } from '../support/skip.js';

const root = resolve(import.meta.dirname, '../..');
const buf = join(root, 'node_modules', '.bin', 'buf');

function run(command: string, args: string[], cwd = root): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('buf lint passes on proto/', () => {
  const result = run(buf, ['lint']);
  assert.is(result.status, 0, result.output);
});

test('the committed generated code equals what the generator makes from proto/ (no drift)', () => {
  const out = tempDir();
  const result = run(process.execPath, [join(root, 'scripts', 'gen-proto.mjs'), out]);
  assert.is(result.status, 0, result.output);
  for (const file of readdirSync(join(root, 'proto', 'gen'))) {
    const same = readFileSync(join(out, file), 'utf8') === readFileSync(join(root, 'proto', 'gen', file), 'utf8');
    assert.ok(same, `proto/gen/${file} is stale: run \`npm run proto\` and commit the result`);
  }
});

// The schema on main must stay wire-compatible with the one before it: posts upgrade months apart.
const previous = ((): { ref?: string; skip?: string } => {
  if (run('git', ['rev-parse', '--is-inside-work-tree']).status !== 0) return { skip: 'not a git checkout' };
  if (run('git', ['rev-parse', '--verify', '--quiet', 'HEAD~1']).status !== 0) return { skip: 'no previous commit to compare with (first commit or shallow clone)' };
  // Compare the working tree with HEAD when proto/ has uncommitted changes, else HEAD with its parent.
  const dirty = run('git', ['diff', '--quiet', 'HEAD', '--', 'proto/outpost']).status !== 0;
  const ref = dirty ? 'HEAD' : 'HEAD~1';
  if (run('git', ['cat-file', '-e', `${ref}:proto/outpost/v1/envelope.proto`]).status !== 0) return { skip: `${ref} has no proto/outpost/v1 schema yet` };
  return { ref };
})();

testUnless(test, previous.skip, 'buf breaking: proto/ is wire-compatible with the previous commit on main', () => {
  const result = run(buf, ['breaking', '--against', `.git#ref=${String(previous.ref)}`]);
  assert.is(result.status, 0, result.output);
});

test('buf breaking does catch an incompatible change (a renumbered field)', () => {
  const dir = tempDir();
  cpSync(join(root, 'proto'), join(dir, 'before', 'proto'), { recursive: true });
  cpSync(join(root, 'proto'), join(dir, 'after', 'proto'), { recursive: true });
  for (const side of ['before', 'after']) cpSync(join(root, 'buf.yaml'), join(dir, side, 'buf.yaml'));
  const file = join(dir, 'after', 'proto', 'outpost', 'v1', 'envelope.proto');
  writeFileSync(file, readFileSync(file, 'utf8').replace('string post_id = 1;', 'string post_id = 99;'));
  const result = run(buf, ['breaking', join(dir, 'after'), '--against', join(dir, 'before')]);
  assert.is.not(result.status, 0);
  assert.match(result.output, /post_id/);
});

test.run();
