import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../kernel/logger.js';
import { OutpostError } from '../../kernel/errors.js';
import { ChardevBackend } from '../../drivers/gpio/chardev/backend.js';
import { parseGpiodetect, parseGpioinfo, parseGpiomonLine, parseMajorVersion } from '../../drivers/gpio/chardev/parse.js';
import { GpiodTools } from '../../drivers/gpio/chardev/tools.js';
import { GpioLines } from '../../drivers/gpio/chip.js';
import type { Edge } from '../../drivers/gpio/types.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';

const fixtures = fileURLToPath(new URL('../fixtures/gpio/', import.meta.url));
const fake = fileURLToPath(new URL('./fake-gpiod/gpiod-fake.sh', import.meta.url));

/** Per libgpiod major version: the board it was recorded on and its lines. */
const boards = {
  v1: { label: 'pinctrl-bcm2711', lines: 58, held: { line: 'GPIO_GCLK', consumer: 'onewire@4' }, setArg: '--mode=signal' },
  v2: { label: 'pinctrl-rp1', lines: 54, held: { line: 'GPIO7', consumer: 'spi0 CS1' }, setArg: '--banner --chip' },
} as const;

function fakeTools(version: keyof typeof boards) {
  const dir = tempDir();
  const bin = join(dir, 'bin');
  const state = join(dir, 'state');
  mkdirSync(bin);
  mkdirSync(state);
  for (const tool of ['gpioinfo', 'gpiodetect', 'gpioget', 'gpiomon', 'gpioset']) symlinkSync(fake, join(bin, tool));
  process.env.FAKE_GPIOD_FIXTURES = join(fixtures, version);
  process.env.FAKE_GPIOD_STATE = state;
  return { tools: new GpiodTools(bin), state };
}

function chipFor(version: keyof typeof boards, chip: string = boards[version].label) {
  const { tools, state } = fakeTools(version);
  const backend = new ChardevBackend({ chip, subject: 'bus:gpio', log: silentLogger(), tools });
  const lines = new GpioLines(backend, { name: 'bus:gpio', log: silentLogger(), retry: { minMs: 20, maxMs: 40 } });
  return { backend, lines, state, tools };
}

