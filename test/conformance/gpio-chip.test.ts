import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../../kernel/logger.js';
import { gpioChip } from '../../drivers/gpio/factory.js';
import type { GpioBackend } from '../../drivers/gpio/backend.js';
import { ChardevBackend } from '../../drivers/gpio/chardev/backend.js';
import { GpiodTools } from '../../drivers/gpio/chardev/tools.js';
import { SysfsBackend, type WatchValue } from '../../drivers/gpio/sysfs/backend.js';
import { SimulatedBackend, simulatedChip } from '../../drivers/gpio/simulated.js';
import type { Edge, GpioChip, Level } from '../../drivers/gpio/types.js';
import { tempDir } from '../support/tmp.js';
import { waitFor } from '../support/net.js';
import { gpioSimMissing, SimChip } from '../kernel-loop/gpio-sim.js';

/**
 * The GpioChip contract (drivers/gpio/types.ts), run against every backend: the character
 * device through libgpiod's tools (a fake of the tools replaying recorded v2 output), sysfs (a
 * fake tree with a stand-in for the kernel's export), and the simulated chip; inside the kernel VM
 * (npm run test:kernel) also chardev with Debian's real tools and sysfs with onoff, both on a
 * gpio-sim chip of the real kernel. Invariants checked:
 * 1. start() resolves with health `ok`; a line that cannot be opened is a fault in that line's
 *    health with the reason, never a rejection, and the chip carries on.
 * 2. An input reads its level at open, then turns physical changes into edges with logical
 *    levels: active-low inverts, so 1 always means active.
 * 3. An output drives the line: set(1) is physical 1, or physical 0 when active-low.
 * 4. stop() stops every line the chip handed out and leaves chip and lines `stopped`.
 */

interface Rig {
  chip: GpioChip;
  /** A line that cannot be opened on this backend (busy or out of range). */
  unusable: number | string;
  /** The physical level of an input line changes. */
  drive(offset: number, physical: Level): void;
  /** The physical level an output line is driven to. */
  driven(offset: number): Level | undefined;
  close(): void;
}

const gpiodFake = fileURLToPath(new URL('../gpio/fake-gpiod/gpiod-fake.sh', import.meta.url));
const gpiodFixtures = fileURLToPath(new URL('../fixtures/gpio/v2', import.meta.url));

function chardevRig(): Rig {
  const dir = tempDir();
  const bin = join(dir, 'bin');
  const state = join(dir, 'state');
  mkdirSync(bin);
  mkdirSync(state);
  for (const tool of ['gpioinfo', 'gpiodetect', 'gpioget', 'gpiomon', 'gpioset']) symlinkSync(gpiodFake, join(bin, tool));
  process.env.FAKE_GPIOD_FIXTURES = gpiodFixtures;
  process.env.FAKE_GPIOD_STATE = state;
  const backend = new ChardevBackend({ chip: 'gpiochip0', subject: 'bus:gpio', log: silentLogger(), tools: new GpiodTools(bin) });
  return {
    chip: chipOn(backend),
    unusable: 'GPIO7', // held by "spi0 CS1" in the recorded board
    drive(offset, physical) {
      writeFileSync(join(state, `level-${offset}`), `${physical}\n`);
      appendFileSync(join(state, `events-${offset}`), `${(Date.now() / 1000).toFixed(9)}\t${physical === 1 ? 'rising' : 'falling'}\tgpiochip0 ${offset}\n`);
    },
    driven(offset) {
      const path = join(state, `level-${offset}`);
      return existsSync(path) ? (Number(readFileSync(path, 'utf8').trim()) as Level) : undefined;
    },
    close: () => undefined,
  };
}

function sysfsRig(): Rig {
  const root = tempDir();
  mkdirSync(join(root, 'gpiochip512', 'device', 'gpiochip0'), { recursive: true });
  writeFileSync(join(root, 'gpiochip512', 'base'), '512\n');
  writeFileSync(join(root, 'gpiochip512', 'ngpio'), '58\n');
  writeFileSync(join(root, 'gpiochip512', 'label'), 'pinctrl-bcm2711\n');
  writeFileSync(join(root, 'export'), '');
  writeFileSync(join(root, 'unexport'), '');
  // The kernel's part: a number written to export becomes a gpioN directory, at the level the line has.
  const levels = new Map<number, Level>();
  const kernel = setInterval(() => {
    const number = readFileSync(join(root, 'export'), 'utf8').trim();
    if (number === '' || existsSync(join(root, `gpio${number}`))) return;
    mkdirSync(join(root, `gpio${number}`));
    const level = String(levels.get(Number(number) - 512) ?? 0);
    for (const [file, text] of [['direction', 'in'], ['edge', 'none'], ['value', level], ['active_low', '0']] as const) writeFileSync(join(root, `gpio${number}`, file), `${text}\n`);
  }, 5);
  const watch: WatchValue = async (_gpio, path, onValue) => {
    const poll = setInterval(() => onValue(readFileSync(path, 'utf8').trim() === '1' ? 1 : 0), 5);
    return () => clearInterval(poll);
  };
  const value = (offset: number): string => join(root, `gpio${512 + offset}`, 'value');
  const backend = new SysfsBackend({ chip: 'gpiochip0', subject: 'bus:gpio', log: silentLogger(), root, watch });
  return {
    chip: chipOn(backend),
    unusable: 60, // the chip has lines 0..57
    drive(offset, physical) {
      levels.set(offset, physical);
      if (existsSync(value(offset))) writeFileSync(value(offset), `${physical}\n`);
    },
    driven: (offset) => (existsSync(value(offset)) ? (Number(readFileSync(value(offset), 'utf8').trim()) as Level) : undefined),
    close: () => clearInterval(kernel),
  };
}

