// The arm64 guest of npm run test:kernel:arm64: Debian's linux-image-arm64 (this machine's release) under
// qemu-system-aarch64, whose root is test:package's arm64 Debian folder (scripts/package-chroot.sh) mounted over 9p
// under a tmpfs overlay. Into it go the arm64 .deb (scripts/build-deb.sh), Debian's gpiod for that release and
// arm64-guest.mjs, which installs them and runs `outpost diag` on vcan and gpio-sim (README, "Kernel-in-the-loop tests").
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dependsOn, download, foreignApt, releaseOf } from './apt.mjs';
import { currentKernel, ensureHostPackages, fetchKernel } from './debian.mjs';
import { gpioSimModule, kernelCompiler } from './gpio-sim.mjs';
import { Skip } from './skip.mjs';

/** What the checks need from the kernel: the 9p root and overlay, configfs for gpio-sim, CAN on vcan. */
export const ARM64_MODULES = ['virtio_pci', '9pnet_virtio', '9p', 'overlay', 'configfs', 'can_raw', 'vcan'];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Downloads `packages` once into `<dir>` (kept between runs); returns the .deb files. */
function cachedDebs(apt, packages, dir, what, log) {
  if (!existsSync(dir)) {
    const partial = `${dir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    log(`apt-get download ${packages.join(' ')} (${apt.arch})`);
    download(apt, packages, partial, what);
    renameSync(partial, dir);
  }
  return readdirSync(dir).filter((name) => name.endsWith('.deb')).map((name) => join(dir, name));
}

/** The guest's own busybox (arm64, static) for its initramfs, unpacked from Debian's busybox-static once. */
function guestBusybox(apt, kernel, log) {
  const busybox = join(kernel.dir, 'busybox');
  if (existsSync(busybox)) return busybox;
  const [deb] = cachedDebs(apt, ['busybox-static'], join(kernel.dir, 'busybox-deb'), 'an arm64 busybox for the initramfs', log);
  const unpacked = join(kernel.dir, 'busybox.unpacked');
  rmSync(unpacked, { recursive: true, force: true });
  execFileSync('dpkg-deb', ['-x', deb, unpacked]);
  renameSync(join(unpacked, 'bin', 'busybox'), busybox);
  rmSync(unpacked, { recursive: true, force: true });
  return busybox;
}

/** The arm64 .deb: OUTPOST_TEST_DEB_DIR's when given (CI builds once), else built from this checkout into `dir`. */
function arm64Deb(repo, dir, log) {
  const prebuilt = process.env.OUTPOST_TEST_DEB_DIR;
  const from = prebuilt !== undefined && prebuilt !== '' ? prebuilt : dir;
  if (from !== prebuilt) {
    rmSync(dir, { recursive: true, force: true });
    log('building the arm64 .deb (scripts/build-deb.sh arm64)');
    const built = spawnSync('bash', [join(repo, 'scripts/build-deb.sh'), 'arm64'], { env: { ...process.env, OUTPOST_DEB_OUT: dir }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (built.status !== 0) throw new Error(`scripts/build-deb.sh arm64 exited ${built.status}:\n${`${built.stdout}${built.stderr}`.trim().split('\n').slice(-15).join('\n')}`);
    for (const line of built.stdout.split('\n').filter((text) => /^(deb_size|installed_size|build_time)_arm64: /.test(text))) log(line);
  }
  const found = readdirSync(from).filter((name) => /^outpost_.*_arm64\.deb$/.test(name));
  if (found.length !== 1) throw new Error(`expected one outpost_*_arm64.deb in ${from}, found ${found.length}`);
  return join(from, found[0]);
}

/** Puts into `payload` what the guest installs and runs: Debian's gpiod, the arm64 .deb, the checks, a busybox; returns the .deb. */
function fillPayload({ cache, repo, kernel, busybox, rootRelease, payload, log }) {
  rmSync(payload, { recursive: true, force: true });
  mkdirSync(payload, { recursive: true });
  // The GPIO chardev backend drives Debian's libgpiod tools: a crew installs gpiod with the package.
  const toolsApt = foreignApt(cache, 'arm64', rootRelease, log);
  const gpiodLibs = dependsOn(toolsApt, 'gpiod').filter((name) => name.startsWith('libgpiod'));
  for (const deb of cachedDebs(toolsApt, ['gpiod', ...gpiodLibs], join(cache, `gpiod-${rootRelease}-arm64`), `Debian ${rootRelease}'s gpiod for arm64`, log)) copyFileSync(deb, join(payload, deb.split('/').at(-1)));
  const deb = arm64Deb(repo, join(kernel.dir, 'deb'), log);
  copyFileSync(deb, join(payload, deb.split('/').at(-1)));
  copyFileSync(new URL('./arm64-guest.mjs', import.meta.url), join(payload, 'arm64-guest.mjs'));
  copyFileSync(busybox, join(payload, 'busybox'));
  return deb;
}

/**
 * Everything the arm64 guest needs, fetched or built and cached under `cache`: returns the kernel, gpio-sim.ko (or
 * undefined, said why), the guest's busybox, its root folder, the payload folder and the script init runs.
 */
export function prepareArm64({ cache, repo, log }) {
  ensureHostPackages(
    [
      { what: 'qemu (qemu-system-aarch64)', package: 'qemu-system-arm', present: () => has('qemu-system-aarch64') },
      { what: 'a static busybox (packs the initramfs)', package: 'busybox-static', present: () => existsSync('/bin/busybox') },
      { what: 'debootstrap (the arm64 root, made once)', package: 'debootstrap', present: () => has('debootstrap') },
      { what: 'arm64 binaries under emulation (the root is made with them)', package: 'qemu-user-static', present: () => existsSync('/proc/sys/fs/binfmt_misc/qemu-aarch64') || has('qemu-aarch64-static') },
      { what: 'the arm64 cross compiler (the .deb\'s addons, gpio-sim.ko)', package: 'g++-aarch64-linux-gnu', present: () => has('aarch64-linux-gnu-g++') },
      { what: 'dpkg-dev (building the .deb)', package: 'dpkg-dev', present: () => has('dpkg-buildpackage') },
      { what: 'fakeroot (building the .deb)', package: 'fakeroot', present: () => has('fakeroot') },
      { what: 'make', package: 'make', present: () => has('make') },
    ],
    log,
  );
  const apt = foreignApt(cache, 'arm64', releaseOf('/'), log);
  const abi = currentKernel(log, apt);
  const kernel = fetchKernel(cache, abi, log, apt);
  log(`kernel ${abi} (cache ${kernel.dir})`);

  let gpioSim;
  try {
    // The cross compiler of the same gcc version as Debian's (aarch64-linux-gnu-gcc-12 for bookworm's kernel).
    const compiler = kernelCompiler(kernel);
    ensureHostPackages([{ what: `${compiler.command} (Debian's kernel compiler, for arm64)`, package: compiler.package, present: () => has(compiler.command) }], log);
    gpioSim = gpioSimModule(kernel, log);
  } catch (error) {
    // diag's GPIO checks then fail in the guest, naming the missing chip.
    log(`no gpio-sim module for ${abi}: ${error.message}`);
  }

  const root = spawnSync('bash', [join(repo, 'scripts/package-chroot.sh'), 'arm64'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const rootDir = root.stdout.trim().split('\n').at(-1) ?? '';
  if (root.status !== 0 || !existsSync(join(rootDir, 'usr/bin/node'))) throw new Skip(`scripts/package-chroot.sh arm64 could not make the arm64 root (exit ${root.status}); it needs root and debootstrap`);
  const rootRelease = releaseOf(rootDir);

  const busybox = guestBusybox(apt, kernel, log);
  const payload = join(kernel.dir, `payload-${process.pid}`);
  let deb;
  try {
    deb = fillPayload({ cache, repo, kernel, busybox, rootRelease, payload, log });
  } catch (error) {
    rmSync(payload, { recursive: true, force: true });
    throw error;
  }
  const script = `#!/bin/sh
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
bb=/run/payload/busybox
$bb hostname outpost-arm64
$bb ip link set lo up
$bb ip link add dev vcan0 type vcan && $bb ip link set vcan0 up
echo "outpost-kernel-start: $(uname -r) $(uname -m), $(nproc) cpus, root ${rootRelease}"
node /run/payload/arm64-guest.mjs /run/payload
`;
  return { kernel, gpioSim, busybox, modules: ARM64_MODULES, root: rootDir, payload, script, describe: `${deb.split('/').at(-1)} in Debian ${rootRelease} arm64` };
}
