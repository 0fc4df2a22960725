import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { v1, type outpost } from '../../wire/index.js';
import { silentLogger } from '../../kernel/logger.js';
import { outboxSchema } from '../../agent/outbox/config.js';
import { outboxOptionsFrom, SqliteOutbox } from '../../agent/outbox/index.js';
import { Uplink } from '../../agent/uplink/index.js';
import { uplinkSchema } from '../../agent/uplink/config.js';
import { startCentre } from '../../centre/index.js';
import { ShapingProxy, type LinkShape } from '../support/shaping-proxy.js';
import { solarReading } from '../support/solar-reading.js';

/** One drain through a shaped link: a backlog of readings waits, detections arrive while it drains. */
export interface DrainCase {
  link: LinkShape;
  /** Record bytes of uncompacted readings waiting when the uplink starts (about 1 KB each). */
  backlogBytes: number;
  /** A detection is enqueued this often while the backlog drains. */
  alarmEveryMs: number;
  /** When half the backlog is stored, the link goes away for this long (connections dropped). */
  outageMs?: number;
  /** Uplink config beyond the broker URL (the defaults when absent). */
  uplink?: Record<string, unknown>;
  /** Give up after this long and report what arrived. */
  timeoutMs: number;
}

export interface DrainResult {
  /** Every backlog record stored before the timeout. */
  drained: boolean;
  /** Every alarm stored, within a minute after the drain. */
  alarmsIn: boolean;
  alarmsSent: number;
  /** Uplink start to the last backlog record stored, s. */
  drainS: number;
  backlogRecords: number;
  /** Record bytes of the backlog as the outbox stored them. */
  payloadBytes: number;
  /** Bytes the link carried towards the centre, and back, until the drain ended (so are the counters and duplicates). */
  upBytes: number;
  downBytes: number;
  /** Bytes up and seconds from half the backlog stored to all of it (the link's use once the uplink found its rate). */
  secondHalf: { bytes: number; s: number };
  /** Distinct records the centre stored (backlog and alarms), copies it dropped, records it never got. */
  stored: number;
  duplicates: number;
  lost: number;
  /** The uplink's health counters at the end. */
  counters: Record<string, number>;
  /** Enqueue to stored at the centre, per detection, ms, sorted. */
  alarmLatenciesMs: number[];
  /** Most bytes that waited in the modem buffer. */
  upQueuePeak: number;
  /** Backlog readings the uplink thinned (uplink.thin_status), and the count the centre got in RECORDS_DROPPED events from the uplink. */
  thinned: number;
  thinnedReported: number;
  /** From the link's return after the outage to the post's first connection through it, ms (undefined: no outage, or no connection after it). */
  reconnectAfterOutageMs: number | undefined;
}

let made = 0;

/** A 4-channel reading polled at 10 Hz and sent as one record per 2.4 s, values as noisy as real ones: about 1 KB encoded. */
function reading(index: number, start: number): outpost.v1.IRecord {
  const samples = Array.from({ length: 24 }, (_, sample) => {
    const x = Math.sin((index * 24 + sample) * 12.9898) * 43758.5453;
    const noise = x - Math.floor(x);
    return { offsetMs: sample * 100, values: [12.4 + noise * 0.37, 3 * noise, 0.6 + noise * 0.11, 17 + noise * 2.9] };
  });
  return solarReading(start + index * 2400, samples);
}

function detection(id: string): outpost.v1.IRecord {
  return {
    timeUnixMs: Date.now(),
    timeQuality: v1.TimeQuality.TIME_QUALITY_GPS,
    detection: { id, sensor: 'geo-1', kind: v1.DetectionKind.DETECTION_KIND_PERSON, confidence: 0.9, onsetUnixMs: Date.now() - 900, durationMs: 800 },
  };
}

