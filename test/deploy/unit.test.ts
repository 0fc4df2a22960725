import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { testUnless } from '../support/skip.js';
import { tempDir } from '../support/tmp.js';

const unitFile = fileURLToPath(new URL('../../deploy/systemd/outpost.service', import.meta.url));
const launcher = fileURLToPath(new URL('../../bin/outpost.js', import.meta.url));
const unit = readFileSync(unitFile, 'utf8');

/** systemd-analyze's major version, or why it cannot judge the unit here. */
function analyzeUnavailable(): string | undefined {
  const version = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
  if (version.error !== undefined) return 'systemd-analyze is not installed (apt-get install systemd)';
  const major = Number(/systemd (\d+)/.exec(version.stdout)?.[1]);
  // --offline=true, which scores a unit file without a running systemd, came in systemd 250.
  return major >= 250 ? undefined : `systemd ${major} has no security --offline (needs 250 or newer)`;
}
const unavailable = analyzeUnavailable();

/** The [Section] each key is set in, in file order. */
function keysBySection(text: string): { section: string; key: string; value: string }[] {
  let section = '';
  const entries: { section: string; key: string; value: string }[] = [];
  for (const line of text.split('\n')) {
    const header = /^\[(\w+)\]$/.exec(line.trim());
    if (header) section = header[1] ?? '';
    const entry = /^(\w+)=(.*)$/.exec(line.trim());
    if (entry) entries.push({ section, key: entry[1] ?? '', value: entry[2] ?? '' });
  }
  return entries;
}

testUnless(test, unavailable, 'systemd-analyze security --offline=true rates the unit at 3.0 or below', () => {
  const dir = tempDir('unit');
  const copy = join(dir, 'outpost.service');
  writeFileSync(copy, unit);
  const result = spawnSync('systemd-analyze', ['security', '--offline=true', '--no-pager', copy], { encoding: 'utf8' });
  const exposure = Number(/Overall exposure level for outpost\.service: (\d+(?:\.\d+)?)/.exec(result.stdout)?.[1]);
  assert.ok(Number.isFinite(exposure), `no exposure level in:\n${result.stdout}${result.stderr}`);
  assert.ok(exposure <= 3.0, `exposure ${exposure} > 3.0:\n${result.stdout}`);
});

testUnless(test, unavailable, 'systemd-analyze verify finds nothing to say about the unit', () => {
  // verify checks that ExecStart exists: point it at this checkout's launcher instead of /usr/bin/outpost.
  const dir = tempDir('unit');
  const copy = join(dir, 'outpost.service');
  writeFileSync(copy, unit.replaceAll('/usr/bin/outpost ', `${launcher} `));
  const result = spawnSync('systemd-analyze', ['verify', '--man=no', copy], { encoding: 'utf8' });
  assert.is(`${result.stdout}${result.stderr}`.trim(), '', 'verify printed warnings');
  assert.is(result.status, 0);
});

test('the start limit is in [Unit], where systemd reads it; readiness and watchdog are on', () => {
  const entries = keysBySection(unit);
  const find = (key: string) => entries.filter((entry) => entry.key === key);
  assert.equal(find('StartLimitIntervalSec').map((e) => e.section), ['Unit']);
  assert.equal(find('StartLimitBurst').map((e) => e.section), ['Unit']);
  assert.equal(find('Type').map((e) => e.value), ['notify']);
  assert.equal(find('NotifyAccess').map((e) => e.value), ['all'], 'the notifications come from the socat child');
  assert.ok(find('WatchdogSec').length === 1, 'WatchdogSec is set');
  assert.equal(find('ReadWritePaths').map((e) => e.value), ['/var/lib/outpost /etc/outpost'], 'the data, and the config for push-config');
  assert.equal(find('UMask').map((e) => e.value), ['0027']);
  assert.equal(find('MemoryDenyWriteExecute'), [], "V8's JIT cannot run under MemoryDenyWriteExecute");
});

test('the config folder the unit lets the agent write is one the package makes group-writable for it, and only root may ask a purge to delete the data', () => {
  const entries = keysBySection(unit);
  const postinst = readFileSync(fileURLToPath(new URL('../../deploy/debian/postinst', import.meta.url)), 'utf8');
  const postrm = readFileSync(fileURLToPath(new URL('../../deploy/debian/postrm', import.meta.url)), 'utf8');
  assert.equal(entries.filter((e) => e.key === 'ConfigurationDirectoryMode').map((e) => e.value), ['0770']);
  assert.match(postinst, /\n\s*chown root:outpost \/etc\/outpost\n\s*chmod 0770 \/etc\/outpost\n/);
  assert.match(postrm, /-e \/etc\/outpost\/purge-data \] && \[ "\$\(stat -c %u \/etc\/outpost\/purge-data\)" = 0 \]/);
});

test.run();
