import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the gpio-sim module (built and loaded by npm run test:kernel) takes its chips. */
export const GPIO_SIM_CONFIG = '/sys/kernel/config/gpio-sim';

/** Why the kernel GPIO tests cannot run in this process, or undefined inside the kernel VM with gpio-sim loaded. */
export function gpioSimMissing(): string | undefined {
  if (existsSync(GPIO_SIM_CONFIG)) return undefined;
  if (process.env.OUTPOST_KERNEL_VM !== '1') return 'not inside the kernel VM: these tests run on a real kernel with gpio-sim through npm run test:kernel';
  return `${GPIO_SIM_CONFIG} is missing: gpio-sim.ko did not build or load (npm run test:kernel prints why)`;
}

export type Pull = 'pull-up' | 'pull-down';

/**
 * One simulated chip made through configfs: a real /dev/gpiochipN served by the kernel's gpiolib,
 * whose input levels a test drives by writing each line's pull, and whose output levels it reads
 * back from the line's value attribute.
 */
export class SimChip {
  private constructor(
    private readonly dir: string,
    readonly label: string,
    /** gpiochipN, the character device's name. */
    readonly chipName: string,
    private readonly attributes: string,
  ) {}

  /** Makes a live chip with one bank of `lineNames.length` named lines. */
  static create(label: string, lineNames: readonly string[]): SimChip {
    const dir = join(GPIO_SIM_CONFIG, `${label}-${process.pid}-${Date.now()}`);
    const bank = join(dir, 'bank0');
    mkdirSync(dir);
    mkdirSync(bank);
    writeFileSync(join(bank, 'label'), label);
    writeFileSync(join(bank, 'num_lines'), String(lineNames.length));
    lineNames.forEach((name, offset) => {
      mkdirSync(join(bank, `line${offset}`));
      writeFileSync(join(bank, `line${offset}`, 'name'), name);
    });
    writeFileSync(join(dir, 'live'), '1');
    const device = readFileSync(join(dir, 'dev_name'), 'utf8').trim();
    const chipName = readFileSync(join(bank, 'chip_name'), 'utf8').trim();
    return new SimChip(dir, label, chipName, join('/sys/devices/platform', device, chipName));
  }

  /** Drives an input line from outside, as a sensor's contact would. */
  setPull(offset: number, pull: Pull): void {
    writeFileSync(join(this.attributes, `sim_gpio${offset}`, 'pull'), pull);
  }

  /** The physical level the line shows: an output's driven value, or an input's pull. */
  value(offset: number): 0 | 1 {
    return readFileSync(join(this.attributes, `sim_gpio${offset}`, 'value'), 'utf8').trim() === '1' ? 1 : 0;
  }

  /** The chip's base in the global numbering, for the sysfs interface. */
  sysfsBase(): number {
    for (const entry of readdirSync('/sys/class/gpio').filter((name) => name.startsWith('gpiochip'))) {
      if (readFileSync(join('/sys/class/gpio', entry, 'label'), 'utf8').trim() === this.label) return Number(readFileSync(join('/sys/class/gpio', entry, 'base'), 'utf8'));
    }
    throw new Error(`chip ${this.label} is not in /sys/class/gpio`);
  }

  /** Takes the chip away, as an unplugged expander would be; its /dev/gpiochipN disappears. */
  remove(): void {
    if (!existsSync(this.dir)) return;
    writeFileSync(join(this.dir, 'live'), '0');
    const bank = join(this.dir, 'bank0');
    for (const line of readdirSync(bank).filter((name) => /^line\d+$/.test(name))) rmdirSync(join(bank, line));
    rmdirSync(bank);
    rmdirSync(this.dir);
  }
}
