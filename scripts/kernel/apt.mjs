// apt-get and apt-cache for one Debian architecture and release. The machine's own architecture uses
// its own package lists; another (arm64 here) gets a private apt state under the kernel cache
// (sources, lists, an empty dpkg status), so the host's apt configuration and its list of
// architectures are never changed and nothing is installed: packages are only downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Skip } from './skip.mjs';

/** Lists older than this are fetched again (Debian moves the kernel ABI at point releases and security updates). */
const LISTS_MAX_AGE_MS = 24 * 3600_000;
const MIRROR = 'http://deb.debian.org/debian';
const SECURITY = 'http://deb.debian.org/debian-security';
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';

/** This machine's Debian architecture (amd64 here). */
export function hostArch() {
  return spawnSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).stdout?.trim() || 'amd64';
}

/** The Debian release this machine runs (bookworm here), from /etc/os-release. */
export function releaseOf(root = '/') {
  const file = join(root, 'etc', 'os-release');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const codename = /^VERSION_CODENAME=(\w+)$/m.exec(text)?.[1];
  if (codename === undefined) throw new Skip(`${file} names no Debian release (VERSION_CODENAME), so the matching packages cannot be chosen`);
  return codename;
}

/** The machine's own apt: what `apt-get` and `apt-cache` do with no options. */
export const hostApt = { arch: hostArch(), options: [] };

/**
 * A private apt state for `arch` packages of `release` under `cache` (`apt-<release>-<arch>/`), with lists fetched when
 * missing or a day old. Without a network it carries on with the lists it has, or skips when it has none.
 */
export function foreignApt(cache, arch, release, log) {
  const dir = join(cache, `apt-${release}-${arch}`);
  const lists = join(dir, 'lists');
  for (const made of [join(lists, 'partial'), join(dir, 'archives', 'partial'), join(dir, 'parts')]) mkdirSync(made, { recursive: true });
  const status = join(dir, 'status');
  if (!existsSync(status)) writeFileSync(status, '');
  const sources = join(dir, 'sources.list');
  const signed = `[arch=${arch} signed-by=${KEYRING}]`;
  writeFileSync(sources, `deb ${signed} ${MIRROR} ${release} main\ndeb ${signed} ${MIRROR} ${release}-updates main\ndeb ${signed} ${SECURITY} ${release}-security main\n`);
  const apt = {
    arch,
    options: [
      ['Dir::State::Lists', lists],
      ['Dir::State::status', status],
      ['Dir::Cache', dir],
      ['Dir::Etc::SourceList', sources],
      ['Dir::Etc::SourceParts', join(dir, 'parts')],
      ['APT::Architecture', arch],
      ['APT::Architectures::', arch],
    ].flatMap(([key, value]) => ['-o', `${key}=${value}`]),
  };
  const stamp = join(dir, 'updated');
  if (existsSync(stamp) && Date.now() - statSync(stamp).mtimeMs < LISTS_MAX_AGE_MS) return apt;
  log(`apt-get update for ${release} ${arch} (a private list under ${dir})`);
  const update = spawnSync('apt-get', [...apt.options, '-qq', 'update'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (update.status === 0) writeFileSync(stamp, '');
  else if (!existsSync(stamp)) throw new Skip(`apt-get update for Debian ${release} ${arch} failed, so its packages cannot be fetched: ${update.stderr.trim().split('\n').at(-1) ?? `exit ${update.status}`}`);
  else log(`apt-get update for ${release} ${arch} failed; using the lists fetched before`);
  return apt;
}

/** The packages `pkg` depends on, as `apt` sees them. */
export function dependsOn(apt, pkg) {
  const out = spawnSync('apt-cache', [...apt.options, 'depends', pkg], { encoding: 'utf8' });
  if (out.status !== 0) return [];
  return [...out.stdout.matchAll(/^\s+Depends: (\S+)$/gm)].map((m) => m[1]);
}

/** Downloads `packages` through `apt` into `dir`; throws a Skip with apt's own reason when it cannot. */
export function download(apt, packages, dir, what) {
  const result = spawnSync('apt-get', [...apt.options, 'download', ...packages], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Skip(`apt-get download failed for ${what}: ${result.stderr.trim().split('\n').filter((l) => !l.startsWith('W:')).at(-1) ?? ''}`);
}
