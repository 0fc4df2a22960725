#!/usr/bin/env node
// Generates the static protobuf code in proto/gen/ from proto/outpost/v1/*.proto.
// The generated files are committed (so tsx, editors and the build need no extra step);
// test/proto/drift.test.ts regenerates into a temp dir and fails if they differ.
// Usage: node scripts/gen-proto.mjs [OUT_DIR]   (default proto/gen)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'proto', 'gen'));
const protoDir = join(root, 'proto');
const sources = readdirSync(join(protoDir, 'outpost', 'v1'))
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoDir, 'outpost', 'v1', f));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const common = ['-t', 'static-module', '-w', 'es6', '--dependency', 'protobufjs/minimal.js', '--no-service', '--no-typeurl', '-p', protoDir];

const work = mkdtempSync(join(tmpdir(), 'outpost-proto-'));
try {
  // Declarations come from the commented build; the shipped JS has no comments (smaller, faster to load).
  execFileSync(bin('pbjs'), [...common, '-o', join(work, 'commented.js'), '-d', ...sources], { cwd: protoDir, stdio: 'inherit' });
  execFileSync(bin('pbjs'), [...common, '--no-comments', '-o', join(work, 'outpost.js'), ...sources], { cwd: protoDir, stdio: 'inherit' });
  mkdirSync(outDir, { recursive: true });
  copyFileSync(join(work, 'outpost.js'), join(outDir, 'outpost.js'));
  renameSync(join(work, 'commented.d.ts'), join(outDir, 'outpost.d.ts'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
