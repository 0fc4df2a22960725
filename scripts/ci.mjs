#!/usr/bin/env node
// What CI runs after `npm ci` (.ci/run): the whole suite (`npm test`), then the suites that need
// more than this machine's own kernel or Node (the kernel-in-the-loop VM, the socketcan addon in it
// under Node 22 and 24, the whole suite on Node 22 and 24, the arm64 .deb in an arm64 guest), each only while CI's time allows.
// Every step's `N passed, N failed` line is kept, and the last line is their sum, which is what CI reads.
//   OUTPOST_CI_BUDGET=seconds (default 4800: CI stops a run at 5400 s) · OUTPOST_CI_STEPS=suite,kernel,socketcan22,socketcan24,node22,node24,kernel-arm64
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const budgetMs = Number(process.env.OUTPOST_CI_BUDGET ?? 4800) * 1000;
const wanted = new Set((process.env.OUTPOST_CI_STEPS ?? 'suite,kernel,socketcan22,socketcan24,node22,node24,kernel-arm64').split(',').map((step) => step.trim()));
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
const started = Date.now();
/** A failed step's last lines are printed again at the end: a long log is cut in the middle where CI shows it. */
const TAIL_LINES = 40;

/** What the socketcan step runs in the kernel VM: the addon is V8-ABI, so each Node gets its own build. */
const SOCKETCAN_SUITES = ['test/can/socketcan.test.ts', 'test/kernel-loop/socketcan.test.ts'];

/** Each step: what it proves, its command, and the time it may need at most (it is skipped when less is left). */
const steps = [
  { name: 'suite', what: 'the whole suite (npm test)', command: ['npm', ['test']], needsMs: 0 },
  { name: 'kernel', what: 'kernel-in-the-loop suites in a Debian kernel under qemu (npm run test:kernel)', command: ['npm', ['run', 'test:kernel']], needsMs: 25 * 60_000, present: () => scripts['test:kernel'] !== undefined },
  ...['22', '24'].map((major) => ({
    name: `socketcan${major}`,
    what: `the socketcan addon on vcan in the kernel VM under Node ${major} (scripts/node-matrix.sh with OUTPOST_NODE_MATRIX_KERNEL=1)`,
    command: ['bash', ['scripts/node-matrix.sh', ...SOCKETCAN_SUITES]],
    env: { OUTPOST_NODE_MATRIX: major, OUTPOST_NODE_MATRIX_KERNEL: '1' },
    needsMs: 15 * 60_000,
    present: () => scripts['test:kernel'] !== undefined,
  })),
  // Last, being the longest: the whole suite (no clock-shifted reruns) on the next Node majors.
  ...['22', '24'].map((major) => ({
    name: `node${major}`,
    what: `the whole suite on Node ${major} (scripts/node-matrix.sh; native modules rebuilt for its ABI)`,
    command: ['bash', ['scripts/node-matrix.sh']],
    env: { OUTPOST_NODE_MATRIX: major, OUTPOST_TEST_SHIFTS: '' },
    needsMs: 25 * 60_000,
  })),
  // 3.5 min here warm at load 3-6, 5-9 min at load 11-13 (the arm64 .deb built from its cached addons, then the guest); cold it also makes the
  // arm64 root and cross-compiles the addons (test:package's caches), which is what the allowance is for.
  {
    name: 'kernel-arm64',
    what: "the arm64 .deb installed in an arm64 Debian under Debian's arm64 kernel (qemu-system-aarch64), outpost diag and run --once on vcan and gpio-sim (npm run test:kernel:arm64)",
    command: ['npm', ['run', 'test:kernel:arm64']],
    needsMs: 30 * 60_000,
    present: () => scripts['test:kernel:arm64'] !== undefined,
  },
];

function run(step) {
  return new Promise((resolve) => {
    const [command, args] = step.command;
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...step.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let last;
    const tail = [];
    let pending = '';
    const keep = (line) => {
      if (line.trim() === '') return;
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
    };
    let pendingErr = '';
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      const lines = (pendingErr + String(chunk)).split('\n');
      pendingErr = lines.pop() ?? '';
      lines.forEach(keep);
    });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + String(chunk)).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        keep(line);
        const match = /^(?:[\w-]+: )?(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(line.trim());
        if (match) last = { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3] ?? 0) };
      }
    });
    child.on('close', (code) => resolve({ code: code ?? 1, counts: last, tail }));
  });
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];
const failedTails = [];
for (const step of steps) {
  if (!wanted.has(step.name)) continue;
  const left = budgetMs - (Date.now() - started);
  if (step.present && !step.present()) {
    report.push(`${step.name}: not run: no such npm script in this tree`);
    continue;
  }
  if (left < step.needsMs) {
    report.push(`${step.name}: not run: ${Math.round(left / 60_000)} min of CI's time left, it may need ${step.needsMs / 60_000}`);
    totals.skipped += 1;
    continue;
  }
  console.log(`\n==== CI step ${step.name}: ${step.what}`);
  const begun = Date.now();
  const { code, counts, tail } = await run(step);
  const seconds = Math.round((Date.now() - begun) / 1000);
  if (code !== 0 || counts === undefined || counts.failed > 0) failedTails.push({ name: step.name, tail });
  if (counts === undefined) {
    // A step that ended without its summary line failed in a way no test counted (a build, a download).
    totals.failed += 1;
    report.push(`${step.name}: exited ${code} without a summary line after ${seconds} s`);
    continue;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed + (code !== 0 && counts.failed === 0 ? 1 : 0);
  totals.skipped += counts.skipped;
  report.push(`${step.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${seconds} s (exit ${code})`);
}

for (const { name, tail } of failedTails) {
  console.log(`\n==== CI step ${name} failed; its last ${tail.length} lines again:`);
  for (const line of tail) console.log(`  | ${line}`);
}
console.log(`\n==== CI steps (${Math.round((Date.now() - started) / 1000)} s in all)`);
for (const line of report) console.log(`  ${line}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`);
process.exitCode = totals.failed > 0 ? 1 : 0;
