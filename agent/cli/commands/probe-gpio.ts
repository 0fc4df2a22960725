import type { Command } from 'commander';
import { OutpostError } from '../../../kernel/errors.js';
import { silentLogger } from '../../../kernel/logger.js';
import { chipOfLine } from '../../../drivers/gpio/chardev/find-line.js';
import { GpiodTools } from '../../../drivers/gpio/chardev/tools.js';
import { gpioBackend, gpioChip } from '../../../drivers/gpio/factory.js';
import type { Edge, InputLineOptions } from '../../../drivers/gpio/types.js';
import { UsageError, orderedWriter, write } from '../io.js';
import { stopSignal } from '../../../kernel/stop-signal.js';
import { durationOption } from '../options.js';
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
        const debounceMs = durationOption('--debounce', options.debounce);
        const parsed = parseGpioTarget(target);
        const tools = new GpiodTools();
        let chip = parsed.chip;
        if (chip === undefined) {
          if (typeof parsed.line === 'number' || options.backend === 'sysfs') throw new UsageError(`"${target}": give the chip too, e.g. gpiochip0:${String(parsed.line)}`);
          chip = await chipOfLine(parsed.line, tools, 'probe gpio');
        }
        const subject = `gpio ${chip}:${String(parsed.line)}`;
        const backend = gpioBackend(options.backend === 'sysfs' ? 'sysfs' : 'chardev', { chip, subject, log: silentLogger(), tools });
        await backend.probe();
        const lines = gpioChip(backend, { name: subject, log: silentLogger() });
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
          await stopSignal().signalled;
        } finally {
          await lines.stop();
          await printing.flushed();
        }
      });
  },
};
