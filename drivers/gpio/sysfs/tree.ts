import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SysfsChip {
  /** The sysfs directory name: `gpiochip512` on kernel 6.6 (named after the base, not the chardev number). */
  dir: string;
  base: number;
  ngpio: number;
  label: string;
  /** The character-device name of the same chip (`gpiochip0`), where sysfs shows it. */
  chardev: string | undefined;
}

/** The chips the sysfs tree lists, with their base numbers (never assumed: 0 on old kernels, 512 or 571 on Pi kernels >= 6.6). */
export function sysfsChips(root: string): SysfsChip[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => /^gpiochip\d+$/.test(name))
    .map((dir) => {
      const read = (file: string) => readFileSync(join(root, dir, file), 'utf8').trim();
      let chardev: string | undefined;
      try {
        chardev = readdirSync(join(root, dir, 'device')).find((entry) => /^gpiochip\d+$/.test(entry));
      } catch {
        chardev = undefined;
      }
      return { dir, base: Number(read('base')), ngpio: Number(read('ngpio')), label: read('label'), chardev };
    })
    .sort((a, b) => a.base - b.base);
}

/** A configured chip (label, chardev name or sysfs directory name) in the tree. */
export function findSysfsChip(chips: readonly SysfsChip[], wanted: string): SysfsChip | undefined {
  const name = wanted.replace(/^\/dev\//, '');
  return chips.find((chip) => chip.label === wanted) ?? chips.find((chip) => chip.chardev === name) ?? chips.find((chip) => chip.dir === name);
}
