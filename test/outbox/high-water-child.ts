// Run under strace by high-water.test.ts, which counts the mark's fdatasyncs: saves marks as the
// outbox does, on a clock of its own. argv: the mark's path. Never closes the mark (close syncs).
import { once } from 'node:events';
import { HighWater, readHighWater } from '../../agent/outbox/high-water.js';
import { silentLogger } from '../../kernel/logger.js';
import { waitFor } from '../support/net.js';

const path = process.argv[2] as string;
let now = 0;
const mark = new HighWater(path, 7n, silentLogger(), () => now);

/** Saves `highest` and waits until the file shows it (the write is done; its sync, if any, may still run). */
async function saved(highest: number, walSynced: boolean): Promise<void> {
  mark.save(highest, walSynced);
  await waitFor(`mark ${highest}`, () => readHighWater(path)?.highest === highest);
}

await saved(1, true);
for (let highest = 2; highest <= 20; highest++) await saved(highest, true);
await saved(21, false);
console.log('saved 21');
// The parent has seen the sync of 21 end: 10 ms before the spacing runs out, a full commit's mark waits for the timer.
await once(process.stdin, 'data');
now = 9_990;
await saved(22, true);
console.log('saved 22');
await once(process.stdin, 'end');