for (const version of ['v1', 'v2'] as const) {
  const board = boards[version];
  const t = suite(`chardev over libgpiod ${version} tools`);

  t('parses the recorded version, chips and lines', () => {
    const read = (file: string) => readFileSync(join(fixtures, version, file), 'utf8');
    assert.is(parseMajorVersion(read('version.txt')), version === 'v1' ? 1 : 2);
    assert.is(parseGpiodetect(read('gpiodetect.txt'))[0]?.label, board.label);
    const lines = parseGpioinfo(read('gpioinfo-gpiochip0.txt'));
    assert.is(lines.length, board.lines);
    assert.equal(lines[17], { offset: 17, name: 'GPIO17', direction: 'input', consumer: undefined, activeLow: false });
    const held = lines.find((line) => line.name === board.held.line);
    assert.is(held?.consumer, board.held.consumer);
    const events = read('gpiomon.txt').trim().split('\n').map(parseGpiomonLine);
    assert.equal(events[0], { physical: 0, timeMs: 8235716.236211 });
    assert.equal(events.map((e) => e?.physical), [0, 1, 0, 1]);
  });

  t('finds the chip by label, reads a named line and reports its edges, debounced', async () => {
    const { lines, state, backend } = chipFor(version);
    writeFileSync(join(state, 'level-17'), '1\n');
    await lines.start();
    assert.is(lines.health().status, 'ok');
    assert.is(backend.description, `gpiochip0 [${board.label}]`);
    const beam = lines.input({ line: 'GPIO17', edges: 'both', debounceMs: 5 });
    const edges: Edge[] = [];
    beam.onEdge((edge) => edges.push(edge));
    await beam.start();
    try {
      assert.is(beam.health().status, 'ok', beam.health().message);
      assert.is(await beam.read(), 1);
      appendFileSync(join(state, 'events-17'), readFileSync(join(fixtures, version, 'gpiomon.txt')));
      await waitFor('two debounced edges', () => edges.length >= 2);
      assert.equal(edges, [
        { line: 'GPIO17', level: 0, timeMs: 8235716.236211 },
        { line: 'GPIO17', level: 1, timeMs: 8236402.117934 },
      ]);
      assert.is(await beam.read(), 1);
      const calls = readFileSync(join(state, 'calls.log'), 'utf8');
      assert.match(calls, version === 'v1' ? /gpiomon --line-buffered gpiochip0 17/ : /gpiomon --banner --chip gpiochip0 17/);
    } finally {
      await lines.stop();
    }
  });

  t('a busy line names who holds it; a misspelt name gets "did you mean"', async () => {
    const { lines } = chipFor(version);
    await lines.start();
    const held = lines.input({ line: board.held.line, edges: 'both' });
    const misspelt = lines.input({ line: 'GPI017', edges: 'both' });
    const outOfRange = lines.input({ line: 60, edges: 'both' });
    await Promise.all([held.start(), misspelt.start(), outOfRange.start()]);
    try {
      assert.is(held.health().status, 'fault');
      assert.match(held.health().message ?? '', new RegExp(`busy, held by "${board.held.consumer}"`));
      assert.match(misspelt.health().message ?? '', /has no line named GPI017; did you mean GPIO17\?/);
      assert.match(outOfRange.health().message ?? '', new RegExp(`it has lines 0..${board.lines - 1}`));
    } finally {
      await lines.stop();
    }
  });

  t('a chip that is not there lists the chips that are; no permission says group and udev', async () => {
    const missing = chipFor(version, 'gpiochip4');
    await missing.lines.start();
    assert.is(missing.lines.health().status, 'fault');
    assert.match(missing.lines.health().message ?? '', new RegExp(`GPIO chip gpiochip4 not found.*gpiochip0 \\[${board.label}\\]`));
    await missing.lines.stop();

    const denied = chipFor(version);
    writeFileSync(join(denied.state, 'denied'), '');
    try {
      await denied.backend.probe();
      assert.unreachable();
    } catch (error) {
      assert.instance(error, OutpostError);
      assert.is((error as OutpostError).code, 'gpio.permission');
      assert.match((error as OutpostError).describe(), /gpio group.*60-outpost-gpio.rules/);
    }
  });

  t('a monitor that dies is a fault, and the line is reopened', async () => {
    const { lines, state } = chipFor(version);
    await lines.start();
    const beam = lines.input({ line: 17, edges: 'both' });
    await beam.start();
    try {
      const first = Number(readFileSync(join(state, 'gpiomon-17.pid'), 'utf8'));
      process.kill(first, 'SIGKILL');
      await waitFor('a fault', () => beam.health().status === 'fault');
      assert.match(beam.health().message ?? '', /line 17 on gpiochip0/);
      await waitFor('a new gpiomon', () => beam.health().status === 'ok' && Number(readFileSync(join(state, 'gpiomon-17.pid'), 'utf8')) !== first);
      assert.is(beam.health().counters?.opens, 2);
    } finally {
      await lines.stop();
    }
  });

  t('outputs hold the line with gpioset; set and pulse change it, stop releases it', async () => {
    const { lines, state } = chipFor(version);
    await lines.start();
    const relay = lines.output({ line: 'GPIO22', activeLow: true });
    await relay.start();
    try {
      assert.is(relay.health().status, 'ok', relay.health().message);
      await relay.set(1);
      await relay.pulse(10);
      await relay.pulse(10);
      assert.equal(readFileSync(join(state, 'set.log'), 'utf8').trim().split('\n'), ['22=1', '22=0', '22=1', '22=0', '22=1']);
      assert.match(readFileSync(join(state, 'calls.log'), 'utf8'), new RegExp(`gpioset ${board.setArg}`));
    } finally {
      await lines.stop();
    }
    assert.ok(existsSync(join(state, 'level-22')));
  });

  t.run();
}
