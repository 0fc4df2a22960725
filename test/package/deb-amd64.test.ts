import { appendFileSync, existsSync, readFileSync, readlinkSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { onCleanup } from '../support/cleanup.js';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';
import { buildDeb, freshChroot, packageTestsUnavailable, run } from './chroot.js';

const fakeSystemctl = fileURLToPath(new URL('./fake-systemctl.sh', import.meta.url));
let built: string | undefined;
/** One build of the amd64 package for every test in this file. */
const amd64Deb = (): string => (built ??= buildDeb('amd64'));

/**
 * The same package as a later version whose conffile (/etc/outpost/post.yaml) changed too; with
 * `breakRun`, that version's `outpost run` fails at once (its `config validate` still works).
 */
function nextVersion(deb: string, from: string, to: string, breakRun = false): string {
  const dir = join(tempDir('repack'), 'tree');
  run('dpkg-deb', ['-R', deb, dir]);
  renameSync(join(dir, 'usr/lib/outpost/releases', from), join(dir, 'usr/lib/outpost/releases', to));
  for (const file of ['DEBIAN/control', 'DEBIAN/postinst']) {
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), file.endsWith('control') ? text.replace(`Version: ${from}`, `Version: ${to}`) : text.replace(`release=${from} `, `release=${to} `));
  }
  appendFileSync(join(dir, 'etc/outpost/post.yaml'), '# the package changed this file in the next version\n');
  if (breakRun) {
    const run = join(dir, 'usr/lib/outpost/releases', to, 'dist/agent/cli/commands/run.js');
    writeFileSync(run, readFileSync(run, 'utf8').replace('.action(async (options) => {', ".action(async () => {\n            throw new Error('this release is broken on purpose');"));
  }
  const next = join(dir, '..', `outpost_${to}_amd64.deb`);
  // Fast compression: this archive only travels to the chroot.
  run('fakeroot', ['dpkg-deb', '-Zgzip', '-z1', '--build', dir, next]);
  return next;
}

