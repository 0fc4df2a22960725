import type { Level } from '../types.js';

/**
 * Parsers for the libgpiod command-line tools' output, 1.x (Debian 12, Raspberry Pi OS
 * Bookworm: 1.6.3) and 2.x (Debian 13 and later). Formats as the tools print them by default;
 * test/fixtures/gpio holds recorded transcripts of both.
 */

export interface ChipInfo {
  /** `gpiochip0` */
  name: string;
  /** `pinctrl-bcm2711`, `pinctrl-rp1` */
  label: string;
  lines: number;
}

export interface LineInfo {
  offset: number;
  /** Empty when the line is unnamed. */
  name: string;
  direction: 'input' | 'output';
  /** Who holds the line (the kernel's consumer label), if anyone. */
  consumer: string | undefined;
  activeLow: boolean;
}

export interface EdgeEvent {
  physical: Level;
  timeMs: number;
}

/** `gpioinfo (libgpiod) v1.6.3` → 1; v2.1 → 2. */
export function parseMajorVersion(text: string): number | undefined {
  const match = /libgpiod\)?\s+v?(\d+)\.(\d+)/.exec(text);
  return match === null ? undefined : Number(match[1]);
}

/** gpiodetect, same in 1.x and 2.x: `gpiochip0 [pinctrl-bcm2711] (58 lines)`. */
export function parseGpiodetect(text: string): ChipInfo[] {
  const chips: ChipInfo[] = [];
  for (const line of text.split('\n')) {
    const match = /^(\S+)\s+\[([^\]]*)\]\s+\((\d+) lines?\)/.exec(line.trim());
    if (match !== null) chips.push({ name: match[1] as string, label: match[2] as string, lines: Number(match[3]) });
  }
  return chips;
}

const V1_LINE = /^line\s+(\d+):\s+("([^"]*)"|unnamed)\s+("([^"]*)"|unused)\s+(input|output)\s+(active-high|active-low)/;
const V2_LINE = /^line\s+(\d+):\s+("([^"]*)"|unnamed)\s+(input|output)\b(.*)$/;

/**
 * gpioinfo for one chip.
 * 1.x: `	line  17:     "GPIO17"       unused   input  active-high `
 *      `	line  42: "STATUS_LED_G_CLK" "led0" output active-high [used]`
 * 2.x: `	line  17:	"GPIO17"        	input`
 *      `	line  44:	"RP1_STAT_LED"  	output active-low consumer="PWR"`
 */
export function parseGpioinfo(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const v1 = V1_LINE.exec(line);
    if (v1 !== null) {
      lines.push({
        offset: Number(v1[1]),
        name: v1[3] ?? '',
        consumer: v1[4] === 'unused' ? undefined : (v1[5] ?? ''),
        direction: v1[6] as 'input' | 'output',
        activeLow: v1[7] === 'active-low',
      });
      continue;
    }
    const v2 = V2_LINE.exec(line);
    if (v2 !== null) {
      const attributes = v2[5] ?? '';
      const consumer = /consumer="([^"]*)"/.exec(attributes) ?? /consumer=(\S+)/.exec(attributes);
      lines.push({
        offset: Number(v2[1]),
        name: v2[3] ?? '',
        direction: v2[4] as 'input' | 'output',
        consumer: consumer === null ? (/\bused\b/.test(attributes) ? '' : undefined) : consumer[1],
        activeLow: /\bactive-low\b/.test(attributes),
      });
    }
  }
  return lines;
}

/**
 * One gpiomon event line.
 * 1.x: `event:  RISING EDGE offset: 17 timestamp: [    8235.716236211]`
 * 2.x: `8235.716236211	rising	gpiochip0 17 "GPIO17"`
 * Timestamps are the kernel's (CLOCK_MONOTONIC by default), converted to ms.
 */
export function parseGpiomonLine(text: string): EdgeEvent | undefined {
  const v1 = /event:\s+(RISING|FALLING) EDGE\s+offset:\s*\d+\s+timestamp:\s*\[\s*(\d+)\.(\d+)\]/.exec(text);
  if (v1 !== null) return { physical: v1[1] === 'RISING' ? 1 : 0, timeMs: toMs(v1[2] as string, v1[3] as string) };
  const v2 = /^\s*(\d+)\.(\d+)\s+(rising|falling)\b/.exec(text);
  if (v2 !== null) return { physical: v2[3] === 'rising' ? 1 : 0, timeMs: toMs(v2[1] as string, v2[2] as string) };
  return undefined;
}

/** gpioget: 1.x prints `1`; 2.x prints `"17"=active` (or `17=inactive`, or `1` with --numeric). Physical levels: we never pass --active-low. */
export function parseGpioget(text: string): Level | undefined {
  const named = /=(active|inactive)\b/.exec(text);
  if (named !== null) return named[1] === 'active' ? 1 : 0;
  const bare = /^\s*([01])\s*$/m.exec(text);
  return bare === null ? undefined : (Number(bare[1]) as Level);
}

function toMs(seconds: string, fraction: string): number {
  const nanos = Number(fraction.padEnd(9, '0').slice(0, 9));
  return Number(seconds) * 1000 + nanos / 1e6;
}
