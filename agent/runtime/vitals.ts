import { readdirSync, readFileSync, statfsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as os from 'node:os';

/**
 * The board's own figures for Health: CPU temperature, memory, disk on the outbox's
 * filesystem, uptime, load. Each reader returns undefined rather than throwing when the
 * board does not offer the figure (no thermal zone in a VM, say).
 */
export interface BoardVitals {
  cpuTemperatureC?: number;
  memoryUsedBytes: number;
  memoryTotalBytes: number;
  diskFreeBytes?: number;
  diskTotalBytes?: number;
  uptimeS: number;
  loadAverage1m: number;
  agentRssBytes: number;
}

export interface VitalsSources {
  /** Root of /sys (a fake tree in tests). */
  sysRoot?: string;
  /** Root of /proc. */
  procRoot?: string;
}

/** CPU temperature from the thermal zone that names the CPU (cpu-thermal on a Pi, x86_pkg_temp on a PC), else the first zone. */
export function readCpuTemperature(sysRoot = '/sys'): number | undefined {
  const base = join(sysRoot, 'class', 'thermal');
  let zones: string[];
  try {
    zones = readdirSync(base).filter((name) => name.startsWith('thermal_zone')).sort();
  } catch {
    return undefined;
  }
  const read = (zone: string, file: string): string | undefined => {
    try {
      return readFileSync(join(base, zone, file), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const preferred = zones.find((zone) => /cpu|soc|x86_pkg|package/i.test(read(zone, 'type') ?? '')) ?? zones[0];
  if (preferred === undefined) return undefined;
  const milli = Number(read(preferred, 'temp'));
  return Number.isFinite(milli) ? Math.round(milli / 100) / 10 : undefined;
}

/** Memory in use as the kernel sees it: MemTotal - MemAvailable (not "free", which counts cache as used). */
export function readMemory(procRoot = '/proc'): { used: number; total: number } {
  try {
    const text = readFileSync(join(procRoot, 'meminfo'), 'utf8');
    const field = (name: string): number | undefined => {
      const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
      return match ? Number(match[1]) * 1024 : undefined;
    };
    const total = field('MemTotal');
    const available = field('MemAvailable');
    if (total !== undefined && available !== undefined) return { used: total - available, total };
  } catch {
    // fall through to what Node offers
  }
  return { used: os.totalmem() - os.freemem(), total: os.totalmem() };
}

/** Free and total bytes of the filesystem holding `path` (the outbox file, which may not exist yet). */
export function readDisk(path: string): { free: number; total: number } | undefined {
  let dir = resolve(path);
  for (let i = 0; i < 64; i++) {
    try {
      const stats = statfsSync(dir);
      return { free: stats.bavail * stats.bsize, total: stats.blocks * stats.bsize };
    } catch {
      const parent = dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
  return undefined;
}

export function readBoardVitals(outboxPath: string, sources: VitalsSources = {}): BoardVitals {
  const memory = readMemory(sources.procRoot);
  const disk = readDisk(outboxPath);
  const vitals: BoardVitals = {
    memoryUsedBytes: memory.used,
    memoryTotalBytes: memory.total,
    uptimeS: Math.round(os.uptime()),
    loadAverage1m: os.loadavg()[0] ?? 0,
    agentRssBytes: process.memoryUsage.rss(),
  };
  const temperature = readCpuTemperature(sources.sysRoot);
  if (temperature !== undefined) vitals.cpuTemperatureC = temperature;
  if (disk !== undefined) {
    vitals.diskFreeBytes = disk.free;
    vitals.diskTotalBytes = disk.total;
  }
  return vitals;
}
