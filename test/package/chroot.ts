import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onCleanup } from '../support/cleanup.js';
import { tempDir } from '../support/tmp.js';

export const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Why the package tests cannot run here, or undefined when they can. */
export function packageTestsUnavailable(arch: 'amd64' | 'arm64'): string | undefined {
  if (process.env['OUTPOST_TEST_PACKAGE'] !== '1') return 'builds .debs and installs them in chroots (minutes): run `npm run test:package`';
  if (process.getuid?.() !== 0) return 'needs root (chroot, mount)';
  for (const tool of ['dpkg-deb', 'fakeroot', 'debootstrap']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is missing: apt-get install dpkg-dev fakeroot debootstrap`;
  }
  if (arch === 'arm64') {
    if (spawnSync('sh', ['-c', 'command -v aarch64-linux-gnu-g++']).status !== 0) return 'no arm64 cross compiler: apt-get install g++-aarch64-linux-gnu';
    const binfmt = '/proc/sys/fs/binfmt_misc/qemu-aarch64';
    if (!existsSync(binfmt) || !readFileSync(binfmt, 'utf8').startsWith('enabled')) {
      return 'arm64 binaries cannot run here: no qemu-aarch64 binfmt_misc entry (apt-get install qemu-user-static binfmt-support)';
    }
  }
  return undefined;
}

/** Runs a command; throws with its output if it fails (unless `allowFailure`). */
export function run(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; allowFailure?: boolean; timeoutMs?: number } = {}): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { encoding: 'utf8', env: options.env ?? process.env, timeout: options.timeoutMs ?? 600_000, maxBuffer: 64 * 1024 * 1024 });
  if (!options.allowFailure && result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/**
 * Builds the .deb for `arch` from this checkout into a temp dir; returns its path. With
 * OUTPOST_TEST_DEB_DIR, tests the package already built there instead (CI builds once, then tests).
 */
export function buildDeb(arch: 'amd64' | 'arm64'): string {
  const prebuilt = process.env['OUTPOST_TEST_DEB_DIR'];
  if (prebuilt !== undefined && prebuilt !== '') {
    const found = readdirSync(prebuilt).filter((name) => name.startsWith('outpost_') && name.endsWith(`_${arch}.deb`));
    if (found.length !== 1) throw new Error(`OUTPOST_TEST_DEB_DIR=${prebuilt}: expected one outpost_*_${arch}.deb, found ${found.length}`);
    return join(prebuilt, found[0] ?? '');
  }
  const out = tempDir('deb-out');
  const env = { ...process.env, OUTPOST_DEB_OUT: out };
  const built = run(join(repo, 'scripts/build-deb.sh'), [arch], { env, timeoutMs: 1_800_000 });
  const deb = /^built (.*\.deb)$/m.exec(built.stdout)?.[1];
  if (deb === undefined) throw new Error(`build-deb.sh printed no "built" line:\n${built.stdout}`);
  return deb;
}

export interface Chroot {
  root: string;
  /** Runs a shell command inside the chroot. */
  sh(script: string, options?: { allowFailure?: boolean }): SpawnSyncReturns<string>;
  /** A path inside the chroot, seen from outside. */
  path(inside: string): string;
}

/**
 * A fresh Debian 13 system for one test: an overlay on the cached chroot (scripts/package-chroot.sh
 * makes it once), with /proc mounted; unmounted and thrown away when the test process ends.
 */
export function freshChroot(arch: 'amd64' | 'arm64'): Chroot {
  const base = run(join(repo, 'scripts/package-chroot.sh'), [arch], { timeoutMs: 1_800_000 }).stdout.trim().split('\n').pop() ?? '';
  const dir = tempDir(`chroot-${arch}`);
  const [upper, work, root] = ['upper', 'work', 'root'].map((name) => join(dir, name)) as [string, string, string];
  for (const made of [upper, work, root]) mkdirSync(made);
  run('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${base},upperdir=${upper},workdir=${work}`, root]);
  run('mount', ['-t', 'proc', 'proc', join(root, 'proc')]);
  // Registered after tempDir's removal, so it runs before it (cleanups run last-in, first-out).
  onCleanup(() => {
    // Lazy: even a busy mount is detached before the temp dir is removed.
    spawnSync('umount', ['-l', join(root, 'proc')]);
    spawnSync('umount', ['-l', root]);
  });
  const env = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', DEBIAN_FRONTEND: 'noninteractive', HOME: '/root' };
  return {
    root,
    sh: (script, options = {}) => run('chroot', [root, '/bin/sh', '-ec', script], { env, ...options }),
    path: (inside) => join(root, inside),
  };
}
