import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ on Linux: /proc's utime and stime count in these. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  parent: number;
  name: string;
  cpuS: number;
}

function stat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    return { pid, parent: Number(fields[1]), name: text.slice(text.indexOf('(') + 1, close), cpuS: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return undefined; // gone between the listing and the read
  }
}

/**
 * CPU seconds used so far by every living descendant of `root` (not `root` itself), summed by
 * process name (`postgres`, `mosquitto`, `node`): what each peer of a bench costs on the same
 * cores, read from /proc. Processes that exit in between are not counted.
 */
export function descendantCpu(root = process.pid): Map<string, number> {
  const all = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map((name) => stat(Number(name))).filter((entry): entry is ProcStat => entry !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const entry of all) children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  const totals = new Map<string, number>();
  const walk = (pid: number): void => {
    for (const child of children.get(pid) ?? []) {
      totals.set(child.name, (totals.get(child.name) ?? 0) + child.cpuS);
      walk(child.pid);
    }
  };
  walk(root);
  return totals;
}

/** CPU seconds of this process (user + system). */
export function ownCpu(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
