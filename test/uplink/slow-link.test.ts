// test lane: waits (a backlog drains at 9.6 kbit/s through the shaping proxy; alone: 2.6 s of CPU in 25 s)
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tempDir } from '../support/tmp.js';
import { percentile, runDrain, type DrainResult } from './link-drain.js';

/**
 * The uplink with its defaults on a 9.6 kbit/s radio with 300 ms one-way delay (through the
 * shaping proxy), a backlog of uncompacted readings and detections arriving while it drains.
 * The backlog is 30 KB, not the 1 MB, to stay within a minute: the rate, delay, envelope
 * and window sizes are the real ones, only the drain is shorter (bench/link.ts runs 1 MB).
 */

function summary(result: DrainResult): string {
  return JSON.stringify({ drainS: result.drainS, upBytes: result.upBytes, stored: result.stored, duplicates: result.duplicates, alarms: result.alarmLatenciesMs, counters: result.counters });
}

test('9.6 kbit/s, 300 ms: drains at the link rate, alarms within 10 s, no resend, nothing lost or stored twice', async () => {
  const result = await runDrain(tempDir(), { link: { rateBps: 9600, delayMs: 300 }, backlogBytes: 30_000, alarmEveryMs: 2000, timeoutMs: 55_000 });
  const info = summary(result);
  assert.ok(result.drained, `the backlog drained: ${info}`);
  assert.ok(result.alarmsIn, `every alarm arrived: ${info}`);
  assert.is(result.lost, 0, info);
  assert.is(result.duplicates, 0, `nothing stored twice: ${info}`);
  assert.is(result.counters['resends'], 0, `no resend while the link carried everything: ${info}`);
  const wireS = result.upBytes / 1200;
  assert.ok(result.drainS <= 1.25 * wireS, `drain ${result.drainS.toFixed(1)} s within 1.25 x the ${wireS.toFixed(1)} s its wire bytes need: ${info}`);
  assert.ok(result.alarmLatenciesMs.length >= 5, info);
  assert.ok(percentile(result.alarmLatenciesMs, 0.99) <= 10_000, `alarm latency p99 <= 10 s: ${info}`);
  assert.ok(result.counters['delivery_rate_bytes_per_s'] !== undefined && result.counters['delivery_rate_bytes_per_s'] < 2000, `the measured rate is the radio's: ${info}`);
  assert.ok((result.counters['ack_rtt_ms'] ?? 0) >= 600, `the round trip includes the two 300 ms legs: ${info}`);
});

test.run();
