import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../support/cli.js';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/fixtures/gpio');
const fake = join(root, 'test/gpio/fake-gpiod/gpiod-fake.sh');

/** The fake libgpiod 2.x tools of a Pi 5 first on PATH, as the real ones would be. */
function fakeBoard(version: 'v1' | 'v2') {
  const dir = tempDir();
  const bin = join(dir, 'bin');
  const state = join(dir, 'state');
  mkdirSync(bin);
  mkdirSync(state);
  for (const tool of ['gpioinfo', 'gpiodetect', 'gpioget', 'gpiomon', 'gpioset']) symlinkSync(fake, join(bin, tool));
  const env = { FAKE_GPIOD_FIXTURES: join(fixtures, version), FAKE_GPIOD_STATE: state, PATH: `${bin}:${process.env.PATH ?? ''}` };
  Object.assign(process.env, env);
  return { state, env };
}

test('probe gpio prints the level of a line by name, or by chip label and offset', async () => {
  const { state } = fakeBoard('v2');
  writeFileSync(join(state, 'level-17'), '1\n');
  const byName = await runCli(['probe', 'gpio', 'GPIO17']);
  assert.is(byName.code, 0, byName.stderr);
  assert.is(byName.stdout, 'gpiochip0 [pinctrl-rp1] line GPIO17: 1 (active)\n');
  const byOffset = await runCli(['probe', 'gpio', 'pinctrl-rp1:17', '--active-low']);
  assert.is(byOffset.stdout, 'gpiochip0 [pinctrl-rp1] line 17: 0 (inactive, active-low)\n');
});

test('probe gpio exits 1 naming the holder of a busy line, and suggests a name', async () => {
  fakeBoard('v1');
  const busy = await runCli(['probe', 'gpio', 'gpiochip0:4']);
  assert.is(busy.code, 1);
  assert.match(busy.stderr, /line 4 on gpiochip0 \[pinctrl-bcm2711\] is busy, held by "onewire@4"/);
  const misspelt = await runCli(['probe', 'gpio', 'GPIO_GLCK']);
  assert.is(misspelt.code, 1);
  assert.match(misspelt.stderr, /did you mean GPIO_GCLK\?/);
  const usage = await runCli(['probe', 'gpio', 'GPIO17', '--edges', 'sideways']);
  assert.is(usage.code, 2);
});

test('probe gpio --watch prints edges with timestamps and stops cleanly on SIGINT', async () => {
  const { state, env } = fakeBoard('v1');
  const probe = startPeer(process.execPath, ['--import', 'tsx', join(root, 'agent/cli/main.ts'), 'probe', 'gpio', 'gpiochip0:17', '--watch', '--debounce', '5ms'], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  try {
    await probe.waitForOutput(/line 17: 0 \(inactive\)/, 30_000);
    await probe.waitForOutput(/watching both edges/);
    appendFileSync(join(state, 'events-17'), readFileSync(join(fixtures, 'v1', 'gpiomon.txt')));
    await probe.waitForOutput(/rising .*kernel 8236\.402118 s/);
    probe.child.kill('SIGINT');
    assert.is(await probe.exited, 0);
    const edges = probe.output().split('\n').filter((line) => /level \d/.test(line));
    assert.is(edges.length, 3, `bounce is debounced: ${edges.join(' | ')}`);
    assert.match(edges[0] ?? '', /rising\s+level 1 .*kernel 8235\.716520 s/);
    assert.match(edges[1] ?? '', /falling\s+level 0 .*kernel 8235\.721520 s/, 'the release inside the window is reported when the window ends');
  } finally {
    await probe.stop();
  }
});

test.run();
