#!/usr/bin/env node
// Runs every uvu test file (test/**/*.test.ts) in its own process, two at a time (one per core),
// and ends with the summary line CI reads: `N passed, N failed` (`, N skipped` when any skipped).
// Usage: node scripts/test.mjs [PATH...]   (files or folders; default test/)
//        OUTPOST_TEST_JOBS=N to change the parallelism, OUTPOST_TEST_TIMEOUT=seconds per file (default 300),
//        OUTPOST_TEST_PROGRESS=1 to print a line as each file starts (the kernel VM does: a hang shows what ran),
//        OUTPOST_TEST_RERUN_CRASHED=1 to run once more a file Node died in with SIGSEGV, SIGBUS or SIGILL (the kernel VM
//        under emulation does: scripts/kernel/run.mjs says why); the summary lists every such rerun.
// The whole run (no PATH) then runs the time-sensitive suites again with the clock shifted ahead by libfaketime
// (OUTPOST_TEST_SHIFTS, default "+3d,+365d"; empty to skip): a test that passes today and fails next week blocks
// every change after it, so CI proves each run that no outcome depends on the calendar day.
// A file that spends its time waiting (a link emulated at 64 kbit/s, a server's timeouts, a demo that runs for 40 s)
// says so in its first lines with `// test lane: waits (why)`: such files run one at a time in a lane of their own
// beside the N lanes (when N >= 2; once the N lanes run out of other files they take waiting ones too), so the
// suite's wall time is not their sum. Mark a file only by measuring: under
// ~25 % of one core while it runs alone (README, "Tests, benchmarks and CI", says how). OUTPOST_TEST_WAIT_LANE=0 turns
// the lane off.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const targets = args.length > 0 ? args : ['test'];
const jobs = Number(process.env.OUTPOST_TEST_JOBS ?? Math.max(1, Math.min(2, availableParallelism())));
const timeoutMs = Number(process.env.OUTPOST_TEST_TIMEOUT ?? 300) * 1000;

function collect(path) {
  const stat = statSync(path);
  if (stat.isFile()) return path.endsWith('.test.ts') ? [path] : [];
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== 'fixtures')
    .sort()
    .flatMap((name) => collect(join(path, name)));
}

const files = targets.flatMap((target) => collect(resolve(root, target)));

/** Whether `file` says, in its first 2 KB, that it spends its time waiting rather than computing. */
function marksItselfWaiting(file) {
  const head = Buffer.alloc(2048);
  const fd = openSync(file, 'r');
  try {
    return /^\/\/ test lane: waits\b/m.test(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)));
  } finally {
    closeSync(fd);
  }
}

