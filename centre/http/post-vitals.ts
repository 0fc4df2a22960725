import { v1 } from '../../wire/index.js';
import type { CentreStore } from '../store.js';

/** Rounded to what the sensor can tell (no float32 noise such as 12.399999618530273). */
const round = (value: number | null | undefined, decimals: number): number | null => (value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(decimals)));

export interface VitalsPoint {
  time: string;
  batteryV: number | null;
  temperatureC: number | null;
  signalDbm: number | null;
  backlogRecords: number;
  ackRttMs: number | null;
  linkUp: boolean;
}

/**
 * `GET /api/posts/{post}/vitals`: the post's health over time, one point per Health record
 * (oldest first) with the values the console charts: supply voltage, CPU temperature, radio
 * signal, outbox backlog (all classes) and the uplink's ack round trip.
 */
export async function postVitals(store: CentreStore, postId: string, range: { sinceUnixMs: number | undefined; untilUnixMs: number | undefined; limit: number }): Promise<VitalsPoint[]> {
  const rows = await store.records({ kinds: ['health'], postId, sinceUnixMs: range.sinceUnixMs, untilUnixMs: range.untilUnixMs, limit: range.limit });
  return rows.reverse().map((row) => {
    const vitals = v1.Record.decode(row.bytes).health?.vitals;
    const link = vitals?.link;
    return {
      time: new Date(row.timeUnixMs).toISOString(),
      batteryV: round(vitals?.supplyVoltageV, 2),
      temperatureC: round(vitals?.cpuTemperatureC, 1),
      signalDbm: round(link?.signalDbm, 0),
      backlogRecords: (vitals?.outbox ?? []).reduce((sum, depth) => sum + Number(depth.records ?? 0), 0),
      ackRttMs: link === undefined || link === null || !link.connected ? null : link.ackRttMs ?? null,
      linkUp: link?.connected === true,
    };
  });
}
