#!/usr/bin/env node
// npm run test:kernel: boots Debian's amd64 kernel under qemu and runs the kernel suites inside it
// (README.md, "Kernel-in-the-loop tests"). The guest mounts this machine's root read-only, so it runs
// this checkout with this machine's Node and peers; results come back on the serial console.
// npm run test:kernel:arm64 (--arch arm64): Debian's arm64 kernel under qemu-system-aarch64 installs the arm64 .deb
// and runs `outpost diag` on vcan and gpio-sim there (arm64.mjs).
// Usage: node scripts/kernel/run.mjs [--arch arm64] [SUITE...]   (default: test/kernel-loop but link-drain, test/can/socketcan.test.ts and the GpioChip and CanBus conformance suites)
//   OUTPOST_KERNEL_CACHE  where kernels and gpio-sim.ko are kept (default ${XDG_CACHE_HOME:-/var/cache}/outpost-kernel)
//   OUTPOST_KERNEL_ACCEL  kvm or tcg (default: kvm when /dev/kvm can be opened)
//   OUTPOST_KERNEL_TIMEOUT seconds before the guest is killed (default 1200)
//   OUTPOST_KERNEL_SILENCE seconds the guest may go without a console line before it is killed as hung (default 480)
//   OUTPOST_TEST_JOBS, OUTPOST_TEST_TIMEOUT (default 300 here), OUTPOST_LOG_LEVEL pass through to scripts/test.mjs in the guest
//   OUTPOST_KERNEL_NODE   the Node binary the guest runs the suites with (default this machine's node); scripts/node-matrix.sh
//                         passes Node 22's with OUTPOST_NODE_MATRIX_KERNEL=1, from a copy of the checkout with addons built for it
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { prepareArm64 } from './arm64.mjs';
import { currentKernel, ensureHostPackages, fetchKernel } from './debian.mjs';
import { gpioSimModule, kernelCompiler } from './gpio-sim.mjs';
import { buildInitramfs, suitesScript, HOST_BUSYBOX } from './initramfs.mjs';
import { boot, chooseAccel, qemuArgs, qemuFor } from './qemu.mjs';
import { Skip } from './skip.mjs';

const repo = resolve(import.meta.dirname, '../..');
/**
 * Left out of the default list (run it by name): 2-5 min on its own under emulation here, and in the full list at load 20
 * its second case ran past the 5 min a file gets, which CI's kernel step cannot afford. It was first held back for a
 * SIGSEGV (about 8 s in, log silent) that did not come back in 8 runs since; guest-crashes.sh prints a backtrace if it does.
 * link-short.test.ts, in the default list, keeps shaped links with real TCP in every run.
 */
