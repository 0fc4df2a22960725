import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { onCleanup } from '../support/cleanup.js';

/** Why the kernel CAN tests cannot run here, or undefined when this kernel has CAN_RAW and vcan (inside the kernel VM). */
export function kernelCanMissing(): string | undefined {
  const protocols = existsSync('/proc/net/protocols') ? readFileSync('/proc/net/protocols', 'utf8') : '';
  if (/^CAN_RAW\b/m.test(protocols) && existsSync('/sys/module/vcan')) return undefined;
  if (process.env.OUTPOST_KERNEL_VM !== '1') return 'not inside the kernel VM: these tests run on a real kernel with vcan and vxcan through npm run test:kernel';
  return 'the kernel VM has no CAN_RAW or vcan module loaded (npm run test:kernel loads can_raw, vcan and vxcan)';
}

export function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Interface names are at most 15 bytes: a prefix and this process's id keep parallel test files apart. */
export function interfaceName(prefix: string): string {
  return `${prefix}${process.pid % 100_000}`;
}

/** Adds a vcan interface of this test's own (so taking it down disturbs no other test), up, removed at exit. */
export function addVcan(name: string): string {
  ip('link', 'add', 'dev', name, 'type', 'vcan');
  onCleanup(() => execFileSync('ip', ['link', 'del', name], { stdio: 'ignore' }));
  ip('link', 'set', name, 'up');
  return name;
}

/** Adds a vxcan pair (a CAN "cable" between two interfaces), both up; removed at exit. */
export function addVxcanPair(a: string, b: string): [string, string] {
  ip('link', 'add', a, 'type', 'vxcan', 'peer', 'name', b);
  onCleanup(() => execFileSync('ip', ['link', 'del', a], { stdio: 'ignore' }));
  ip('link', 'set', a, 'up');
  ip('link', 'set', b, 'up');
  return [a, b];
}
