import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPeer } from '../support/process.js';
import { tempDir } from '../support/tmp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The loopback suite a technician runs on a board (test/hardware), run here against the fake
// libgpiod tools with a virtual jumper (FAKE_GPIOD_LOOPBACK), so the suite itself is known to
// work before anyone takes it to a mast.
for (const version of ['v1', 'v2'] as const) {
  test(`the hardware loopback suite passes over a virtual jumper with libgpiod ${version} tools`, async () => {
    const dir = tempDir();
    const bin = join(dir, 'bin');
    const state = join(dir, 'state');
    mkdirSync(bin);
    mkdirSync(state);
    for (const tool of ['gpioinfo', 'gpiodetect', 'gpioget', 'gpiomon', 'gpioset']) symlinkSync(join(root, 'test/gpio/fake-gpiod/gpiod-fake.sh'), join(bin, tool));
    const suite = startPeer(process.execPath, ['--import', 'tsx', join(root, 'test/hardware/gpio-loopback.test.ts')], {
      cwd: root,
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        FAKE_GPIOD_FIXTURES: join(root, 'test/fixtures/gpio', version),
        FAKE_GPIOD_STATE: state,
        FAKE_GPIOD_LOOPBACK: '23:24',
        OUTPOST_HW_GPIO_CHIP: version === 'v1' ? 'pinctrl-bcm2711' : 'pinctrl-rp1',
        OUTPOST_HW_GPIO_OUT: 'GPIO23',
        OUTPOST_HW_GPIO_IN: 'GPIO24',
      },
    });
    const code = await suite.exited;
    assert.is(code, 0, suite.output());
    assert.match(suite.output(), /Passed:\s+4/);
    assert.match(suite.output(), /Skipped:\s+0/);
  });
}

test.run();
