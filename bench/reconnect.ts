/**
 * Reconnect after an outage (issue 21): the uplink's Reconnector settings against the plain
 * backoff, on fake timers, with the default `uplink.reconnect` (1 s to 5 min, jitter) and a device
 * line's default `reconnect` (1 s to 60 s, `device_line`), and
 * attempts that fail at once while the link is down. Prints, per setting, how late the first
 * attempt after the link's return comes (mean over many jitter draws, the worst draw, and with
 * the jitter at its ceiling) and how many attempts the outage cost.
 *
 *   npm run bench:reconnect                  5-minute outage
 *   npm run bench:reconnect -- --outage 3600  outage in seconds
 */
import { OutpostError } from '../kernel/errors.js';
import { silentLogger } from '../kernel/logger.js';
import { Reconnector, type ReconnectorOptions } from '../kernel/reconnector.js';
import { FakeTimers } from '../test/support/fake-timers.js';

const DRAWS = 2000;
const index = process.argv.indexOf('--outage');
const outageMs = (index < 0 ? 300 : Number(process.argv[index + 1])) * 1000;
if (!(outageMs > 0)) {
  console.error(`--outage takes a number of seconds above 0, got ${process.argv[index + 1]}`);
  process.exit(2);
}
const unreachable = new OutpostError('broker unreachable', { code: 'uplink.refused' });

/** One outage: ms from the link's return to the next attempt, and the attempts made while it was down. */
async function outage(extra: Partial<ReconnectorOptions<object>>, random: () => number): Promise<{ lateMs: number; tries: number }> {
  const timers = new FakeTimers();
  let down = false;
  let tries = 0;
  const reconnector = new Reconnector<object>({
    subject: 'uplink',
    log: silentLogger(),
    timers,
    now: () => timers.now,
    random,
    retry: { minMs: 1000, maxMs: 300_000 },
    open: async () => {
      tries += 1;
      if (down) throw unreachable;
      return {};
    },
    close: () => undefined,
    ...extra,
  });
  await reconnector.start();
  down = true;
  tries = 0;
  reconnector.lost(reconnector.handle as object, unreachable);
  const backAt = timers.now + outageMs;
  const next = (): number => timers.scheduled[0] as number;
  while (timers.now + next() < backAt) await timers.advance(next());
  const result = { lateMs: timers.now + next() - backAt, tries };
  await reconnector.stop();
  return result;
}

const settings: [string, Partial<ReconnectorOptions<object>>][] = [
  ['plain_backoff', {}],
  ['uplink', { resetBackoff: 'proved', outageShare: 0.1 }],
  // A Modbus TCP or serial line with the default reconnect (1 s to 60 s): a device off for the outage (issue 13).
  ['device_line', { retry: { minMs: 1000, maxMs: 60_000, floorAtMaxMs: 30_000 } }],
];
console.log(`# outage ${outageMs / 1000} s, reconnect 1 s to 5 min (device_line: to 60 s) with jitter, ${DRAWS} draws`);
for (const [name, extra] of settings) {
  let late = 0;
  let worst = 0;
  let tries = 0;
  for (let draw = 0; draw < DRAWS; draw += 1) {
    const result = await outage(extra, Math.random);
    late += result.lateMs;
    worst = Math.max(worst, result.lateMs);
    tries += result.tries;
  }
  const ceiling = await outage(extra, () => 1);
  console.log(`${name}.late_mean: ${(late / DRAWS / 1000).toFixed(1)} s`);
  console.log(`${name}.late_worst: ${(worst / 1000).toFixed(1)} s`);
  console.log(`${name}.late_jitter_at_ceiling: ${(ceiling.lateMs / 1000).toFixed(1)} s`);
  console.log(`${name}.attempts: ${(tries / DRAWS).toFixed(1)} during the outage`);
}
