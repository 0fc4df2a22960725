import type { Command } from 'commander';
import { OutpostError } from '../../errors.js';
import { silentLogger } from '../../log/logger.js';
import { parseDuration } from '../../config/units.js';
import { ChardevBackend } from '../../../drivers/gpio/chardev/backend.js';
import { GpiodTools } from '../../../drivers/gpio/chardev/tools.js';
import { GpioLines } from '../../../drivers/gpio/chip.js';
import type { GpioBackend } from '../../../drivers/gpio/backend.js';
import { lineOpenError } from '../../../drivers/gpio/line-errors.js';
import { SysfsBackend } from '../../../drivers/gpio/sysfs/backend.js';
import type { Edge, InputLineOptions } from '../../../drivers/gpio/types.js';
import { UsageError, orderedWriter, write } from '../io.js';
import type { CliCommand, CliContext } from '../program.js';
import { commandGroup } from './groups.js';

interface ProbeGpioOptions {
  watch?: boolean;
  backend: string;
  activeLow?: boolean;
  bias: string;
  debounce: string;
  edges: string;
}

/** `gpiochip0:17`, `pinctrl-rp1:GPIO17`, or a bare line name found on any chip. */
export function parseGpioTarget(target: string): { chip: string | undefined; line: number | string } {
  const colon = target.lastIndexOf(':');
  if (colon <= 0) return { chip: undefined, line: /^\d+$/.test(target) ? Number(target) : target };
  const chip = target.slice(0, colon);
  const line = target.slice(colon + 1);
  if (line === '') throw new UsageError(`"${target}": expected CHIP:LINE (gpiochip0:17, pinctrl-rp1:GPIO17) or a line name (GPIO17)`);
  return { chip, line: /^\d+$/.test(line) ? Number(line) : line };
}

/** Finds which chip carries a named line, as gpiofind does (and 2.x gpioinfo NAME), for both tool versions. */
async function chipOfName(name: string, tools: GpiodTools): Promise<string> {
  const probe = new ChardevBackend({ chip: 'gpiochip0', subject: 'probe gpio', log: silentLogger(), tools });
  const chips = await probe.chips();
  if (chips.length === 0) {
    throw new OutpostError(`no GPIO chips are visible, so line ${name} cannot be looked up`, {
      code: 'gpio.no-such-chip',
      subject: 'probe gpio',
      hint: 'gpiodetect lists none: is this the board itself (not a container without /dev/gpiochip*)? Does the kernel have GPIO support?',
    });
  }
  const names: string[] = [];
  for (const chip of chips) {
    const backend = new ChardevBackend({ chip: chip.name, subject: 'probe gpio', log: silentLogger(), tools });
    const lines = await backend.lines();
    if (lines.some((line) => line.name === name)) return chip.name;
    names.push(...lines.map((line) => line.name));
  }
  throw lineOpenError('missing-line', { subject: 'probe gpio', chip: chips.map((chip) => chip.name).join(', '), line: name, names });
}

function edgeLine(edge: Edge): string {
  const kind = edge.level === 1 ? 'rising ' : 'falling';
  return `${new Date().toISOString()}  ${kind}  level ${edge.level}  (kernel ${(edge.timeMs / 1000).toFixed(6)} s)\n`;
}

/**
 * `outpost probe gpio CHIP:LINE|NAME [--watch]`: a line's level now and, with --watch, its
 * edges live until Ctrl-C. Uses the same backends, active-low and debounce as the agent, so
 * what it shows is what a sensor would see. Exits 1 when the line is missing, busy or denied.
 */
export const probeGpioCommand: CliCommand = {
  register(program: Command, context: CliContext) {
    commandGroup(program, 'probe')
      .command('gpio')
      .description('show a GPIO line\'s level and, with --watch, its edges with timestamps until Ctrl-C')
      .argument('<line>', 'CHIP:LINE (gpiochip0:17, pinctrl-rp1:GPIO17) or a line name (GPIO17)')
      .option('-w, --watch', 'keep printing edges until Ctrl-C')
      .option('--backend <name>', 'chardev or sysfs', 'chardev')
      .option('--active-low', 'the line is active when low (beam receivers, most contacts)')
      .option('--bias <bias>', 'as-is, pull-up, pull-down or disable (chardev only)', 'as-is')
      .option('--debounce <duration>', 'drop edges closer than this, as a sensor would', '0ms')
      .option('--edges <kind>', 'both, rising or falling', 'both')
      .action(async (target: string, options: ProbeGpioOptions) => {
        if (!['chardev', 'sysfs'].includes(options.backend)) throw new UsageError(`--backend: expected chardev or sysfs, found "${options.backend}"`);
        if (!['as-is', 'pull-up', 'pull-down', 'disable'].includes(options.bias)) throw new UsageError(`--bias: expected as-is, pull-up, pull-down or disable, found "${options.bias}"`);
        if (!['both', 'rising', 'falling'].includes(options.edges)) throw new UsageError(`--edges: expected both, rising or falling, found "${options.edges}"`);
        let debounceMs: number;
        try {
          debounceMs = parseDuration(options.debounce);
        } catch (error) {
          throw new UsageError(`--debounce: ${(error as Error).message}`);
        }
        const parsed = parseGpioTarget(target);
        const tools = new GpiodTools();
        let chip = parsed.chip;
        if (chip === undefined) {
          if (typeof parsed.line === 'number' || options.backend === 'sysfs') throw new UsageError(`"${target}": give the chip too, e.g. gpiochip0:${String(parsed.line)}`);
          chip = await chipOfName(parsed.line, tools);
        }
        const subject = `gpio ${chip}:${String(parsed.line)}`;
        const backend: GpioBackend =
          options.backend === 'sysfs' ? new SysfsBackend({ chip, subject, log: silentLogger() }) : new ChardevBackend({ chip, subject, log: silentLogger(), tools });
        await backend.probe();
        const lines = new GpioLines(backend, { name: subject, log: silentLogger() });
        const input = lines.input({
          line: parsed.line,
          edges: options.edges as InputLineOptions['edges'],
          bias: options.bias as NonNullable<InputLineOptions['bias']>,
          activeLow: options.activeLow === true,
          debounceMs,
        });
        const printing = orderedWriter(context.io.stdout);
        input.onEdge((edge) => printing.print(edgeLine(edge)));
        try {
          await input.start();
          const health = input.health();
          if (health.status !== 'ok') throw new OutpostError(health.message ?? 'the line could not be opened', { code: 'gpio.open-failed', subject });
          const level = await input.read();
          await write(context.io.stdout, `${backend.description} line ${String(parsed.line)}: ${level} (${level === 1 ? 'active' : 'inactive'}${options.activeLow === true ? ', active-low' : ''})\n`);
          if (options.watch !== true) return;
          await write(context.io.stderr, `watching ${options.edges} edges; Ctrl-C to stop\n`);
          await new Promise<void>((resolve) => {
            const stop = (): void => {
              process.off('SIGINT', stop);
              process.off('SIGTERM', stop);
              resolve();
            };
            process.once('SIGINT', stop);
            process.once('SIGTERM', stop);
          });
        } finally {
          await lines.stop();
          await printing.flushed();
        }
      });
  },
};