const HELD_BACK = ['test/kernel-loop/link-drain.test.ts'];
const DEFAULT_SUITES = [
  'test/kernel-loop/gpio-chardev.test.ts',
  'test/kernel-loop/gpio-sysfs.test.ts',
  'test/kernel-loop/socketcan.test.ts',
  'test/kernel-loop/link-short.test.ts',
  'test/can/socketcan.test.ts',
  'test/conformance/gpio-chip.test.ts',
  'test/conformance/can-bus.test.ts',
];
const args = process.argv.slice(2);
const archAt = args.indexOf('--arch');
const arch = archAt < 0 ? 'amd64' : args.splice(archAt, 2)[1];
const suites = args.length > 0 ? args : DEFAULT_SUITES;
/** The summary line's name: CI sums lines of this form, one per step. */
const label = arch === 'amd64' ? 'kernel' : `kernel-${arch}`;
const started = Date.now();
const log = (message) => console.log(`[kernel ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function installed(pkg) {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;
}

function cacheRoot() {
  if (process.env.OUTPOST_KERNEL_CACHE) return process.env.OUTPOST_KERNEL_CACHE;
  const base = process.env.XDG_CACHE_HOME ?? (process.getuid?.() === 0 ? '/var/cache' : join(homedir(), '.cache'));
  return join(base, 'outpost-kernel');
}

/**
 * OUTPOST_KERNEL_NODE, checked: the guest sees the host's root but mounts a tmpfs of its own on /tmp and /run, so
 * neither the binary nor the checkout may live there.
 */
function guestNode() {
  const node = process.env.OUTPOST_KERNEL_NODE;
  if (node === undefined || node === '') return undefined;
  if (!existsSync(node)) throw new Error(`OUTPOST_KERNEL_NODE is ${node}, which does not exist; give the path of a node binary`);
  for (const [what, path] of [['OUTPOST_KERNEL_NODE', resolve(node)], ['the checkout', repo]]) {
    if (/^\/(tmp|run)\//.test(path)) throw new Error(`${what} (${path}) is under /tmp or /run, which the guest covers with its own tmpfs; move it elsewhere (e.g. /var/tmp)`);
  }
  return resolve(node);
}

/** The amd64 guest: this machine's root, the kernel suites run by scripts/test.mjs. */
function prepareSuites(cache, accel) {
  if (args.length === 0) console.log(`# held back from the default list (run by name): ${HELD_BACK.join(' ')}: too long for CI's kernel step under emulation`);
  ensureHostPackages(
    [
      { what: 'qemu (qemu-system-x86_64)', package: 'qemu-system-x86', present: () => has(qemuFor('amd64')) },
      { what: 'a static busybox for the initramfs', package: 'busybox-static', present: () => existsSync(HOST_BUSYBOX) && installed('busybox-static') },
    ],
    log,
  );
  const abi = currentKernel(log);
  const kernel = fetchKernel(cache, abi, log);
  log(`kernel ${abi} (cache ${kernel.dir})`);

  let gpioSim;
  try {
    const compiler = kernelCompiler(kernel);
    ensureHostPackages(
      [
        { what: `${compiler.command} (the compiler of Debian's kernel)`, package: compiler.package, present: () => has(compiler.command) },
        { what: 'make', package: 'make', present: () => has('make') },
      ],
      log,
    );
    gpioSim = gpioSimModule(kernel, log);
  } catch (error) {
    // The CAN and link suites still run; the GPIO ones skip with "no gpio-sim" in the guest.
    log(`no gpio-sim module, the GPIO suites will skip: ${error.message}`);
  }

  // The peers the suites start in the guest (Mosquitto, libgpiod tools, python3-can) come from this machine's root.
  spawnSync(process.execPath, [join(repo, 'scripts/ensure-peers.mjs')], { stdio: 'inherit' });

  // Under emulation a file takes 10-25 s here (60 s cold). A hung file is cut off at 5 min and reported by name, well
  // before the guest's silence limit, so one hang costs minutes, not the CI run.
  const node = guestNode();
  const passEnv = {
    OUTPOST_TEST_TIMEOUT: '300',
    OUTPOST_TEST_PROGRESS: '1', // a line as each file starts: a hang shows which files were running
    // Under TCG (QEMU 7.2, -cpu max), Node 20 has died of SIGSEGV twice, both times ~8 s into a drain (link-drain,
    // see HELD_BACK; link-short in the CI run of stop 26, whose build passed this step here twice): a jump to 0 from JIT
    // code on a thread other than the main one (tsx's loader-hooks thread: the suites start no workers), nothing of
    // ours on the stack. A file killed by such a signal runs once more, and the summary says so; the crash and its
    // backtrace are still printed. Under KVM, or a second crash, the file fails.
    ...(accel === 'tcg' ? { OUTPOST_TEST_RERUN_CRASHED: '1' } : {}),
    ...Object.fromEntries(['OUTPOST_TEST_JOBS', 'OUTPOST_TEST_TIMEOUT', 'OUTPOST_LOG_LEVEL'].filter((key) => process.env[key] !== undefined).map((key) => [key, process.env[key]])),
    // The guest's own PATH (initramfs.mjs) with that Node's directory first: the run script's `node` is then that one.
    ...(node === undefined ? {} : { PATH: `${dirname(node)}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin` }),
  };
  const describe = `suites: ${suites.join(' ')} (Node ${node === undefined ? process.versions.node : spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()})`;
  return { kernel, gpioSim, busybox: HOST_BUSYBOX, root: '/', script: suitesScript({ repo, suites, env: passEnv }), describe };
}

