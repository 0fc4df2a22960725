import { readlinkSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { testUnless } from '../support/skip.js';
import { buildDeb, freshChroot, packageTestsUnavailable, run } from './chroot.js';

testUnless(test, packageTestsUnavailable('arm64'), 'arm64 .deb installs in an arm64 Debian 13 under qemu-user-static; outpost --version and config validate run there', () => {
  const deb = buildDeb('arm64');
  assert.is(run('dpkg-deb', ['-f', deb, 'Architecture']).stdout.trim(), 'arm64');
  const version = run('dpkg-deb', ['-f', deb, 'Version']).stdout.trim();
  const system = freshChroot('arm64');
  assert.is(system.sh('dpkg --print-architecture; uname -m').stdout, 'arm64\naarch64\n', 'the chroot runs arm64 binaries');
  run('cp', [deb, system.path('/tmp/outpost.deb')]);

  assert.match(system.sh('dpkg -i /tmp/outpost.deb 2>&1').stdout, /Setting up outpost/);
  assert.is(system.sh('outpost --version').stdout.trim(), version);
  assert.match(system.sh('outpost config validate /etc/outpost/post.yaml').stdout, /valid \(post bp-017/);
  assert.match(system.sh('outpost config validate /usr/share/doc/outpost/examples/battery-monitor.yaml').stdout, /valid/);
  assert.is(readlinkSync(system.path('/usr/lib/outpost/current')), `releases/${version}`);
  // The cross-compiled native modules load in Debian's arm64 Node.
  const sqlite = system.sh(`cd /usr/lib/outpost/current && node -e "const D = require('better-sqlite3'); console.log(new D(':memory:').prepare('select sqlite_version() v').get().v)"`);
  assert.match(sqlite.stdout, /^3\.\d+/);
  // Requiring it loads its native binding (the linux-arm64 N-API prebuild).
  const serial = system.sh(`cd /usr/lib/outpost/current && node -e "console.log(typeof require('@serialport/bindings-cpp').autoDetect)"`);
  assert.is(serial.stdout.trim(), 'function');
  // sharp's libvips for arm64 (@img/sharp-linux-arm64) came with the package: a camera thumbnail is made there.
  const thumbnail = system.sh(
    `cd /usr/lib/outpost/current && node -e "require('sharp')({ create: { width: 64, height: 48, channels: 3, background: '#808080' } }).resize(32).jpeg().toBuffer().then((b) => console.log(b[0], b[1], b.length))"`,
  );
  assert.match(thumbnail.stdout, /^255 216 \d+$/m, `sharp in the arm64 package: ${thumbnail.stdout}`);
  assert.match(system.sh('file -b $(readlink -f /usr/lib/outpost/current)/node_modules/better-sqlite3/lib/binding/node-v115-linux-arm64/better_sqlite3.node 2>/dev/null || od -An -tx1 -j18 -N2 /usr/lib/outpost/current/node_modules/better-sqlite3/lib/binding/node-v115-linux-arm64/better_sqlite3.node').stdout, /aarch64|b7 00/);
});

test.run();
