// test lane: waits (backlogs drain through the shaping proxy at the link's real rate and delay; alone: 3.8 s of CPU in 37 s)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tempDir } from '../support/tmp.js';
import { runDrain, type DrainResult } from './link-drain.js';

/**
 * The same default settings as slow-link.test.ts on faster and worse links (shaping proxy):
 * a 1 Mbit/s link must be filled, an outage and segment loss must cost neither records nor
 * copies. Backlogs are scaled to finish within a minute each; bench/link.ts runs 1 MB.
 */

function summary(result: DrainResult): string {
  return JSON.stringify({ drainS: result.drainS, upBytes: result.upBytes, secondHalf: result.secondHalf, stored: result.stored, duplicates: result.duplicates, counters: result.counters });
}

test('1 Mbit/s: a 1 MB backlog fills the link to 80 % or more', async () => {
  const result = await runDrain(tempDir(), { link: { rateBps: 1_000_000 }, backlogBytes: 1_000_000, alarmEveryMs: 500, timeoutMs: 50_000 });
  const info = summary(result);
  assert.ok(result.drained && result.alarmsIn, info);
  assert.is(result.lost, 0, info);
  assert.is(result.duplicates, 0, info);
  const fill = result.upBytes / 125_000 / result.drainS;
  assert.ok(fill >= 0.8, `link filled to ${(fill * 100).toFixed(1)} %: ${info}`);
});

test('64 kbit/s, 300 ms, a 5 s outage mid-drain: every record stored exactly once, little resent', async () => {
  const result = await runDrain(tempDir(), { link: { rateBps: 64_000, delayMs: 300 }, backlogBytes: 100_000, alarmEveryMs: 1000, outageMs: 5000, timeoutMs: 55_000 });
  const info = summary(result);
  assert.ok(result.drained && result.alarmsIn, info);
  assert.is(result.lost, 0, `nothing lost: ${info}`);
  assert.is(result.stored, result.backlogRecords + result.alarmsSent, `each stored once: ${info}`);
  assert.ok((result.counters['reconnects'] ?? 0) >= 1, info);
  assert.ok((result.counters['resent_bytes'] ?? 0) <= 0.05 * result.upBytes, `resent bytes within 5 %: ${info}`);
});

test('64 kbit/s, 300 ms, 1 % of segments lost: TCP retransmits, the uplink resends nothing', async () => {
  const result = await runDrain(tempDir(), { link: { rateBps: 64_000, delayMs: 300, loss: 0.01 }, backlogBytes: 100_000, alarmEveryMs: 1000, timeoutMs: 55_000 });
  const info = summary(result);
  assert.ok(result.drained && result.alarmsIn, info);
  assert.is(result.lost, 0, info);
  assert.is(result.duplicates, 0, info);
  assert.is(result.counters['resends'], 0, info);
});

test.run();
