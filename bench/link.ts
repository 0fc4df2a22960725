/**
 * Slow-link benchmark (issue 21): a post drains a backlog of uncompacted readings through a
 * shaped link (test/support/shaping-proxy.ts) while detections arrive, with the uplink's
 * default settings. Prints `case.name: value unit` lines per case.
 *
 *   npm run bench:link                       every case, 1 MB backlog, 5-minute outage (about 50 minutes)
 *   npm run bench:link -- --quick            backlog 100 KB, outage 30 s (same ratios; a few minutes)
 *   npm run bench:link -- --case 9.6k-300ms,1M-0ms
 *
 * Figures per case:
 * - goodput: first copies (link bytes up, less the share the centre found duplicate) over the
 *   drain time, as % of the link rate; goodput_second_half: the same from half the backlog
 *   stored to all of it, once the uplink has found the link's rate (no outage case);
 * - drain_vs_wire: drain time over the time the bytes that crossed the link need at its rate
 *   (1.0: the link never idled);
 * - wire_per_payload: link bytes up per record byte in the backlog (below 1: deflate won);
 * - resends, resent_bytes (% of link bytes up), duplicates at the centre, lost records;
 * - drain: uplink start to the last backlog record stored; alarm latency p50/p99: a detection's
 *   enqueue to its storage at the centre, for those enqueued during the drain;
 * - reconnect_after_outage (outage case): from the link's return to the post's first connection
 *   through it (the reconnect backoff's share of the drain).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinkShape } from '../test/support/shaping-proxy.js';
import { percentile, runDrain, type DrainCase } from '../test/uplink/link-drain.js';

const MB = 1_000_000;

interface BenchCase {
  name: string;
  link: LinkShape;
  outage?: boolean;
}

const CASES: BenchCase[] = [
  { name: '9.6k-0ms', link: { rateBps: 9600, delayMs: 0 } },
  { name: '9.6k-300ms', link: { rateBps: 9600, delayMs: 300 } },
  { name: '64k-0ms', link: { rateBps: 64_000, delayMs: 0 } },
  { name: '64k-300ms', link: { rateBps: 64_000, delayMs: 300 } },
  { name: '1M-0ms', link: { rateBps: 1_000_000, delayMs: 0 } },
  { name: '1M-300ms', link: { rateBps: 1_000_000, delayMs: 300 } },
  { name: '9.6k-300ms-loss1pct', link: { rateBps: 9600, delayMs: 300, loss: 0.01 } },
  { name: '64k-300ms-outage', link: { rateBps: 64_000, delayMs: 300 }, outage: true },
];

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

const quick = process.argv.includes('--quick');
const chosen = argument('--case')?.split(',');
const unknown = chosen?.filter((name) => !CASES.some((entry) => entry.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown case(s) ${unknown.join(', ')}; the cases are ${CASES.map((entry) => entry.name).join(', ')}`);
  process.exit(2);
}
const scale = quick ? 0.1 : 1;
const backlogBytes = MB * scale;
const outageMs = 300_000 * scale;

function line(name: string, value: number, unit: string, digits = 1): void {
  console.log(`${name}: ${Number.isFinite(value) ? value.toFixed(digits) : 'n/a'} ${unit}`);
}

const dir = mkdtempSync(join(tmpdir(), 'outpost-bench-link-'));
try {
  console.log(`# backlog ${(backlogBytes / 1000).toFixed(0)} KB of uncompacted readings${quick ? ' (--quick)' : ''}; outage ${outageMs / 1000} s; uplink defaults`);
  for (const entry of CASES.filter((candidate) => chosen === undefined || chosen.includes(candidate.name))) {
    const byteRate = entry.link.rateBps / 8;
    // Readings compress little: the payload at the link rate, plus room for a slow start.
    const ideal = (backlogBytes / byteRate) * 1000;
    const drainCase: DrainCase = {
      link: entry.link,
      backlogBytes,
      alarmEveryMs: Math.min(10_000, Math.max(250, ideal / 40)),
      timeoutMs: 4 * ideal + 120_000 + (entry.outage === true ? 4 * outageMs : 0),
      ...(entry.outage === true ? { outageMs } : {}),
    };
    const result = await runDrain(dir, drainCase);
    const name = entry.name;
    const firstCopyShare = result.stored / Math.max(1, result.stored + result.duplicates);
    const wireS = (result.upBytes / byteRate);
    const activeS = result.drainS - (entry.outage === true ? outageMs / 1000 : 0);
    line(`${name}.drained`, result.drained ? 1 : 0, result.drained ? '(all stored)' : `(not within ${(drainCase.timeoutMs / 1000).toFixed(0)} s)`, 0);
    line(`${name}.drain`, result.drainS, 's');
    line(`${name}.goodput`, (100 * result.upBytes * firstCopyShare) / (activeS * byteRate), '% of link rate');
    if (entry.outage !== true) line(`${name}.goodput_second_half`, (100 * result.secondHalf.bytes * firstCopyShare) / (result.secondHalf.s * byteRate), '% of link rate');
    line(`${name}.drain_vs_wire`, activeS / wireS, 'x');
    line(`${name}.wire_per_payload`, result.upBytes / result.payloadBytes, 'bytes/byte', 2);
    line(`${name}.resends`, result.counters['resends'] ?? Number.NaN, 'envelopes', 0);
    line(`${name}.resent_bytes`, (100 * (result.counters['resent_bytes'] ?? Number.NaN)) / result.upBytes, '% of link bytes up');
    line(`${name}.duplicates`, result.duplicates, 'records at the centre', 0);
    line(`${name}.lost`, result.drained && result.alarmsIn ? result.lost : Number.NaN, 'records', 0);
    line(`${name}.alarm_latency_p50`, percentile(result.alarmLatenciesMs, 0.5) / 1000, 's');
    line(`${name}.alarm_latency_p99`, percentile(result.alarmLatenciesMs, 0.99) / 1000, 's');
    line(`${name}.alarms`, result.alarmLatenciesMs.length, `stored of ${result.alarmsSent}${result.alarmsIn ? '' : ' (not all within a minute after the drain)'}`, 0);
    line(`${name}.modem_queue_peak`, result.upQueuePeak / 1000, 'KB');
    if (entry.outage === true) line(`${name}.reconnect_after_outage`, (result.reconnectAfterOutageMs ?? Number.NaN) / 1000, 's after the link came back');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
