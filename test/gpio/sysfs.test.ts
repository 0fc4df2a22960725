import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { silentLogger } from '../../kernel/logger.js';
import type { OutpostError } from '../../kernel/errors.js';
import { GpioLines } from '../../drivers/gpio/chip.js';
import { SysfsBackend, type WatchValue } from '../../drivers/gpio/sysfs/backend.js';
import { sysfsChips } from '../../drivers/gpio/sysfs/tree.js';
import type { Edge } from '../../drivers/gpio/types.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';

/**
 * A sysfs GPIO tree as a Pi 4 on kernel 6.6 shows it (bases 512 and 570), with a stand-in for
 * the kernel that makes gpioN/ when a number is written to export. This runs our own sysfs
 * code (base resolution, export, direction, edge, value); onoff's epoll watcher needs the real
 * sysfs, so a file watcher replaces it here and the hardware suite covers onoff.
 */
function fakeSysfs() {
  const root = tempDir();
  const chip = (dir: string, base: number, ngpio: number, label: string, chardev: string) => {
    mkdirSync(join(root, dir, 'device', chardev), { recursive: true });
    writeFileSync(join(root, dir, 'base'), `${base}\n`);
    writeFileSync(join(root, dir, 'ngpio'), `${ngpio}\n`);
    writeFileSync(join(root, dir, 'label'), `${label}\n`);
  };
  chip('gpiochip512', 512, 58, 'pinctrl-bcm2711', 'gpiochip0');
  chip('gpiochip570', 570, 8, 'raspberrypi-exp-gpio', 'gpiochip1');
  writeFileSync(join(root, 'export'), '');
  writeFileSync(join(root, 'unexport'), '');
  const kernel = setInterval(() => {
    const number = readFileSync(join(root, 'export'), 'utf8').trim();
    if (number === '' || existsSync(join(root, `gpio${number}`))) return;
    mkdirSync(join(root, `gpio${number}`));
    for (const [file, text] of [['direction', 'in'], ['edge', 'none'], ['value', '0'], ['active_low', '0']]) writeFileSync(join(root, `gpio${number}`, file as string), `${text}\n`);
  }, 5);
  return { root, stop: () => clearInterval(kernel) };
}

/** Reads the value file every 5 ms (a stat watcher can miss a same-size rewrite within one mtime tick). */
const fileWatch: WatchValue = async (_gpio, path, onValue) => {
  const poll = setInterval(() => onValue(readFileSync(path, 'utf8').trim() === '1' ? 1 : 0), 5);
  return () => clearInterval(poll);
};

test('reads chip bases and labels from the tree; never assumes BCM numbers', () => {
  const tree = fakeSysfs();
  try {
    assert.equal(
      sysfsChips(tree.root).map((c) => [c.dir, c.base, c.label, c.chardev]),
      [
        ['gpiochip512', 512, 'pinctrl-bcm2711', 'gpiochip0'],
        ['gpiochip570', 570, 'raspberrypi-exp-gpio', 'gpiochip1'],
      ],
    );
    for (const chip of ['pinctrl-bcm2711', 'gpiochip0', '/dev/gpiochip0', 'gpiochip512']) {
      const backend = new SysfsBackend({ chip, subject: 'bus:gpio', log: silentLogger(), root: tree.root });
      assert.is(backend.gpioNumber(17), 529, chip);
    }
    const expander = new SysfsBackend({ chip: 'raspberrypi-exp-gpio', subject: 'bus:gpio', log: silentLogger(), root: tree.root });
    assert.is(expander.gpioNumber(2), 572);
    assert.throws(() => expander.gpioNumber(8), /no line 8: it has lines 0..7/);
    assert.throws(() => expander.gpioNumber('GPIO17'), /sysfs cannot find lines by name/);
    const missing = new SysfsBackend({ chip: 'pinctrl-rp1', subject: 'bus:gpio', log: silentLogger(), root: tree.root });
    assert.throws(() => missing.chip(), (error: unknown) => /pinctrl-rp1 not found.*pinctrl-bcm2711 \(gpiochip0\)/.test((error as OutpostError).describe()));
  } finally {
    tree.stop();
  }
});

test('an input is exported, set to in/both, and its value changes become edges', async () => {
  const tree = fakeSysfs();
  const lines = new GpioLines(new SysfsBackend({ chip: 'pinctrl-bcm2711', subject: 'bus:gpio', log: silentLogger(), root: tree.root, watch: fileWatch }), { name: 'bus:gpio', log: silentLogger() });
  try {
    await lines.start();
    const pir = lines.input({ line: 17, edges: 'rising', activeLow: false });
    const edges: Edge[] = [];
    pir.onEdge((edge) => edges.push(edge));
    await pir.start();
    assert.is(pir.health().status, 'ok', pir.health().message);
    const dir = join(tree.root, 'gpio529');
    assert.is(readFileSync(join(dir, 'direction'), 'utf8'), 'in');
    assert.is(readFileSync(join(dir, 'edge'), 'utf8'), 'both');
    writeFileSync(join(dir, 'value'), '1\n');
    await waitFor('a rising edge', () => edges.length === 1);
    assert.is(edges[0]?.level, 1);
    assert.is(await pir.read(), 1);
    await lines.stop();
    assert.is(readFileSync(join(tree.root, 'unexport'), 'utf8'), '529', 'stop unexports the line');
  } finally {
    await lines.stop();
    tree.stop();
  }
});

test('an output starts at its level without a glitch (direction high/low) and is written', async () => {
  const tree = fakeSysfs();
  const lines = new GpioLines(new SysfsBackend({ chip: 'gpiochip0', subject: 'bus:gpio', log: silentLogger(), root: tree.root, watch: fileWatch }), { name: 'bus:gpio', log: silentLogger() });
  try {
    const relay = lines.output({ line: 27, activeLow: true });
    await relay.start();
    assert.is(relay.health().status, 'ok', relay.health().message);
    assert.is(readFileSync(join(tree.root, 'gpio539', 'direction'), 'utf8'), 'high', 'inactive on active-low is high, set with the direction');
    await relay.set(1);
    assert.is(readFileSync(join(tree.root, 'gpio539', 'value'), 'utf8'), '0');
  } finally {
    await lines.stop();
    tree.stop();
  }
});

test.run();
