import { OutpostError } from '../../kernel/errors.js';

export type LineProblem = 'busy' | 'missing-line' | 'missing-chip' | 'permission' | 'out-of-range' | 'failed';

export interface LineContext {
  subject: string;
  chip: string;
  line?: number | string;
  /** Line names on the chip, for "did you mean". */
  names?: readonly string[];
  /** Chips on the board (`gpiochip0 [pinctrl-bcm2711]`), when the chip was not found. */
  chips?: readonly string[];
  /** Who holds a busy line, as the kernel reports it. */
  consumer?: string;
  /** Lines on the chip, for out-of-range offsets. */
  lineCount?: number;
  /** The underlying tool or system message. */
  detail?: string;
  cause?: unknown;
}

const PERMISSION_HINT =
  "add the agent's user to the gpio group (sudo usermod -aG gpio outpost), install deploy/udev/60-outpost-gpio.rules (sudo cp deploy/udev/*.rules /etc/udev/rules.d/ && sudo udevadm trigger), then restart the service";

/** The error a technician reads when a line cannot be opened: chip, line, and the likely fix. */
export function lineOpenError(problem: LineProblem, context: LineContext): OutpostError {
  const line = context.line === undefined ? '' : `line ${String(context.line)} on `;
  const detail = context.detail === undefined ? '' : ` (${context.detail})`;
  const base = { subject: context.subject, cause: context.cause };
  switch (problem) {
    case 'busy':
      return new OutpostError(`GPIO ${line}${context.chip} is busy${context.consumer ? `, held by "${context.consumer}"` : ''}${detail}`, {
        ...base,
        code: 'gpio.busy',
        retryable: true,
        hint: `another program or a kernel driver holds it: see gpioinfo ${context.chip}; stop that program, or remove the dtoverlay that claims the pin (w1-gpio, a HAT driver) from /boot/firmware/config.txt`,
      });
    case 'missing-line': {
      const guesses = suggest(String(context.line ?? ''), context.names ?? []);
      const hint =
        guesses.length > 0
          ? `did you mean ${guesses.join(' or ')}? (names as gpioinfo ${context.chip} lists them)`
          : `line names come from the device tree: list them with gpioinfo ${context.chip}, or give the offset as a number`;
      return new OutpostError(`${context.chip} has no line named ${String(context.line)}`, { ...base, code: 'gpio.no-such-line', hint });
    }
    case 'out-of-range':
      return new OutpostError(`${context.chip} has no line ${String(context.line)}${context.lineCount === undefined ? '' : `: it has lines 0..${context.lineCount - 1}`}`, {
        ...base,
        code: 'gpio.no-such-line',
        hint: 'check the offset against gpioinfo; on kernels >= 6.6 sysfs numbers are offset by the chip base (512 or 571 on a Pi) but chardev offsets are not: GPIO17 is offset 17',
      });
    case 'missing-chip':
      return new OutpostError(`GPIO chip ${context.chip} not found${detail}`, {
        ...base,
        code: 'gpio.no-such-chip',
        retryable: true,
        hint:
          (context.chips && context.chips.length > 0 ? `chips on this board: ${context.chips.join(', ')}. ` : 'no GPIO chips are visible (is /dev mounted, or is this a container?). ') +
          'A chip is named gpiochipN, /dev/gpiochipN or by its label: pinctrl-bcm2711 (Pi 4), pinctrl-rp1 (Pi 5)',
      });
    case 'permission':
      return new OutpostError(`permission denied opening GPIO ${line}${context.chip}${detail}`, { ...base, code: 'gpio.permission', hint: PERMISSION_HINT });
    case 'failed':
      return new OutpostError(`cannot open GPIO ${line}${context.chip}${detail}`, { ...base, code: 'gpio.failed', retryable: true, hint: `check the line with gpioinfo ${context.chip}` });
  }
}

/** Classifies an errno-style message (from a tool's stderr or a Node error) into a line problem. */
export function problemFromText(text: string): LineProblem {
  if (/busy|EBUSY/i.test(text)) return 'busy';
  if (/permission denied|EACCES|EPERM|operation not permitted/i.test(text)) return 'permission';
  if (/out of range|invalid argument|EINVAL/i.test(text)) return 'out-of-range';
  if (/cannot find line/i.test(text)) return 'missing-line';
  if (/cannot find GPIO chip|no such file|ENOENT|no such device|ENODEV/i.test(text)) return 'missing-chip';
  return 'failed';
}

/** The names nearest to what was asked (at most two edits), and those with the same digits (GPIO17 for "BCM17"). */
export function suggest(wanted: string, names: readonly string[]): string[] {
  const digits = wanted.replace(/\D/g, '');
  const scored = names
    .filter((name) => name !== '')
    .map((name) => ({ name, distance: editDistance(wanted.toLowerCase(), name.toLowerCase()) }))
    .filter(({ name, distance }) => distance <= 2 || (digits !== '' && name.replace(/\D/g, '') === digits && /[A-Za-z]/.test(name)));
  const best = Math.min(...scored.map(({ distance }) => distance));
  const close = scored.filter(({ name, distance }) => distance === best || name.replace(/\D/g, '') === digits);
  close.sort((a, b) => a.distance - b.distance);
  return [...new Set(close.map(({ name }) => name))].slice(0, 3);
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] as number;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}
