import { OutpostError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import type { GpioBackend, InputRequest, OutputRequest, RawInput, RawOutput } from '../backend.js';
import { lineOpenError, problemFromText } from '../line-errors.js';
import type { Level } from '../types.js';
import { HeldTool } from './held-tool.js';
import { parseGpiodetect, parseGpioget, parseGpioinfo, parseGpiomonLine, type ChipInfo, type LineInfo } from './parse.js';
import { GpiodTools } from './tools.js';

export interface ChardevOptions {
  /** As configured: `gpiochip0`, `/dev/gpiochip0`, or a label such as `pinctrl-rp1`. */
  chip: string;
  subject: string;
  log: Logger;
  tools?: GpiodTools;
  /** How long a tool may take to request its line (a loaded board can be slow to start it). */
  startTimeoutMs?: number;
}

/**
 * GPIO through the Linux character device, driven by the libgpiod tools: works on kernels
 * with no sysfs GPIO and on the Pi 5, where lines are addressed by chip and offset (or name),
 * never by the global numbers that moved to 512+ on kernel 6.6. One gpiomon per input line,
 * one gpioset per output line, each holding its line for as long as it runs.
 */
export class ChardevBackend implements GpioBackend {
  private readonly tools: GpiodTools;
  private resolved: ChipInfo | undefined;
  private readonly startTimeoutMs: number;

  constructor(private readonly options: ChardevOptions) {
    this.tools = options.tools ?? new GpiodTools();
    this.startTimeoutMs = options.startTimeoutMs ?? 5000;
  }

  get description(): string {
    return this.resolved === undefined ? this.options.chip : `${this.resolved.name} [${this.resolved.label}]`;
  }

  async probe(): Promise<void> {
    await this.chip();
  }

  /** The chips on the board, as gpiodetect lists them. */
  async chips(): Promise<ChipInfo[]> {
    const result = await this.tools.run('gpiodetect', []);
    if (result.code !== 0) {
      const text = result.stderr.trim();
      throw lineOpenError(problemFromText(text) === 'permission' ? 'permission' : 'missing-chip', { subject: this.options.subject, chip: this.options.chip, detail: text, chips: [] });
    }
    return parseGpiodetect(result.stdout);
  }

  async chip(): Promise<ChipInfo> {
    if (this.resolved !== undefined) return this.resolved;
    const wanted = this.options.chip.replace(/^\/dev\//, '');
    const chips = await this.chips();
    const found = chips.find((chip) => chip.name === wanted) ?? chips.find((chip) => chip.label === this.options.chip);
    if (found === undefined) {
      throw lineOpenError('missing-chip', { subject: this.options.subject, chip: this.options.chip, chips: chips.map((chip) => `${chip.name} [${chip.label}]`) });
    }
    this.resolved = found;
    return found;
  }

  async lines(): Promise<LineInfo[]> {
    const chip = await this.chip();
    const result = await this.tools.run('gpioinfo', await this.tools.infoArgs(chip.name));
    if (result.code !== 0) throw this.toolError(result.stderr, undefined);
    return parseGpioinfo(result.stdout);
  }

  /** The chip offset of a configured line: a number, digits, or a name from gpioinfo. */
  async offsetOf(line: number | string): Promise<number> {
    const chip = await this.chip();
    const numeric = typeof line === 'number' ? line : /^\d+$/.test(line) ? Number(line) : undefined;
    if (numeric !== undefined) {
      if (numeric >= chip.lines) throw lineOpenError('out-of-range', { subject: this.options.subject, chip: this.description, line: numeric, lineCount: chip.lines });
      return numeric;
    }
    const lines = await this.lines();
    const found = lines.find((info) => info.name === line);
    if (found === undefined) throw lineOpenError('missing-line', { subject: this.options.subject, chip: this.description, line, names: lines.map((info) => info.name) });
    return found.offset;
  }

  async openInput(request: InputRequest): Promise<RawInput> {
    const chip = await this.chip();
    const offset = await this.offsetOf(request.line);
    const got = await this.tools.run('gpioget', await this.tools.getArgs(chip.name, offset, request.bias));
    let level = got.code === 0 ? parseGpioget(got.stdout) : undefined;
    if (level === undefined) throw await this.lineError(got.stderr || got.stdout, request.line, offset);
    const monitor = new HeldTool(this.tools.start('gpiomon', await this.tools.monitorArgs(chip.name, offset, request.bias)), (text) => {
      const event = parseGpiomonLine(text);
      if (event === undefined) return;
      level = event.physical;
      request.onChange(event.physical, event.timeMs);
    });
    try {
      await monitor.whenHolding(await this.readySign(/Monitoring line/, offset, 'gpiomon'), this.startTimeoutMs);
    } catch (error) {
      throw await this.lineError(error instanceof Error ? error.message : String(error), request.line, offset);
    }
    void monitor.exited.then(async () => {
      if (monitor.stopped) return;
      request.onLost(await this.lineError(monitor.errorText || 'gpiomon exited', request.line, offset));
    });
    return {
      read: async () => level as Level,
      close: () => monitor.stop(),
    };
  }

  async openOutput(request: OutputRequest): Promise<RawOutput> {
    const chip = await this.chip();
    const offset = await this.offsetOf(request.line);
    let holder = await this.hold(chip, offset, request.line, request.initial);
    return {
      // The 1.x tools cannot change a held value, so a new gpioset replaces the old one; the
      // line is released for the few milliseconds in between (see README: relays and glitches).
      write: async (physical) => {
        await holder.stop();
        holder = await this.hold(chip, offset, request.line, physical);
      },
      close: () => holder.stop(),
    };
  }

  private async hold(chip: ChipInfo, offset: number, line: number | string, level: Level): Promise<HeldTool> {
    const holder = new HeldTool(this.tools.start('gpioset', await this.tools.holdArgs(chip.name, offset, level)), () => undefined);
    try {
      await holder.whenHolding(await this.readySign(/Setting line/, offset, 'gpioset'), this.startTimeoutMs);
    } catch (error) {
      throw await this.lineError(error instanceof Error ? error.message : String(error), line, offset);
    }
    return holder;
  }

  /**
   * How to know a tool has requested its line: 2.x prints a banner once it has; 1.x prints
   * nothing, so we ask the kernel (gpioinfo) until the line shows the tool as its consumer.
   */
  private async readySign(banner: RegExp, offset: number, consumer: string): Promise<RegExp | (() => Promise<boolean>)> {
    if ((await this.tools.version()) >= 2) return banner;
    return async () => (await this.lines()).find((info) => info.offset === offset)?.consumer === consumer;
  }

  /** Turns a tool's complaint into the technician's error, naming who holds a busy line. */
  private async lineError(text: string, line: number | string, offset: number): Promise<OutpostError> {
    const problem = problemFromText(text);
    let consumer: string | undefined;
    if (problem === 'busy') {
      consumer = (await this.lines().catch(() => [])).find((info) => info.offset === offset)?.consumer;
    }
    return lineOpenError(problem === 'missing-chip' ? 'failed' : problem, {
      subject: this.options.subject,
      chip: this.description,
      line,
      detail: text.trim().split('\n')[0],
      ...(consumer === undefined ? {} : { consumer }),
    });
  }

  private toolError(stderr: string, line: number | string | undefined): OutpostError {
    return lineOpenError(problemFromText(stderr), { subject: this.options.subject, chip: this.description, ...(line === undefined ? {} : { line }), detail: stderr.trim().split('\n')[0] });
  }
}
