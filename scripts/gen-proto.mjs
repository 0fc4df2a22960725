#!/usr/bin/env node
// Generates the static protobuf code in proto/gen/: outpost.js from proto/outpost/v1/*.proto, and
// sapient.js from proto/sapient/sapient_msg/bsi_flex_335_v2_0/*.proto (SAPIENT, BSI Flex 335 v2.0,
// its own include root so its imports read as the standard writes them, and its own protobufjs
// root so the two schemas never mix).
// The generated files are committed (so tsx, editors and the build need no extra step);
// test/proto/schema.test.ts regenerates into a temp dir and fails if they differ.
// Usage: node scripts/gen-proto.mjs [OUT_DIR]   (default proto/gen)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'proto', 'gen'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

const bundles = [
  { name: 'outpost', includeDir: join(root, 'proto'), sourceDir: join('outpost', 'v1'), protobufRoot: 'default' },
  { name: 'sapient', includeDir: join(root, 'proto', 'sapient'), sourceDir: join('sapient_msg', 'bsi_flex_335_v2_0'), protobufRoot: 'sapient' },
];

function generate({ name, includeDir, sourceDir, protobufRoot }, work) {
  const sources = readdirSync(join(includeDir, sourceDir))
    .filter((f) => f.endsWith('.proto'))
    .sort()
    .map((f) => join(includeDir, sourceDir, f));
  const common = ['-t', 'static-module', '-w', 'es6', '--dependency', 'protobufjs/minimal.js', '--no-service', '--no-typeurl', '-r', protobufRoot, '-p', includeDir];
  // Declarations come from the commented build; the shipped JS has no comments (smaller, faster to load).
  execFileSync(bin('pbjs'), [...common, '-o', join(work, `${name}-commented.js`), '-d', ...sources], { cwd: includeDir, stdio: 'inherit' });
  execFileSync(bin('pbjs'), [...common, '--no-comments', '-o', join(work, `${name}.js`), ...sources], { cwd: includeDir, stdio: 'inherit' });
  copyFileSync(join(work, `${name}.js`), join(outDir, `${name}.js`));
  renameSync(join(work, `${name}-commented.d.ts`), join(outDir, `${name}.d.ts`));
}

const work = mkdtempSync(join(tmpdir(), 'outpost-proto-'));
try {
  mkdirSync(outDir, { recursive: true });
  for (const bundle of bundles) generate(bundle, work);
} finally {
  rmSync(work, { recursive: true, force: true });
}
