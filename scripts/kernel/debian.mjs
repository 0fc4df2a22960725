// Fetches a Debian kernel (image, headers, kbuild) and the gpio-sim sources into a cache folder
// keyed by the kernel's ABI name, so the host's own kernel and /lib/modules are never touched and a
// second run downloads nothing. Everything goes through apt-get, the machine's ordinary client: the
// kernel's own architecture through `apt` (apt.mjs), the build tools that run here through the host's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dependsOn, download, hostApt } from './apt.mjs';
import { Skip } from './skip.mjs';

/** The source files the out-of-tree gpio-sim module is built from (see gpio-sim.mjs). */
export const GPIO_SIM_SOURCES = ['drivers/gpio/gpio-sim.c', 'drivers/gpio/gpiolib.h', 'kernel/irq/irq_sim.c'];

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

let updated = false;
/** apt-cache knows nothing before the first `apt-get update` on a fresh machine: run it once, as root. */
function aptUpdateOnce(log) {
  if (updated || process.getuid?.() !== 0) return false;
  log('apt-get update (once, to learn the kernel package names)');
  const result = spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  updated = true;
  return result.status === 0;
}

/** The ABI name of the kernel the linux-image-<arch> metapackage points at today, e.g. 6.1.0-57-amd64. */
export function currentKernel(log, apt = hostApt) {
  if (!has('apt-cache') || !has('apt-get') || !has('dpkg-deb')) throw new Skip('this machine has no apt-get/dpkg-deb, so Debian kernel packages cannot be fetched');
  const meta = `linux-image-${apt.arch}`;
  const image = () => dependsOn(apt, meta).find((name) => /^linux-image-\d/.test(name));
  let found = image();
  if (found === undefined && apt === hostApt && aptUpdateOnce(log)) found = image();
  if (found === undefined) throw new Skip(`apt-cache does not know ${meta} (no Debian package lists: run apt-get update as root)`);
  return found.replace(/^linux-image-/, '');
}

/** Installs host packages the harness itself needs (qemu, busybox, a compiler); root only, like ensure-peers. */
export function ensureHostPackages(needs, log) {
  const missing = needs.filter((need) => !need.present());
  if (missing.length === 0) return;
  const packages = missing.map((need) => need.package);
  if (process.getuid?.() !== 0) throw new Skip(`missing ${missing.map((need) => need.what).join(', ')}: install with sudo apt-get install -y ${packages.join(' ')}`);
  log(`apt-get install ${packages.join(' ')}`);
  aptUpdateOnce(log);
  const result = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const still = missing.filter((need) => !need.present());
  if (still.length > 0) throw new Skip(`apt-get could not install ${still.map((need) => need.package).join(' ')} (${result.stderr.trim().split('\n').at(-1) ?? `exit ${result.status}`})`);
}

/**
 * Makes `<cache>/<abi>/root` hold the extracted image, headers and kbuild packages and
 * `<cache>/<abi>/src` the gpio-sim sources; returns the paths. A folder is renamed into place only
 * when complete, so an interrupted run leaves nothing that looks finished.
 */
export function fetchKernel(cache, abi, log, apt = hostApt) {
  const dir = join(cache, abi);
  const root = join(dir, 'root');
  const src = join(dir, 'src');
  const kernel = { abi, arch: apt.arch, dir, root, src, vmlinuz: join(root, 'boot', `vmlinuz-${abi}`), modules: join(root, 'lib', 'modules', abi), headers: join(root, 'usr', 'src', `linux-headers-${abi}`) };
  if (existsSync(kernel.vmlinuz) && existsSync(join(src, GPIO_SIM_SOURCES[0]))) return kernel;

  const series = /^(\d+\.\d+)/.exec(abi)?.[1];
  const common = abi.replace(/-[a-z0-9]+$/, '-common');
  // The image and its headers are the kernel's architecture; kbuild (fixdep, modpost) runs here, so it is this
  // machine's, and the -common headers and linux-source are the same for every architecture.
  const kernelPackages = [`linux-image-${abi}`, `linux-headers-${abi}`, `linux-headers-${common}`];
  const hostPackages = [`linux-kbuild-${series}`, `linux-source-${series}`];
  const debs = join(dir, 'debs.partial');
  rmSync(debs, { recursive: true, force: true });
  mkdirSync(debs, { recursive: true });
  log(`apt-get download ${[...kernelPackages, ...hostPackages].join(' ')}`);
  download(apt, kernelPackages, debs, `the Debian kernel ${abi}`);
  download(hostApt, hostPackages, debs, `the kernel build tools and sources of ${series}`);

  const partial = join(dir, 'root.partial');
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (const deb of readdirSync(debs).filter((name) => !name.startsWith('linux-source-'))) run('dpkg-deb', ['-x', join(debs, deb), partial]);
  // The headers' Makefile includes the -common tree by its installed path (/usr/src/...): point it at the cache.
  const makefile = join(partial, 'usr', 'src', `linux-headers-${abi}`, 'Makefile');
  writeFileSync(makefile, readFileSync(makefile, 'utf8').replaceAll('/usr/src/', `${join(root, 'usr', 'src')}/`));
  rmSync(root, { recursive: true, force: true });
  renameSync(partial, root);

  // linux-source is a 140 MB tarball in a .deb: stream out only the three files gpio-sim needs.
  const sourceDeb = readdirSync(debs).find((name) => name.startsWith('linux-source-'));
  const srcPartial = join(dir, 'src.partial');
  rmSync(srcPartial, { recursive: true, force: true });
  mkdirSync(srcPartial, { recursive: true });
  const members = GPIO_SIM_SOURCES.map((file) => `linux-source-${series}/${file}`);
  execFileSync('sh', ['-c', `dpkg-deb --fsys-tarfile "$1" | tar -xO ./usr/src/linux-source-${series}.tar.xz | xz -dc | tar -x --strip-components=1 -C "$2" ${members.map((m) => `'${m}'`).join(' ')}`, 'sh', join(debs, sourceDeb), srcPartial]);
  rmSync(src, { recursive: true, force: true });
  renameSync(srcPartial, src);
  rmSync(debs, { recursive: true, force: true });
  return kernel;
}
