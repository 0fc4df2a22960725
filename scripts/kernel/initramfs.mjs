// Packs the guest's initramfs: busybox, /init (guest-init.sh), the kernel modules the suites need
// with their dependencies in load order, /outpost-run.sh (the script that runs the suites, or the
// arm64 package checks) and an optional /payload folder that init copies to /run/payload.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** What the suites need from the kernel: the 9p root and overlay, configfs, CAN, veth and the shaping qdiscs. */
export const GUEST_MODULES = ['virtio_pci', '9pnet_virtio', '9p', 'overlay', 'configfs', 'can_raw', 'can_gw', 'vcan', 'vxcan', 'veth', 'sch_netem', 'sch_tbf'];

/** This machine's busybox (busybox-static), which packs the archive. */
export const HOST_BUSYBOX = '/bin/busybox';

const moduleName = (file) => basename(file, '.ko').replaceAll('-', '_');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.ko') ? [join(dir, entry.name)] : []));
}

/** The `depends=` field of a module's .modinfo section (names separated by commas). */
function dependsOf(file) {
  const bytes = readFileSync(file);
  const at = bytes.indexOf('\0depends=');
  if (at < 0) return [];
  const start = at + '\0depends='.length;
  const text = bytes.subarray(start, bytes.indexOf(0, start)).toString('latin1');
  return text === '' ? [] : text.split(',').map((name) => name.replaceAll('-', '_'));
}

/** Modules built into the image (modules.builtin): nothing to load (virtio_pci is a module on amd64, built in elsewhere). */
function builtIn(modulesDir) {
  const list = join(modulesDir, 'modules.builtin');
  if (!existsSync(list)) return new Set();
  return new Set(readFileSync(list, 'utf8').split('\n').filter((line) => line !== '').map((line) => moduleName(line)));
}

/** Module files in an order insmod accepts: each after the ones it depends on. */
export function loadOrder(modulesDir, wanted, extra = []) {
  const byName = new Map(walk(join(modulesDir, 'kernel')).map((file) => [moduleName(file), file]));
  for (const file of extra) byName.set(moduleName(file), file);
  const inImage = builtIn(modulesDir);
  const order = [];
  const seen = new Set();
  const visit = (name, chain) => {
    if (seen.has(name) || (inImage.has(name) && !byName.has(name))) return;
    const file = byName.get(name);
    if (file === undefined) throw new Error(`kernel module ${name} (needed by ${chain.join(' <- ') || 'the kernel suites'}) is not in ${modulesDir}`);
    seen.add(name);
    for (const dep of dependsOf(file)) visit(dep, [name, ...chain]);
    order.push(file);
  };
  for (const name of [...wanted, ...extra.map(moduleName)]) visit(name, []);
  return order;
}

function shellQuote(text) {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * The script the guest runs inside the host's root: bring up lo and vcan0, run the suites; init reports their exit
 * status. A process that dies of a fault in the guest (a native crash that may not come back on the next run) leaves
 * a core in the guest's memory; guest-crashes.sh prints the kernel's line and a backtrace of each before power-off.
 */
/** Where cores go in the guest (its tmpfs: they die with it, after their backtraces are printed). */
const CORES = '/run/outpost-cores';

export function suitesScript({ repo, suites, env }) {
  const exports = Object.entries(env).map(([key, value]) => `export ${key}=${shellQuote(value)}`);
  return `#!/bin/sh
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 OUTPOST_KERNEL_VM=1
${exports.join('\n')}
hostname outpost-kernel
ip link set lo up
ip link add dev vcan0 type vcan && ip link set vcan0 up
cd ${shellQuote(repo)} || { echo "outpost-kernel-error: ${repo} is not visible in the guest"; exit 1; }
echo "outpost-kernel-start: $(uname -r), $(nproc) cpus"
mkdir -p ${CORES} && echo '${CORES}/core.%p.%E' > /proc/sys/kernel/core_pattern && ulimit -c unlimited
node scripts/test.mjs ${suites.map(shellQuote).join(' ')}
status=$?
sh scripts/kernel/guest-crashes.sh ${CORES}
exit $status
`;
}

/**
 * Writes the initramfs (an uncompressed newc cpio) to `output`. `busybox` is the guest's (its architecture); this
 * machine's own busybox packs the archive.
 */
export function buildInitramfs({ kernel, gpioSim, busybox, modules = GUEST_MODULES, script, payload, output }) {
  const stage = `${output}.stage`;
  rmSync(stage, { recursive: true, force: true });
  for (const dir of ['bin', 'proc', 'sys', 'dev', 'modules']) mkdirSync(join(stage, dir), { recursive: true });
  copyFileSync(busybox, join(stage, 'bin', 'busybox'));
  chmodSync(join(stage, 'bin', 'busybox'), 0o755);
  copyFileSync(new URL('./guest-init.sh', import.meta.url), join(stage, 'init'));
  chmodSync(join(stage, 'init'), 0o755);
  writeFileSync(join(stage, 'outpost-run.sh'), script, { mode: 0o755 });
  if (payload !== undefined) cpSync(payload, join(stage, 'payload'), { recursive: true });
  const order = loadOrder(kernel.modules, modules, gpioSim === undefined ? [] : [gpioSim]);
  for (const file of order) copyFileSync(file, join(stage, 'modules', basename(file)));
  writeFileSync(join(stage, 'modules', 'order'), `${order.map((file) => basename(file)).join('\n')}\n`);
  execFileSync('sh', ['-c', `cd "$1" && find . | "$2" cpio -o -H newc > "$3"`, 'sh', stage, HOST_BUSYBOX, output], { stdio: ['ignore', 'ignore', 'pipe'] });
  rmSync(stage, { recursive: true, force: true });
  return order.map((file) => moduleName(file));
}
