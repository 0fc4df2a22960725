import type { ComponentStatusLine, StatusReport } from './status-report.js';

const mark: Record<ComponentStatusLine['status'], string> = { ok: '✔', degraded: '!', fault: '✘', stopped: '-' };

/** `outpost status` for a person: one screen, the trouble first. */
export function formatStatus(report: StatusReport): string {
  const now = report.nowUnixMs;
  const lines: string[] = [];
  lines.push(`post ${report.post}   agent ${report.versions.agent}   up ${ago(now, report.startedUnixMs)}   config ${report.configHash.slice(0, 12)} (${report.configFile})`);
  lines.push(`node ${report.versions.node}   ${report.versions.os}   kernel ${report.versions.kernel}`);
  lines.push('');
  if (report.faults.length === 0) lines.push('faults: none');
  else {
    lines.push(`faults (${report.faults.length}):`);
    for (const fault of report.faults) lines.push(`  ${mark[fault.status]} ${fault.name} ${fault.status} for ${ago(now, fault.sinceUnixMs)}: ${fault.message ?? 'no detail'}`);
  }
  lines.push('');
  lines.push('components:');
  const width = Math.max(...report.components.map((line) => line.name.length), 4);
  for (const line of report.components) {
    lines.push(`  ${mark[line.status]} ${line.name.padEnd(width)}  ${line.status.padEnd(8)} since ${clock(line.sinceUnixMs)} (${ago(now, line.sinceUnixMs)})${counters(line.counters)}`);
  }
  lines.push('');
  const link = report.link;
  if (link === undefined) lines.push('link: no uplink');
  else {
    const parts = [link.connected ? 'connected' : 'DOWN', `rtt ${link.rttMs} ms`, `last ack ${link.lastAckUnixMs === undefined ? 'never' : `${ago(now, link.lastAckUnixMs)} ago`}`, `drain ${link.drainS} s`, `reconnects ${link.reconnects}`];
    if (link.signalDbm !== undefined) parts.push(`signal ${link.signalDbm} dBm`);
    lines.push(`link: ${parts.join(', ')}`);
  }
  const outbox = report.outbox;
  if (outbox === undefined) lines.push('outbox: not open');
  else {
    lines.push(`outbox: ${outbox.records} records, ${bytes(outbox.bytes)}; dropped since open: ${outbox.drops.evicted} evicted, ${outbox.drops.expired} expired, ${outbox.drops.compacted} compacted${outbox.pendingInMemory > 0 ? `; ${outbox.pendingInMemory} waiting in memory (disk failing)` : ''}`);
    for (const entry of outbox.classes) {
      const oldest = entry.records === 0 ? '-' : duration(entry.oldestAgeS * 1000);
      lines.push(`  ${entry.class.padEnd(6)} ${String(entry.records).padStart(8)} records ${bytes(entry.bytes).padStart(9)}  oldest ${oldest.padEnd(7)}  dropped ${drops(entry.drops)}`);
    }
  }
  const time = report.time;
  lines.push(`time: ${time.source}${time.gpsLocked === undefined ? '' : time.gpsLocked ? ', gps locked' : ', gps not locked'}${time.offsetMs === undefined ? '' : `, gps - system ${time.offsetMs} ms`}`);
  return `${lines.join('\n')}\n`;
}

function drops(counts: { evicted: number; expired: number; compacted: number }): string {
  const parts = Object.entries(counts).filter(([, count]) => count > 0).map(([reason, count]) => `${count} ${reason}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

function counters(values: Record<string, number> | undefined): string {
  if (values === undefined) return '';
  const entries = Object.entries(values).filter(([, value]) => value !== 0);
  return entries.length === 0 ? '' : `  ${entries.map(([key, value]) => `${key}=${value}`).join(' ')}`;
}

function clock(unixMs: number): string {
  return new Date(unixMs).toISOString().replace('T', ' ').slice(0, 19);
}

function ago(now: number, then: number): string {
  return duration(Math.max(0, now - then));
}

/** 3d4h, 2h5m, 4m10s, 12s. */
export function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${s % 60}s`;
  if (s < 86400) return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
  return `${Math.floor(s / 86400)}d${Math.floor((s % 86400) / 3600)}h`;
}

function bytes(count: number): string {
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(1)} KiB`;
  return `${(count / 1024 / 1024).toFixed(1)} MiB`;
}