function simulatedRig(): Rig {
  const sim = simulatedChip(`conformance-${process.pid}-${Date.now()}`);
  sim.hold(7, 'another program');
  return {
    chip: chipOn(new SimulatedBackend(sim, 'bus:gpio')),
    unusable: 7,
    drive: (offset, physical) => sim.drive(offset, physical),
    driven: (offset) => sim.level(offset),
    close: () => undefined,
  };
}

/** A gpio-sim chip of the real kernel (test/kernel-loop/gpio-sim.ts), its inputs driven by their pull. */
function kernelRig(backendFor: (label: string) => GpioBackend): () => Rig {
  return () => {
    const sim = SimChip.create('outpost-conformance', Array.from({ length: 24 }, (_, offset) => `L${offset}`));
    return {
      chip: chipOn(backendFor(sim.label)),
      unusable: 40, // the chip has lines 0..23
      drive: (offset, physical) => sim.setPull(offset, physical === 1 ? 'pull-up' : 'pull-down'),
      driven: (offset) => sim.value(offset),
      close: () => sim.remove(),
    };
  };
}

function chipOn(backend: GpioBackend): GpioChip {
  return gpioChip(backend, { name: 'bus:gpio', log: silentLogger(), retry: { minMs: 20, maxMs: 40 } });
}

// Inside the kernel VM only the real kernel's backends run: the others ran in the host's suite already, and a
// shell-script fake of the tools under emulation is slow enough to hit the tools' 5 s timeout.
const insideVm = process.env.OUTPOST_KERNEL_VM === '1';
const backends: { name: string; rig: () => Rig }[] = insideVm
  ? []
  : [
      { name: 'chardev (libgpiod 2 tools, faked)', rig: chardevRig },
      { name: 'sysfs (fake tree)', rig: sysfsRig },
      { name: 'simulated', rig: simulatedRig },
    ];
const noKernelChip = gpioSimMissing();
if (noKernelChip === undefined) {
  backends.push(
    { name: 'chardev (Debian libgpiod 1.6 tools, gpio-sim)', rig: kernelRig((label) => new ChardevBackend({ chip: label, subject: 'bus:gpio', log: silentLogger() })) },
    { name: 'sysfs (kernel /sys/class/gpio and onoff, gpio-sim)', rig: kernelRig((label) => new SysfsBackend({ chip: label, subject: 'bus:gpio', log: silentLogger() })) },
  );
} else {
  console.log(`# skip GpioChip on the real kernel's chardev and sysfs: ${noKernelChip}`);
}

for (const backend of backends) {
  const it = suite(`GpioChip on ${backend.name}`);

  it('1-4: opens; an unusable line is a fault of its own; inputs give logical edges; outputs drive; stop releases all', async () => {
    const rig = backend.rig();
    const { chip } = rig;
    try {
      rig.drive(17, 1);
      rig.drive(22, 0);
      await chip.start();
      assert.is(chip.health().status, 'ok', chip.health().message);

      const blocked = chip.input({ line: rig.unusable, edges: 'both' });
      await blocked.start();
      assert.is(blocked.health().status, 'fault');
      assert.ok((blocked.health().message ?? '').length > 0, 'the fault says why');

      const beam = chip.input({ line: 17, edges: 'both' });
      const inverted = chip.input({ line: 22, edges: 'both', activeLow: true });
      const edges: Edge[] = [];
      const invertedEdges: Edge[] = [];
      beam.onEdge((edge) => edges.push(edge));
      inverted.onEdge((edge) => invertedEdges.push(edge));
      await beam.start();
      await inverted.start();
      assert.is(beam.health().status, 'ok', beam.health().message);
      assert.is(await beam.read(), 1, 'the level at open');
      assert.is(await inverted.read(), 1, 'physical 0 on an active-low line is active');
      rig.drive(17, 0);
      rig.drive(22, 1);
      await waitFor('an edge on each input', () => edges.length >= 1 && invertedEdges.length >= 1);
      assert.is(edges[0]?.level, 0);
      assert.is(invertedEdges[0]?.level, 0, 'active-low inverts the edge too');

      const relay = chip.output({ line: 5 });
      const lamp = chip.output({ line: 6, activeLow: true });
      await relay.start();
      await lamp.start();
      await relay.set(1);
      await lamp.set(1);
      await waitFor('the outputs are driven', () => rig.driven(5) === 1 && rig.driven(6) === 0);

      await chip.stop();
      assert.is(chip.health().status, 'stopped');
      for (const line of [blocked, beam, inverted, relay, lamp]) assert.is(line.health().status, 'stopped', line.name);
    } finally {
      await chip.stop();
      rig.close();
    }
  });

  it.run();
}
