import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { silentLogger } from '../../kernel/logger.js';
import { ChardevBackend } from '../../drivers/gpio/chardev/backend.js';
import { GpioLines } from '../../drivers/gpio/chip.js';
import type { GpioBackend } from '../../drivers/gpio/backend.js';
import { SysfsBackend } from '../../drivers/gpio/sysfs/backend.js';
import type { Edge } from '../../drivers/gpio/types.js';
import { testUnless } from '../support/skip.js';
import { waitFor } from '../support/net.js';

/**
 * Loopback on a real board: one output wired to one input (through a 1 kΩ resistor, see
 * drivers/gpio/README.md). Configure with
 *   OUTPOST_HW_GPIO_CHIP=pinctrl-rp1 OUTPOST_HW_GPIO_OUT=GPIO23 OUTPOST_HW_GPIO_IN=GPIO24 npm run test:hardware
 * and OUTPOST_HW_GPIO_BACKEND=sysfs (with offsets, e.g. OUT=23 IN=24) to test the sysfs backend.
 */
const env = process.env;
const chip = env.OUTPOST_HW_GPIO_CHIP;
const out = env.OUTPOST_HW_GPIO_OUT;
const input = env.OUTPOST_HW_GPIO_IN;
const backendName = env.OUTPOST_HW_GPIO_BACKEND ?? 'chardev';
const reason =
  chip === undefined || out === undefined || input === undefined
    ? 'no loopback wiring configured: wire an output to an input through 1 kOhm and set OUTPOST_HW_GPIO_CHIP, OUTPOST_HW_GPIO_OUT and OUTPOST_HW_GPIO_IN (drivers/gpio/README.md, "Hardware test")'
    : undefined;

const line = (name: string) => (/^\d+$/.test(name) ? Number(name) : name);

function board(): GpioLines {
  const subject = 'bus:hardware';
  const backend: GpioBackend =
    backendName === 'sysfs' ? new SysfsBackend({ chip: chip as string, subject, log: silentLogger() }) : new ChardevBackend({ chip: chip as string, subject, log: silentLogger() });
  return new GpioLines(backend, { name: subject, log: silentLogger(), retry: { minMs: 100, maxMs: 500 } });
}

testUnless(test, reason, `levels: what the output line drives, the input line reads (${backendName})`, async () => {
  const lines = board();
  await lines.start();
  try {
    assert.is(lines.health().status, 'ok', lines.health().message);
    const relay = lines.output({ line: line(out as string) });
    const sense = lines.input({ line: line(input as string), edges: 'both', bias: backendName === 'sysfs' ? 'as-is' : 'pull-down' });
    await relay.start();
    await sense.start();
    assert.is(sense.health().status, 'ok', sense.health().message);
    for (const level of [1, 0, 1, 0] as const) {
      await relay.set(level);
      await waitFor(`input at ${level}`, async () => (await sense.read()) === level, 2000);
    }
  } finally {
    await lines.stop();
  }
});

testUnless(test, reason, 'edges: rising and falling arrive in order with increasing timestamps; active-low inverts', async () => {
  const lines = board();
  await lines.start();
  try {
    const relay = lines.output({ line: line(out as string) });
    const sense = lines.input({ line: line(input as string), edges: 'both' });
    const inverted = lines.input({ line: line(input as string), edges: 'rising', activeLow: true });
    const edges: Edge[] = [];
    sense.onEdge((edge) => edges.push(edge));
    await relay.start();
    await sense.start();
    await relay.set(1);
    await relay.set(0);
    await relay.set(1);
    await waitFor('three edges', () => edges.length >= 3, 3000);
    assert.equal(edges.slice(0, 3).map((e) => e.level), [1, 0, 1]);
    assert.ok((edges[0]?.timeMs ?? 0) < (edges[1]?.timeMs ?? 0) && (edges[1]?.timeMs ?? 0) < (edges[2]?.timeMs ?? 0));
    await sense.stop();
    // The same pin read active-low: high is inactive, and going low is its "rising" edge.
    const activeEdges: Edge[] = [];
    inverted.onEdge((edge) => activeEdges.push(edge));
    await inverted.start();
    assert.is(await inverted.read(), 0);
    await relay.set(0);
    await waitFor('an active edge', () => activeEdges.length >= 1, 3000);
    assert.is(activeEdges[0]?.level, 1);
  } finally {
    await lines.stop();
  }
});

testUnless(test, reason, 'debounce: a burst of toggles is one edge, and the final level is right', async () => {
  const lines = board();
  await lines.start();
  try {
    const relay = lines.output({ line: line(out as string) });
    const raw = lines.input({ line: line(input as string), edges: 'both' });
    const debounced = lines.input({ line: line(input as string), edges: 'both', debounceMs: 500 });
    const rawEdges: Edge[] = [];
    const clean: Edge[] = [];
    await relay.start();
    await raw.start();
    raw.onEdge((edge) => rawEdges.push(edge));
    for (const level of [1, 0, 1, 0, 1] as const) await relay.set(level);
    await waitFor('five raw edges', () => rawEdges.length >= 5, 3000);
    await raw.stop();
    await relay.set(0);
    debounced.onEdge((edge) => clean.push(edge));
    await debounced.start();
    for (const level of [1, 0, 1, 0, 1] as const) await relay.set(level);
    await waitFor('the debounced level to settle at 1', async () => (await debounced.read()) === 1 && clean.length >= 1, 3000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.ok(clean.length < 5, `debounced edges: ${clean.length}`);
    assert.is(clean.at(-1)?.level, 1);
  } finally {
    await lines.stop();
  }
});

testUnless(test, reason, 'pulse: active for the length asked, then inactive', async () => {
  const lines = board();
  await lines.start();
  try {
    const relay = lines.output({ line: line(out as string) });
    const sense = lines.input({ line: line(input as string), edges: 'both' });
    const edges: Edge[] = [];
    sense.onEdge((edge) => edges.push(edge));
    await relay.start();
    await sense.start();
    await relay.pulse(200);
    await waitFor('rising and falling', () => edges.length >= 2, 3000);
    const width = (edges[1]?.timeMs ?? 0) - (edges[0]?.timeMs ?? 0);
    assert.ok(width >= 150 && width < 1000, `pulse width ${width} ms`);
    assert.is(await sense.read(), 0);
  } finally {
    await lines.stop();
  }
});

test.run();
