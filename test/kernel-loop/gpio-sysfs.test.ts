import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync } from 'node:fs';
import { silentLogger } from '../../kernel/logger.js';
import { GpioLines } from '../../drivers/gpio/chip.js';
import { SysfsBackend } from '../../drivers/gpio/sysfs/backend.js';
import type { Edge } from '../../drivers/gpio/types.js';
import { waitFor } from '../support/net.js';
import { testUnless } from '../support/skip.js';
import { gpioSimMissing, SimChip } from './gpio-sim.js';

/**
 * The sysfs backend on the kernel's real /sys/class/gpio (Debian's kernel has CONFIG_GPIO_SYSFS),
 * with onoff's epoll watcher: the path test/gpio/sysfs.test.ts replaces with a fake tree.
 */
const missing = gpioSimMissing() ?? (existsSync('/sys/class/gpio/export') ? undefined : 'this kernel has no sysfs GPIO (CONFIG_GPIO_SYSFS)');

testUnless(test, missing, 'sysfs: the chip is found by label at its real base; inputs give edges through onoff, outputs drive the line', async () => {
  const chip = SimChip.create('outpost-sysfs', ['IN', 'OUT']);
  const lines = new GpioLines(new SysfsBackend({ chip: chip.label, subject: 'bus:gpio', log: silentLogger() }), { name: 'bus:gpio', log: silentLogger(), retry: { minMs: 100, maxMs: 400 } });
  try {
    chip.setPull(0, 'pull-down');
    await lines.start();
    assert.is(lines.health().status, 'ok', lines.health().message);
    assert.ok(existsSync(`/sys/class/gpio/gpiochip${chip.sysfsBase()}`));
    const contact = lines.input({ line: 0, edges: 'both' });
    const relay = lines.output({ line: 1 });
    const edges: Edge[] = [];
    contact.onEdge((edge) => edges.push(edge));
    await contact.start();
    await relay.start();
    assert.is(contact.health().status, 'ok', contact.health().message);
    assert.ok(existsSync(`/sys/class/gpio/gpio${chip.sysfsBase()}`), 'the input is exported under its global number');
    assert.is(await contact.read(), 0);
    chip.setPull(0, 'pull-up');
    await waitFor('a rising edge from onoff', () => edges.length >= 1, 5000);
    chip.setPull(0, 'pull-down');
    await waitFor('a falling edge from onoff', () => edges.length >= 2, 5000);
    assert.equal(edges.map((edge) => edge.level), [1, 0]);
    await relay.set(1);
    await waitFor('the relay line high', () => chip.value(1) === 1, 3000);
    await relay.set(0);
    await waitFor('the relay line low', () => chip.value(1) === 0, 3000);
    await lines.stop();
    assert.not.ok(existsSync(`/sys/class/gpio/gpio${chip.sysfsBase()}`), 'stop unexports the lines');
  } finally {
    await lines.stop();
    chip.remove();
  }
});

test.run();