testUnless(test, packageTestsUnavailable('amd64'), 'amd64 .deb: install, upgrade with a changed conffile, remove, purge (data kept unless asked) in a fresh Debian 13', () => {
  const deb = amd64Deb();
  const version = run('dpkg-deb', ['-f', deb, 'Version']).stdout.trim();
  const system = freshChroot('amd64');
  run('cp', [deb, system.path('/tmp/outpost.deb')]);

  // Install
  const installed = system.sh('dpkg -i /tmp/outpost.deb 2>&1');
  assert.match(installed.stdout, /Setting up outpost/);
  assert.is(system.sh('outpost --version').stdout.trim(), version);
  assert.match(system.sh('outpost config validate /etc/outpost/post.yaml').stdout, /valid \(post bp-017/);
  assert.is(readlinkSync(system.path('/usr/lib/outpost/current')), `releases/${version}`);
  const groups = system.sh('id -nG outpost').stdout.trim().split(' ');
  for (const group of ['outpost', 'dialout', 'gpio']) assert.ok(groups.includes(group), `outpost is in ${group}: ${groups.join(' ')}`);
  assert.is(system.sh('stat -c "%U:%G %a" /var/lib/outpost').stdout.trim(), 'outpost:outpost 750');
  assert.is(system.sh('stat -c "%U:%G %a" /etc/outpost/post.yaml /etc/outpost/outpost.env').stdout.trim(), 'root:outpost 640\nroot:outpost 640');
  // The native module loads in Debian's own Node (its ABI build, found by `bindings`).
  const sqlite = system.sh(`cd /usr/lib/outpost/current && node -e "const D = require('better-sqlite3'); console.log(new D(':memory:').prepare('select sqlite_version() v').get().v)"`);
  assert.match(sqlite.stdout, /^3\.\d+/);
  assert.ok(existsSync(system.path('/usr/lib/systemd/system/outpost.service')));
  assert.ok(existsSync(system.path('/usr/lib/udev/rules.d/60-outpost-gpio.rules')));

  // Upgrade: the technician edited the conffile, and the new version changed it too.
  appendFileSync(system.path('/etc/outpost/post.yaml'), '# edited on the post\n');
  const next = nextVersion(deb, version, `${version}+next1`);
  run('cp', [next, system.path('/tmp/outpost-next.deb')]);
  system.sh('dpkg -i --force-confold /tmp/outpost-next.deb');
  assert.is(system.sh('outpost --version').stdout.trim(), version, 'the agent reports its package.json version');
  assert.is(readlinkSync(system.path('/usr/lib/outpost/current')), `releases/${version}+next1`);
  assert.not.ok(existsSync(system.path(`/usr/lib/outpost/releases/${version}`)), 'dpkg removed the old release');
  assert.match(readFileSync(system.path('/etc/outpost/post.yaml'), 'utf8'), /# edited on the post\n$/, 'the edited conffile was kept');
  assert.match(readFileSync(system.path('/etc/outpost/post.yaml.dpkg-dist'), 'utf8'), /changed this file in the next version/);

  // Remove: the program goes; config and data stay.
  writeFileSync(system.path('/var/lib/outpost/outbox.db'), 'records not yet sent');
  system.sh('dpkg -r outpost');
  assert.not.ok(existsSync(system.path('/usr/bin/outpost')));
  assert.not.ok(existsSync(system.path('/usr/lib/outpost')), '/usr/lib/outpost is gone');
  assert.ok(existsSync(system.path('/etc/outpost/post.yaml')));
  assert.ok(existsSync(system.path('/var/lib/outpost/outbox.db')));

  // Purge without asking for the data: config gone, data kept, and the output says how to delete it.
  const purged = system.sh('dpkg -P outpost 2>&1');
  assert.match(purged.stdout, /kept \/var\/lib\/outpost/);
  assert.not.ok(existsSync(system.path('/etc/outpost/post.yaml')));
  assert.not.ok(existsSync(system.path('/etc/outpost/outpost.env')));
  assert.ok(existsSync(system.path('/var/lib/outpost/outbox.db')));

  // Purge with the flag file: the data goes too.
  system.sh('dpkg -i /tmp/outpost.deb && touch /etc/outpost/purge-data && dpkg -P outpost');
  assert.not.ok(existsSync(system.path('/var/lib/outpost')), '/var/lib/outpost was deleted on request');
  assert.not.ok(existsSync(system.path('/etc/outpost')));
});

testUnless(test, packageTestsUnavailable('amd64'), 'outpost-upgrade: a release that never gets READY is rolled back, dpkg untouched; a good one is switched to and recorded', () => {
  const deb = amd64Deb();
  const version = run('dpkg-deb', ['-f', deb, 'Version']).stdout.trim();
  const system = freshChroot('amd64');
  run('install', ['-m', '0755', fakeSystemctl, system.path('/usr/local/bin/systemctl')]);
  onCleanup(() => void system.sh('systemctl stop outpost.service', { allowFailure: true }));
  run('cp', [deb, system.path('/tmp/outpost.deb')]);
  run('cp', [nextVersion(deb, version, `${version}+broken`, true), system.path('/tmp/outpost-broken.deb')]);
  run('cp', [nextVersion(deb, version, `${version}+next1`), system.path('/tmp/outpost-next.deb')]);
  system.sh('dpkg -i /tmp/outpost.deb');
  // A post that starts anywhere: no devices, a broker that is not there (retried, not fatal).
  writeFileSync(system.path('/etc/outpost/post.yaml'), 'post: { id: upgrade-01 }\nuplink: { broker: "mqtt://127.0.0.1:9" }\n');
  assert.is(system.sh('systemctl restart outpost.service && systemctl is-active outpost.service').stdout.trim(), 'active');
  const dpkgVersion = (): string => system.sh("dpkg-query -W -f '${Version}' outpost").stdout;

  const broken = system.sh('outpost-upgrade --ready-timeout 60 --settle 2 /tmp/outpost-broken.deb 2>&1', { allowFailure: true });
  assert.is(broken.status, 1, broken.stdout);
  assert.match(broken.stdout, /did not become healthy; rolling back/);
  assert.is(readlinkSync(system.path('/usr/lib/outpost/current')), `releases/${version}`);
  assert.not.ok(existsSync(system.path(`/usr/lib/outpost/releases/${version}+broken`)), 'the failed release was deleted');
  assert.is(system.sh('systemctl is-active outpost.service').stdout.trim(), 'active', 'the old release runs again');
  assert.is(dpkgVersion(), version, 'dpkg still records the old version');

  const good = system.sh('outpost-upgrade --ready-timeout 60 --settle 2 /tmp/outpost-next.deb 2>&1', { allowFailure: true });
  assert.is(good.status, 0, good.stdout);
  assert.match(good.stdout, new RegExp(`upgraded ${version} -> ${version}\\+next1`));
  assert.is(readlinkSync(system.path('/usr/lib/outpost/current')), `releases/${version}+next1`);
  assert.is(dpkgVersion(), `${version}+next1`);
  assert.not.ok(existsSync(system.path(`/usr/lib/outpost/releases/${version}`)), 'the old release is gone');
  assert.is(system.sh('systemctl is-active outpost.service').stdout.trim(), 'active');
});

test.run();
