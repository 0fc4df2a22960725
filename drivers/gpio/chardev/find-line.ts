import { OutpostError } from '../../../kernel/errors.js';
import { silentLogger } from '../../../kernel/logger.js';
import { lineOpenError } from '../line-errors.js';
import { ChardevBackend } from './backend.js';
import type { GpiodTools } from './tools.js';

/** Finds which chip carries a named line, as gpiofind does (and 2.x gpioinfo NAME), for both tool versions. */
export async function chipOfLine(name: string, tools: GpiodTools, subject: string): Promise<string> {
  const probe = new ChardevBackend({ chip: 'gpiochip0', subject, log: silentLogger(), tools });
  const chips = await probe.chips();
  if (chips.length === 0) {
    throw new OutpostError(`no GPIO chips are visible, so line ${name} cannot be looked up`, {
      code: 'gpio.no-such-chip',
      subject,
      hint: 'gpiodetect lists none: is this the board itself (not a container without /dev/gpiochip*)? Does the kernel have GPIO support?',
    });
  }
  const names: string[] = [];
  for (const chip of chips) {
    const backend = new ChardevBackend({ chip: chip.name, subject, log: silentLogger(), tools });
    const lines = await backend.lines();
    if (lines.some((line) => line.name === name)) return chip.name;
    names.push(...lines.map((line) => line.name));
  }
  throw lineOpenError('missing-line', { subject, chip: chips.map((chip) => chip.name).join(', '), line: name, names });
}
