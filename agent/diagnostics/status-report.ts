import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import { v1, type outpost } from '../../wire/index.js';
import type { ComponentHealthReport, ComponentStatus } from '../../kernel/component.js';
import type { OutboxStats } from '../outbox/types.js';

/** What the running agent offers `outpost status` (Agent.statusSource() builds it). */
export interface StatusSource {
  identity(): { postId: string; bootId: string; agentVersion: string; configHash: string; configFile: string; startedUnixMs: number };
  components(): readonly { name: string; health(): ComponentHealthReport }[];
  outboxStats(): OutboxStats | undefined;
  link(): outpost.v1.ILinkVitals | undefined;
  time(): { quality: outpost.v1.TimeQuality; offsetMs?: number; locked?: boolean };
}

export interface ComponentStatusLine {
  name: string;
  status: ComponentStatus;
  sinceUnixMs: number;
  message?: string;
  counters?: Record<string, number>;
}

/** The answer of `GET /status` on the agent's socket, and what `outpost status --json` prints. */
export interface StatusReport {
  post: string;
  bootId: string;
  configFile: string;
  configHash: string;
  startedUnixMs: number;
  nowUnixMs: number;
  versions: { agent: string; node: string; os: string; kernel: string };
  components: ComponentStatusLine[];
  /** The components that are not ok, with what to do (their health message). */
  faults: ComponentStatusLine[];
  outbox?: {
    records: number;
    bytes: number;
    /** Depth, oldest age and drops since the store was opened, per class in drain order. */
    classes: { class: string; records: number; bytes: number; oldestAgeS: number; drops: { evicted: number; expired: number; compacted: number } }[];
    /** Records the centre will never get, since the store was opened, by reason. */
    drops: { evicted: number; expired: number; compacted: number };
    pendingInMemory: number;
  };
  link?: {
    connected: boolean;
    rttMs: number;
    lastAckUnixMs?: number;
    drainS: number;
    reconnects: number;
    recordsSent: number;
    signalDbm?: number;
  };
  time: { source: string; offsetMs?: number; gpsLocked?: boolean };
}

const className: Record<number, string> = {
  [v1.Priority.PRIORITY_ALARM]: 'alarm',
  [v1.Priority.PRIORITY_STATUS]: 'status',
  [v1.Priority.PRIORITY_BULK]: 'bulk',
};

const timeSourceName: Record<number, string> = {
  [v1.TimeQuality.TIME_QUALITY_GPS]: 'gps',
  [v1.TimeQuality.TIME_QUALITY_NTP]: 'ntp',
  [v1.TimeQuality.TIME_QUALITY_RTC]: 'rtc (not synchronised)',
};

/** Builds the status report now; cheap (the same calls the health reporter makes). */
export function buildStatus(source: StatusSource, now: number = Date.now()): StatusReport {
  const identity = source.identity();
  const components = source.components().map((component): ComponentStatusLine => {
    let report: ComponentHealthReport;
    try {
      report = component.health();
    } catch (error) {
      report = { status: 'fault', since: now, message: `health check failed: ${String(error)}` };
    }
    const line: ComponentStatusLine = { name: component.name, status: report.status, sinceUnixMs: report.since };
    if (report.message !== undefined && report.message !== '') line.message = report.message;
    if (report.counters !== undefined) line.counters = report.counters;
    return line;
  });
  const time = source.time();
  const report: StatusReport = {
    post: identity.postId,
    bootId: identity.bootId,
    configFile: identity.configFile,
    configHash: identity.configHash,
    startedUnixMs: identity.startedUnixMs,
    nowUnixMs: now,
    versions: { agent: identity.agentVersion, node: process.versions.node, os: osName(), kernel: os.release() },
    components,
    faults: components.filter((line) => line.status === 'fault' || line.status === 'degraded'),
    time: { source: timeSourceName[time.quality] ?? 'unknown', ...(time.offsetMs === undefined ? {} : { offsetMs: Math.round(time.offsetMs) }), ...(time.locked === undefined ? {} : { gpsLocked: time.locked }) },
  };
  const stats = safely(() => source.outboxStats());
  if (stats !== undefined) {
    report.outbox = {
      records: stats.records,
      bytes: stats.bytes,
      classes: stats.classes.map((entry) => ({
        class: className[entry.priority] ?? String(entry.priority),
        records: entry.records,
        bytes: entry.bytes,
        oldestAgeS: entry.oldestAgeS,
        drops: { evicted: entry.evicted, expired: entry.expired, compacted: entry.compacted },
      })),
      drops: { evicted: stats.evicted, expired: stats.expired, compacted: stats.compacted },
      pendingInMemory: stats.pendingInMemory,
    };
  }
  const link = source.link();
  if (link !== undefined) {
    report.link = {
      connected: link.connected === true,
      rttMs: link.ackRttMs ?? 0,
      drainS: Number(link.backlogDrainS ?? 0),
      reconnects: link.reconnects ?? 0,
      recordsSent: Number(link.recordsSent ?? 0),
    };
    const lastAck = Number(link.lastSuccessUnixMs ?? 0);
    if (lastAck > 0) report.link.lastAckUnixMs = lastAck;
    if (link.signalDbm !== undefined && link.signalDbm !== null) report.link.signalDbm = link.signalDbm;
  }
  return report;
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** PRETTY_NAME of /etc/os-release when readable, else Node's type and release. */
export function osName(): string {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const match = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text);
    if (match?.[1]) return match[1];
  } catch {
    // not Linux, or a minimal container
  }
  return `${os.type()} ${os.release()}`;
}