/** Resolves once `check` holds, polling every 20 ms; false after `deadline` (performance.now()). */
async function until(check: () => boolean, deadline: number): Promise<boolean> {
  while (!check()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/**
 * Runs one case in `dir`: the real SqliteOutbox (compact_status off, every reading kept), the
 * real Uplink, the reference centre with its embedded broker in this process, and the shaping
 * proxy between them. Everything it starts is stopped before it returns.
 */
export async function runDrain(dir: string, drainCase: DrainCase): Promise<DrainResult> {
  made += 1;
  const centre = await startCentre({ embeddedBroker: '127.0.0.1:0', db: join(dir, `centre-${made}.db`) });
  const brokerPort = Number(new URL(centre.brokerAddress).port);
  const link = await ShapingProxy.start(brokerPort, drainCase.link);
  const path = join(dir, `outbox-${made}.db`);
  const outbox = SqliteOutbox.open(path, outboxOptionsFrom(outboxSchema.parse({ path, compact_status: false, group_commit: '5ms' })));
  let uplink: Uplink | undefined;
  let alarmTimer: NodeJS.Timeout | undefined;
  try {
    const start = Date.now() - 86_400_000;
    const backlog: outpost.v1.IRecord[] = [];
    let bytes = 0;
    while (bytes < drainCase.backlogBytes) {
      const record = reading(backlog.length, start);
      bytes += v1.Record.encode(record).finish().length;
      backlog.push(record);
    }
    for (let from = 0; from < backlog.length; from += 2000) await outbox.enqueue(backlog.slice(from, from + 2000));
    const payloadBytes = outbox.stats().bytes;
    const backlogRecords = backlog.length;

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let storedReadings = 0;
    let thinnedReported = 0;
    let reports = 0;
    centre.onRecord((stored) => {
      const { detection, reading, event } = stored.record;
      if (reading !== undefined && reading !== null) storedReadings += 1;
      else if (detection?.id !== undefined && detection.id !== null) latencies.push(Date.now() - (sentAt.get(detection.id) ?? Date.now()));
      else if (event?.source === 'uplink') {
        reports += 1;
        thinnedReported += Number(event.dropped?.count ?? 0);
      }
    });

    uplink = new Uplink({
      config: uplinkSchema.parse({ broker: link.url, ...drainCase.uplink }),
      postId: 'bp-link',
      outbox,
      log: silentLogger(),
      state: { bootId: 'bench', agentVersion: 'bench', configHash: '', startedUnixMs: Date.now(), name: 'link bench', position: () => undefined },
    });
    const began = performance.now();
    const deadline = began + drainCase.timeoutMs;
    await uplink.start();
    const sending = uplink;
    const alarm = (): void => {
      const id = `geo-1:${sentAt.size + 1}`;
      sentAt.set(id, Date.now());
      void outbox.enqueue([detection(id)]).then(() => sending.notify());
      alarmTimer = setTimeout(alarm, drainCase.alarmEveryMs);
    };
    alarmTimer = setTimeout(alarm, drainCase.alarmEveryMs);
    // A thinned reading is settled too: deleted on the post and counted, never sent.
    const settled = (): number => storedReadings + (sending.health().counters?.['thinned_records'] ?? 0);
    const halfway = await until(() => settled() >= backlogRecords / 2, deadline);
    const atHalf = { upBytes: link.counters.upBytes, at: performance.now() };
    const outageEnds = drainCase.outageMs !== undefined && halfway ? performance.now() + drainCase.outageMs : undefined;
    if (drainCase.outageMs !== undefined && halfway) link.outage(drainCase.outageMs);
    const backlogIn = await until(() => settled() >= backlogRecords, deadline);
    const drainS = (performance.now() - began) / 1000;
    const secondHalf = { bytes: link.counters.upBytes - atHalf.upBytes, s: (performance.now() - atHalf.at) / 1000 };
    const atDrain = { ...link.counters, duplicates: centre.stats().duplicates, counters: uplink.health().counters ?? {} };
    clearTimeout(alarmTimer);
    const alarmsIn = await until(() => latencies.length >= sentAt.size, backlogIn ? performance.now() + 60_000 : deadline);
    const thinned = atDrain.counters['thinned_records'] ?? 0;
    // The report of what was thinned goes at the next minute of thinning or at stop: stop first, then wait for it.
    if (thinned > 0) {
      await uplink.stop();
      await uplink.start();
      await until(() => thinnedReported >= thinned, performance.now() + 60_000);
    }
    const stored = centre.stats().stored;
    const backAt = outageEnds === undefined ? undefined : link.acceptedAt.find((at) => at >= outageEnds);
    return {
      reconnectAfterOutageMs: outageEnds === undefined || backAt === undefined ? undefined : backAt - outageEnds,
      drained: backlogIn,
      alarmsIn,
      drainS,
      backlogRecords,
      payloadBytes,
      upBytes: atDrain.upBytes,
      secondHalf,
      downBytes: atDrain.downBytes,
      stored,
      duplicates: atDrain.duplicates,
      lost: backlogRecords + sentAt.size - (stored - reports) - thinned,
      thinned,
      thinnedReported,
      counters: atDrain.counters,
      alarmLatenciesMs: [...latencies].sort((a, b) => a - b),
      alarmsSent: sentAt.size,
      upQueuePeak: link.counters.upQueuePeak,
    };
  } finally {
    clearTimeout(alarmTimer);
    await uplink?.stop();
    await link.close();
    await outbox.close();
    await centre.stop();
  }
}

/** The value below which `share` of the sorted values lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] as number;
}
