import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../kernel/logger.js';
import { GpioLines } from '../../drivers/gpio/chip.js';
import type { Timers } from '../../drivers/gpio/edge-filter.js';
import { SimulatedBackend, SimulatedGpio } from '../../drivers/gpio/simulated.js';
import type { Edge } from '../../drivers/gpio/types.js';
import { OutpostError } from '../../kernel/errors.js';

/** Timers on a clock the test moves; the same clock stamps the simulated edges. */
class ManualClock implements Timers {
  now = 1000;
  private pending: { at: number; callback: () => void }[] = [];
  setTimeout(callback: () => void, ms: number): unknown {
    const entry = { at: this.now + ms, callback };
    this.pending.push(entry);
    return entry;
  }
  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((entry) => entry !== handle);
  }
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      this.pending.sort((a, b) => a.at - b.at);
      const next = this.pending[0];
      if (next === undefined || next.at > until) break;
      this.pending.shift();
      this.now = next.at;
      next.callback();
    }
    this.now = until;
  }
}

async function rig(options: { edges?: 'rising' | 'falling' | 'both'; activeLow?: boolean; debounceMs?: number; initial?: 0 | 1 } = {}) {
  const clock = new ManualClock();
  const sim = new SimulatedGpio('test');
  sim.drive('GPIO17', options.initial ?? 0, clock.now);
  const chip = new GpioLines(new SimulatedBackend(sim, 'bus:gpio'), { name: 'bus:gpio', log: silentLogger(), timers: clock });
  await chip.start();
  const line = chip.input({ line: 'GPIO17', edges: options.edges ?? 'both', activeLow: options.activeLow ?? false, debounceMs: options.debounceMs ?? 0 });
  const edges: Edge[] = [];
  line.onEdge((edge) => edges.push(edge));
  await line.start();
  /** Drives the pin at `at` ms from now on the shared clock. */
  const at = (offsetMs: number, level: 0 | 1) => {
    clock.advance(offsetMs - (clock.now - 1000));
    sim.drive('GPIO17', level, clock.now);
  };
  return { clock, sim, chip, line, edges, at };
}

test('edges are reported with level and timestamp, filtered by kind', async () => {
  const both = await rig();
  both.at(10, 1);
  both.at(20, 0);
  assert.equal(both.edges, [
    { line: 'GPIO17', level: 1, timeMs: 1010 },
    { line: 'GPIO17', level: 0, timeMs: 1020 },
  ]);
  const rising = await rig({ edges: 'rising' });
  rising.at(10, 1);
  rising.at(20, 0);
  rising.at(30, 1);
  assert.equal(rising.edges.map((e) => e.timeMs), [1010, 1030]);
  const falling = await rig({ edges: 'falling' });
  falling.at(10, 1);
  falling.at(20, 0);
  assert.equal(falling.edges.map((e) => [e.level, e.timeMs]), [[0, 1020]]);
  await both.chip.stop();
  await rising.chip.stop();
  await falling.chip.stop();
});

test('active-low: a pulled-low receiver reads 1 and "rising" means becoming active', async () => {
  const r = await rig({ activeLow: true, edges: 'rising', initial: 1 });
  assert.is(await r.line.read(), 0, 'a high line is inactive');
  r.at(5, 0);
  assert.equal(r.edges.map((e) => e.level), [1]);
  assert.is(await r.line.read(), 1);
  r.at(9, 1);
  assert.is(r.edges.length, 1, 'going inactive is a falling edge, filtered');
  await r.chip.stop();
});

test('debounce drops contact bounce and reports one edge per real change', async () => {
  const r = await rig({ debounceMs: 5 });
  // a relay contact closing: bounces for 3 ms
  r.at(100, 1);
  r.at(101, 0);
  r.at(102, 1);
  r.at(103, 0);
  r.at(104, 1);
  r.clock.advance(10);
  // and opening 50 ms later, bouncing again
  r.at(150, 0);
  r.at(151, 1);
  r.at(152, 0);
  r.clock.advance(10);
  assert.equal(r.edges.map((e) => [e.level, e.timeMs]), [
    [1, 1100],
    [0, 1150],
  ]);
  assert.is(await r.line.read(), 0);
  await r.chip.stop();
});

test('debounce never loses the final state: a change inside the window is reported when it ends', async () => {
  const r = await rig({ debounceMs: 20 });
  r.at(100, 1);
  r.at(105, 0); // a real release 5 ms after the press, inside the window
  assert.equal(r.edges.map((e) => e.level), [1]);
  r.clock.advance(30);
  assert.equal(r.edges.map((e) => [e.level, e.timeMs]), [
    [1, 1100],
    [0, 1120],
  ]);
  assert.is(await r.line.read(), 0, 'the level settles where the line is');
  await r.chip.stop();
});

test('a burst of buffered events is debounced on their own timestamps, not on arrival', async () => {
  const r = await rig({ debounceMs: 5 });
  r.sim.drive('GPIO17', 1, 1100);
  r.sim.drive('GPIO17', 0, 1101);
  r.sim.drive('GPIO17', 1, 1700);
  assert.equal(r.edges.map((e) => [e.level, e.timeMs]), [
    [1, 1100],
    [0, 1105],
    [1, 1700],
  ]);
  await r.chip.stop();
});

test('outputs: set and pulse drive the physical pin, active-low inverted; pulse ends inactive', async () => {
  const sim = new SimulatedGpio('relays');
  const chip = new GpioLines(new SimulatedBackend(sim, 'bus:gpio'), { name: 'bus:gpio', log: silentLogger() });
  await chip.start();
  const siren = chip.output({ line: 22, activeLow: true });
  const seen: [string, number][] = [];
  sim.onOutput((line, level) => seen.push([line, level]));
  await siren.start();
  assert.is(sim.level(22), 1, 'inactive on an active-low relay board is high');
  await siren.set(1);
  assert.is(sim.level(22), 0);
  await siren.set(0);
  await siren.pulse(5);
  assert.equal(seen, [
    ['22', 1],
    ['22', 0],
    ['22', 1],
    ['22', 0],
    ['22', 1],
  ]);
  await chip.stop();
});

test('a busy line is a fault naming chip, line and holder, and recovers when released', async () => {
  const sim = new SimulatedGpio('busy');
  sim.hold('GPIO4', 'w1-gpio');
  const chip = new GpioLines(new SimulatedBackend(sim, 'bus:gpio'), { name: 'bus:gpio', log: silentLogger(), retry: { minMs: 5, maxMs: 10 } });
  await chip.start();
  const line = chip.input({ line: 'GPIO4', edges: 'both' });
  await line.start();
  assert.is(line.health().status, 'fault');
  assert.match(line.health().message ?? '', /GPIO line GPIO4 on busy is busy, held by "w1-gpio"/);
  assert.match(line.health().message ?? '', /dtoverlay/);
  try {
    await line.read();
    assert.unreachable();
  } catch (error) {
    assert.instance(error, OutpostError);
  }
  sim.release('GPIO4');
  const deadline = Date.now() + 2000;
  while (line.health().status !== 'ok' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.is(line.health().status, 'ok');
  await chip.stop();
  assert.is(line.health().status, 'stopped', 'stopping the chip stops its lines');
});

test.run();
