import { OutpostError, describeError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import { LineSplitter } from '../../../kernel/line-splitter.js';
import { Reconnector } from '../../../kernel/reconnector.js';
import { HealthState, type ComponentHealthReport } from '../../../kernel/component.js';
import type { ByteLink, LinkState } from '../../serial/types.js';
import { describeErrorFrame } from '../error-frame.js';
import { checkOutgoing, type OutgoingFrame } from '../frame.js';
import { FrameListeners } from '../listeners.js';
import type { CanBus, CanFilter, CanFrame } from '../types.js';
import { BELL, CR, bitrateCommand, bitrateCodes, decodeFrame, describeStatus, encodeFrame, statusErrorFrame } from './codec.js';
import { ReplyQueue } from './replies.js';

export interface SlcanOptions {
  /** Component name, e.g. `bus:can-mast`. */
  name: string;
  bitrate: number;
  /** Custom bit timing (`sxxyy`, SJA1000 BTR0/BTR1 in hex) instead of a standard `Sn` bitrate. */
  btr?: string;
  log: Logger;
  /** How often the adapter's status flags (`F`) are read while open; 0 = never. */
  statusIntervalMs?: number;
  replyTimeoutMs?: number;
  /** Retry delays after the adapter refused to open (wrong bitrate, not an SLCAN device). */
  retry?: { minMs: number; maxMs: number };
  now?: () => number;
}

/** Longest line an adapter sends (`T` + 8 + 1 + 16 + 4-digit timestamp); more without CR is noise. */
const MAX_LINE = 32;

/**
 * A CAN bus through an SLCAN adapter on a ByteLink. The link reopens the port by itself after an
 * unplug; each time it comes back this bus runs the open sequence again (`C`, `Sn`, `O`), since
 * a replugged adapter has forgotten its bitrate and is closed.
 */
export class SlcanBus implements CanBus {
  readonly contract = 'CanBus';
  readonly name: string;
  private readonly log: Logger;
  private readonly now: () => number;
  private readonly state: HealthState;
  private readonly listeners: FrameListeners;
  private readonly replies: ReplyQueue;
  private readonly reconnector: Reconnector<true>;
  private readonly counters = { frames_rx: 0, frames_tx: 0, bad_lines: 0, tx_refused: 0, error_frames: 0, reopens: 0 };
  /** Replies end with CR, refusals are a BELL; some adapters add an LF, which means nothing. */
  private readonly lines = new LineSplitter({
    maxLength: MAX_LINE,
    ends: [CR, BELL],
    ignored: [0x0a],
    onLine: (line, end) => this.receive(line, end),
    onOverlong: () => (this.counters.bad_lines += 1),
  });
  private everOpen = false;
  private statusTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void)[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly link: ByteLink,
    private readonly options: SlcanOptions,
  ) {
    if (options.btr !== undefined && !/^[0-9A-Fa-f]{4}$/.test(options.btr)) {
      throw new OutpostError(`custom bit timing must be 4 hex digits (BTR0 BTR1), got "${options.btr}"`, { code: 'config.invalid', subject: options.name });
    }
    if (options.btr === undefined && bitrateCommand(options.bitrate) === undefined) {
      throw new OutpostError(`SLCAN adapters take a standard bit rate, got ${options.bitrate}`, {
        code: 'config.invalid',
        subject: options.name,
        hint: `use one of ${[...bitrateCodes.keys()].join(', ')}`,
      });
    }
    this.name = options.name;
    this.log = options.log;
    this.now = options.now ?? Date.now;
    this.state = new HealthState(this.now);
    this.listeners = new FrameListeners((error) => this.log.error({ err: error }, 'a frame listener threw'));
    this.replies = new ReplyQueue(this.name, 16, options.replyTimeoutMs ?? 1000);
    // The adapter is "open" once it took C, the bitrate and O; the link under it reconnects by itself.
    this.reconnector = new Reconnector<true>({
      subject: this.name,
      log: this.log,
      health: this.state,
      now: this.now,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      open: () => this.runOpenSequence(),
      close: () => this.closeAdapter(),
      ready: () => this.link.state === 'open',
      faultMessage: (error) => error.message,
      onOpen: () => {
        this.everOpen = true;
        this.log.info({ timing: this.timing(), port: this.link.description }, 'SLCAN adapter open');
        const every = this.options.statusIntervalMs ?? 5000;
        clearInterval(this.statusTimer);
        if (every > 0) this.statusTimer = setInterval(() => void this.readStatus(), every);
      },
    });
  }

  private get open(): boolean {
    return this.reconnector.handle !== undefined;
  }

  async start(): Promise<void> {
    if (this.reconnector.isRunning) return;
    this.reconnector.startWaiting(`waiting for the adapter on ${this.link.description}`);
    this.unsubscribe = [this.link.onData((chunk) => this.lines.push(chunk)), this.link.onState((state, error) => this.linkChanged(state, error))];
    await this.link.start();
    if (this.link.state === 'open') await this.reconnector.resume();
  }

  async stop(): Promise<void> {
    if (!this.reconnector.isRunning) return;
    clearInterval(this.statusTimer);
    await this.reconnector.stop();
    await Promise.allSettled([...this.inFlight]);
    this.replies.failAll(new OutpostError('the bus was stopped', { code: 'can.stopped', subject: this.name }));
    for (const off of this.unsubscribe.splice(0)) off();
    await this.link.stop();
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    return this.state.snapshot(this.counters);
  }

  onFrame(listener: (frame: CanFrame) => void, filters?: readonly CanFilter[]): () => void {
    return this.listeners.add(listener, filters);
  }

  async send(frame: OutgoingFrame): Promise<void> {
    const length = checkOutgoing(frame, this.name);
    if (!this.open) {
      throw new OutpostError(`the adapter on ${this.link.description} is not open`, {
        code: 'can.not-open',
        subject: this.name,
        hint: 'check that it is plugged in; the bus reopens it by itself when it returns',
        retryable: true,
        disconnect: true,
      });
    }
    try {
      await this.track(this.command(encodeFrame(frame, length)));
      this.counters.frames_tx += 1;
    } catch (error) {
      if (error instanceof OutpostError && error.code === 'can.refused') {
        this.counters.tx_refused += 1;
        throw new OutpostError(`the adapter refused to send frame ${frame.id.toString(16)}`, {
          code: 'can.tx-refused',
          subject: this.name,
          hint: 'its transmit buffer is full or it is bus-off: check termination (120 ohm at both ends), wiring and that every node uses the same bitrate',
          retryable: true,
          cause: error,
        });
      }
      throw error;
    }
  }

  private command(text: string): Promise<string> {
    return this.replies.request(text, () => this.link.write(`${text}\r`));
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const forget = (): boolean => this.inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Leaves the adapter closed, as a technician's next tool (slcand, python-can) expects; nothing to say to it when its port is gone. */
  private async closeAdapter(): Promise<void> {
    clearInterval(this.statusTimer);
    await Promise.allSettled([...this.inFlight]);
    if (this.link.state === 'open') await this.command('C').catch(() => undefined);
  }

  private async runOpenSequence(): Promise<true> {
    const bitrate = this.options.btr === undefined ? (bitrateCommand(this.options.bitrate) as string) : `s${this.options.btr.toUpperCase()}`;
    try {
      // An adapter left open by another program refuses S with BELL: close it first, whatever it says.
      await this.command('C').catch((error: unknown) => {
        if (error instanceof OutpostError && error.code === 'can.refused') return '';
        throw error;
      });
      await this.command(bitrate);
      await this.command('O');
    } catch (error) {
      const refused = error instanceof OutpostError && error.code === 'can.refused';
      throw new OutpostError(
        refused
          ? `the adapter on ${this.link.description} refused to open at ${this.timing()}; check that it supports this bitrate and that no other program (slcand) holds it`
          : `the device on ${this.link.description} does not answer SLCAN commands (${describeError(error)})`,
        { code: refused ? 'can.refused' : 'can.no-answer', subject: this.name, cause: error, retryable: true },
      );
    }
    return true;
  }

  private timing(): string {
    return this.options.btr === undefined ? `${this.options.bitrate} bit/s` : `custom bit timing ${this.options.btr.toUpperCase()}`;
  }

  private async readStatus(): Promise<void> {
    if (!this.open) return;
    let reply: string;
    try {
      reply = await this.track(this.command('F'));
    } catch (error) {
      this.log.debug({ err: error }, 'status read failed');
      return;
    }
    const match = /^F([0-9A-Fa-f]{2})$/.exec(reply);
    if (match === null) return;
    const flags = Number.parseInt(match[1] as string, 16);
    const frame = statusErrorFrame(flags, this.now());
    if (frame === undefined) {
      if (this.state.status === 'degraded') this.state.set('ok');
      return;
    }
    this.counters.error_frames += 1;
    const words = describeStatus(flags).join(', ');
    this.state.set('degraded', `the adapter reports ${words}; check termination, wiring and bitrate`);
    this.log.warn({ flags, errors: describeErrorFrame(frame) }, `adapter status: ${words}`);
    this.listeners.deliver(frame);
  }

  private linkChanged(state: LinkState, error?: OutpostError): void {
    if (!this.reconnector.isRunning) return;
    if (state === 'open') {
      if (this.everOpen && !this.open) this.counters.reopens += 1;
      this.lines.reset();
      void this.reconnector.resume();
      return;
    }
    if (state === 'lost' || state === 'closed') {
      clearInterval(this.statusTimer);
      this.replies.failAll(
        error ?? new OutpostError(`the adapter on ${this.link.description} is gone`, { code: 'can.disconnected', subject: this.name, disconnect: true, retryable: true }),
      );
      const why = error === undefined ? '' : `: ${describeError(error)}`;
      const message = this.everOpen
        ? `the adapter on ${this.link.description} is gone (unplugged?)${why}; reopening when it returns`
        : `cannot open the adapter on ${this.link.description}${why}; retrying`;
      this.reconnector.suspend(new OutpostError(message, { code: error?.code ?? 'can.disconnected', subject: this.name, cause: error, disconnect: true, retryable: true }));
    }
  }

  private receive(line: Buffer, end: number | undefined): void {
    if (end === BELL) {
      if (!this.replies.settle('', true)) this.counters.bad_lines += 1;
      return;
    }
    this.line(line.toString('latin1'));
  }

  private line(text: string): void {
    const first = text[0];
    if (first === 't' || first === 'T' || first === 'r' || first === 'R') {
      const frame = decodeFrame(text, this.now());
      if (frame === undefined) {
        this.counters.bad_lines += 1;
        this.log.debug({ line: text }, 'dropped a malformed frame line');
        return;
      }
      this.counters.frames_rx += 1;
      this.listeners.deliver(frame);
      return;
    }
    if (text === '' || text === 'z' || text === 'Z' || /^[FVN][0-9A-Za-z]{2,4}$/.test(text)) {
      if (!this.replies.settle(text, false) && text !== '') this.counters.bad_lines += 1;
      return;
    }
    this.counters.bad_lines += 1;
    this.log.debug({ line: text }, 'dropped a line that is neither a frame nor a reply');
  }
}