async function main() {
  const cache = cacheRoot();
  mkdirSync(cache, { recursive: true });
  if (arch !== 'amd64' && arch !== 'arm64') throw new Error(`--arch ${arch}: the guests are amd64 (default) and arm64`);
  // No KVM for another architecture's guest.
  const accel = arch === 'amd64' ? chooseAccel() : 'tcg';
  const guest = arch === 'arm64' ? prepareArm64({ cache, repo, log }) : prepareSuites(cache, accel);
  const { kernel } = guest;
  // Debian moves linux-image-<arch> to a new ABI every point release: earlier ones (~0.5 GB each) are not used again.
  for (const old of readdirSync(cache).filter((name) => name.endsWith(`-${arch}`) && /^\d+\.\d+\.\d+-\d+-/.test(name) && name !== kernel.abi)) {
    log(`removing the cached kernel ${old}, superseded by ${kernel.abi}`);
    rmSync(join(cache, old), { recursive: true, force: true });
  }

  const initramfs = join(kernel.dir, `initramfs-${process.pid}.cpio`);
  const modules = buildInitramfs({ ...guest, output: initramfs });
  if (guest.payload !== undefined) rmSync(guest.payload, { recursive: true, force: true });
  log(`booting ${arch} with ${accel}, 2 cpus, 2 GiB; modules: ${modules.join(' ')}`);
  log(guest.describe);
  const timeoutMs = Number(process.env.OUTPOST_KERNEL_TIMEOUT ?? 1200) * 1000;
  const silenceMs = Number(process.env.OUTPOST_KERNEL_SILENCE ?? 480) * 1000;
  let report;
  try {
    const qemuOptions = { arch, vmlinuz: kernel.vmlinuz, initramfs, accel, cpus: 2, memoryMiB: 2048, root: guest.root };
    report = await boot({ qemu: qemuFor(arch), args: qemuArgs(qemuOptions), timeoutMs, silenceMs, onLine: (line) => console.log(line) });
  } finally {
    rmSync(initramfs, { force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lastLines = () => `; its last lines were:\n  ${report.tail.join('\n  ') || '(none)'}`;
  if (report.silentMs !== undefined) {
    throw new Error(`the guest printed nothing for ${Math.round(report.silentMs / 1000)} s and was killed as hung (OUTPOST_KERNEL_SILENCE allows longer)${lastLines()}`);
  }
  if (report.timedOut) throw new Error(`the guest did not finish within ${timeoutMs / 1000} s (set OUTPOST_KERNEL_TIMEOUT to allow longer); it was killed${lastLines()}`);
  if (report.exitStatus === undefined) {
    const why = report.errors.join('; ') || report.stderr.trim() || `qemu exited ${report.qemuStatus} before the suites reported`;
    throw new Error(`the guest stopped without a result: ${why}`);
  }
  log(`guest finished in ${seconds} s (${accel}), suites exited ${report.exitStatus}`);
  console.log(`${label}: ${report.summary ?? '0 passed, 1 failed'}`);
  process.exitCode = report.exitStatus === 0 && report.summary !== undefined ? 0 : 1;
}

try {
  await main();
} catch (error) {
  if (error instanceof Skip) {
    console.log(`# skip kernel-in-the-loop suites: ${error.message}`);
    console.log(`${label}: 0 passed, 0 failed, 1 skipped`);
    process.exitCode = 0;
  } else {
    console.error(`test:kernel: ${error.message}`);
    console.log(`${label}: 0 passed, 1 failed`);
    process.exitCode = 1;
  }
}