/** Suites whose outcome could depend on the date: stores with TTLs and downtime, clocks, certificates. */
const TIME_SENSITIVE = ['test/outbox', 'test/time', 'test/uplink/tls-acl.test.ts'];
const shifts = args.length > 0 ? [] : (process.env.OUTPOST_TEST_SHIFTS ?? '+3d,+365d').split(',').map((shift) => shift.trim()).filter(Boolean);
if (files.length === 0) {
  console.error(`no test files (*.test.ts) under ${targets.join(', ')}`);
  process.exit(1);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const skips = [];
const failures = [];
const reruns = [];
const CRASH_SIGNALS = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL']);
const started = Date.now();

function number(output, label) {
  const match = new RegExp(`^\\s*${label}:\\s+(\\d+)`, 'm').exec(output);
  return match ? Number(match[1]) : undefined;
}

/** libfaketime's preload library, where Debian's libfaketime put it. */
function faketimeLibrary() {
  for (const dir of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib/arm-linux-gnueabihf', '/usr/lib']) {
    const path = join(dir, 'faketime', 'libfaketime.so.1');
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** `shift` (e.g. "+3d") moves the wall clock of the test and every child it starts; monotonic time runs true, as on a post whose clock is set. */
function runFile(file, shift, attempt = 1) {
  const name = shift ? `${relative(root, file)} [clock ${shift}]` : relative(root, file);
  const clockEnv = shift ? { LD_PRELOAD: faketimeLibrary(), FAKETIME: shift, FAKETIME_DONT_FAKE_MONOTONIC: '1', OUTPOST_CRASH_KILLS: '60' } : {};
  return new Promise((resolveRun) => {
    const begun = Date.now();
    if (process.env.OUTPOST_TEST_PROGRESS === '1') process.stdout.write(`start ${name}\n`);
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', OUTPOST_LOG_LEVEL: process.env.OUTPOST_LOG_LEVEL ?? 'silent', ...clockEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a timeout kills the peers it started too
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    let finished = false;
    // 'close' waits for the output pipes too. A process the file left behind outside its group (a daemon that called
    // setsid) can hold them open for ever, and a process stuck in the kernel never exits: give each a few seconds, then
    // stop reading and report the file, so one such file cannot hang the whole run.
    let giveUp;
    const stopWaiting = (afterMs, why) => {
      clearTimeout(giveUp);
      giveUp = setTimeout(() => {
        output += `\n# ${why}\n`;
        child.stdout.destroy();
        child.stderr.destroy();
        child.emit('close', child.exitCode, child.signalCode ?? 'SIGKILL');
      }, afterMs);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      stopWaiting(15_000, 'it did not exit 15 s after SIGKILL (stuck in the kernel?)');
    }, timeoutMs);
    child.on('exit', () => stopWaiting(10_000, 'its output pipe was still held open 10 s after it exited, by a process it left behind'));
    child.on('close', (code, signal) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearTimeout(giveUp);
      if (process.env.OUTPOST_TEST_RERUN_CRASHED === '1' && attempt === 1 && !timedOut && CRASH_SIGNALS.has(signal)) {
        process.stdout.write(`${output.trimEnd()}\n---- ${name}: Node died of ${signal}; running it once more (OUTPOST_TEST_RERUN_CRASHED)\n`);
        reruns.push(`${name}: Node died of ${signal} after ${((Date.now() - begun) / 1000).toFixed(1)}s`);
        resolveRun(runFile(file, shift, 2));
        return;
      }
      const total = number(output, 'Total');
      const passed = number(output, 'Passed') ?? 0;
      const skipped = number(output, 'Skipped') ?? 0;
      let failed = total === undefined ? 0 : Math.max(0, total - passed - skipped);
      // A file that crashed, hung or exited non-zero without a failing test still counts as a failure.
      if (total === undefined || timedOut || ((code ?? 1) !== 0 && failed === 0)) failed += 1;
      totals.passed += passed;
      totals.failed += failed;
      totals.skipped += skipped;
      for (const line of output.split('\n')) {
        const skip = /^# skip (.*)$/.exec(line.trim());
        if (skip) skips.push(`${name}: ${skip[1]}`);
      }
      const seconds = ((Date.now() - begun) / 1000).toFixed(1);
      const status = failed > 0 ? 'FAIL' : 'ok  ';
      let report = `${status} ${name} (${passed} passed${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped` : ''}; ${seconds}s)\n`;
      if (failed > 0) {
        const why = timedOut ? `timed out after ${timeoutMs / 1000}s` : total === undefined ? `exited with ${signal ?? code} before reporting` : 'see above';
        report += `${output.trimEnd()}\n---- ${name}: ${why}\n`;
        failures.push(name);
      }
      process.stdout.write(report);
      resolveRun();
    });
  });
}

const queue = files.map((file) => [file, undefined]);
if (shifts.length > 0) {
  if (faketimeLibrary() === undefined) {
    skips.push(`clock-shifted runs: libfaketime is not installed (apt-get install faketime)`);
    totals.skipped += 1;
  } else {
    const sensitive = TIME_SENSITIVE.flatMap((target) => collect(resolve(root, target)));
    for (const shift of shifts) for (const file of sensitive) queue.push([file, shift]);
  }
}
const fileCount = queue.length;
// The wait lane takes only waiting files; the N lanes take the others first, then help with waiting files left over.
const waitingFiles = new Set(files.filter(marksItselfWaiting));
const waiting = queue.filter(([file]) => waitingFiles.has(file));
const working = queue.filter(([file]) => !waitingFiles.has(file));
const waitLane = jobs >= 2 && process.env.OUTPOST_TEST_WAIT_LANE !== '0' && waiting.length > 0;
/** One lane: runs the next file of the first of `queues` that has one, until all are empty. */
async function lane(...queues) {
  for (;;) {
    const next = queues.find((files) => files.length > 0)?.shift();
    if (next === undefined) return;
    await runFile(...next);
  }
}
await Promise.all([...Array.from({ length: Math.min(jobs, queue.length) }, () => lane(working, waiting)), ...(waitLane ? [lane(waiting)] : [])]);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (skips.length > 0) {
  console.log('\nSkipped, and why:');
  for (const skip of skips) console.log(`  ${skip}`);
}
if (reruns.length > 0) {
  console.log('\nRun again after a crash (OUTPOST_TEST_RERUN_CRASHED), and why:');
  for (const rerun of reruns) console.log(`  ${rerun}`);
}
if (failures.length > 0) console.log(`\nFailed files: ${failures.join(', ')}`);
const lanes = `${jobs} lane${jobs === 1 ? '' : 's'}${waitLane ? ' and one for the files that wait' : ''}`;
console.log(`\n${fileCount} files in ${seconds}s on ${lanes}${shifts.length > 0 ? ` (the time-sensitive ones again with the clock ${shifts.join(' and ')})` : ''}`);
const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped > 0 ? `, ${totals.skipped} skipped` : ''}`;
console.log(summary);
process.exitCode = totals.failed > 0 ? 1 : 0;
