// GPIO edge filter figure (active-low, debounce, edge selection), in-process: how many level
// changes per second the shared driver code can take, far above what a chardev line delivers.
// Run: npx tsx bench/gpio.ts
import { EdgeFilter } from '../drivers/gpio/edge-filter.js';

const events = 1_000_000;
let edges = 0;
const filter = new EdgeFilter({ edges: 'both', activeLow: true, debounceMs: 5, name: 'bench' }, () => (edges += 1), { setTimeout: () => 0, clearTimeout: () => undefined });
const run = (from: number): void => {
  for (let n = from; n < from + events; n += 1) filter.input((n & 1) as 0 | 1, n * 3);
};
run(0);
edges = 0;
const start = process.hrtime.bigint();
run(events);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`edge_filter: ${Math.round(events / seconds)} events/s`);
console.log(`edge_filter_passed: ${edges} edges`);
