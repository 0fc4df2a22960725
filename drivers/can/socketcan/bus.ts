import { OutpostError, describeError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import { Reconnector } from '../../../kernel/reconnector.js';
import { HealthState, type ComponentHealthReport } from '../../../kernel/component.js';
import { describeErrorFrame } from '../error-frame.js';
import { checkOutgoing, type OutgoingFrame } from '../frame.js';
import { FrameListeners } from '../listeners.js';
import type { CanBus, CanFilter, CanFrame } from '../types.js';
import { interfaceProblem, realKernel, type KernelView } from './interface.js';

/** What we use of the socketcan package's RawChannel. */
export interface RawChannel {
  addListener(event: 'onMessage' | 'onStopped', callback: (...args: never[]) => void): void;
  start(): void;
  stop(): void;
  send(message: { id: number; ext: boolean; rtr: boolean; data: Buffer }): void;
}

export interface RawMessage {
  id: number;
  ext?: boolean;
  rtr?: boolean;
  err?: boolean;
  data: Buffer;
  ts_sec?: number;
  ts_usec?: number;
}

export type OpenChannel = (iface: string) => Promise<RawChannel>;

/** Loads the native socketcan package only when a socketcan bus starts, so config validation and other buses never need it. */
export const openSocketcanChannel: OpenChannel = async (iface) => {
  const socketcan = (await import('socketcan')) as unknown as {
    createRawChannelWithOptions(name: string, options: { timestamps: boolean; non_block_send: boolean }): RawChannel;
  };
  return socketcan.createRawChannelWithOptions(iface, { timestamps: true, non_block_send: true });
};

export interface SocketcanOptions {
  name: string;
  iface: string;
  log: Logger;
  retry?: { minMs: number; maxMs: number };
  open?: OpenChannel;
  kernel?: KernelView;
  now?: () => number;
}

/**
 * A CAN bus on a Linux SocketCAN interface (can0, vcan0). The kernel delivers error frames
 * (bus-off, error passive, no ACK) on the same socket; they reach listeners with `error: true`
 * and set health. An interface that is missing or down is a fault, retried with backoff, as
 * when a CAN HAT's driver loads late.
 */
export class SocketcanBus implements CanBus {
  readonly contract = 'CanBus';
  readonly name: string;
  private readonly state: HealthState;
  private readonly listeners: FrameListeners;
  private readonly open: OpenChannel;
  private readonly counters = { frames_rx: 0, frames_tx: 0, error_frames: 0, tx_failed: 0 };
  private readonly reconnector: Reconnector<RawChannel>;
  /**
   * Channels the addon stopped by itself (the interface went down: POLLERR). Stopping one again
   * from its own onStopped callback releases the native object twice and aborts the process
   * (nan ObjectWrap::Unref assertion), as the kernel-in-the-loop suite found.
   */
  private readonly stoppedByAddon = new WeakSet<RawChannel>();
  private readonly now: () => number;

  constructor(private readonly options: SocketcanOptions) {
    this.name = options.name;
    this.now = options.now ?? Date.now;
    this.state = new HealthState(this.now);
    this.listeners = new FrameListeners((error) => options.log.error({ err: error }, 'a frame listener threw'));
    this.open = options.open ?? openSocketcanChannel;
    this.reconnector = new Reconnector<RawChannel>({
      subject: this.name,
      log: options.log,
      health: this.state,
      now: this.now,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
      open: () => this.connect(),
      close: (channel) => {
        if (!this.stoppedByAddon.has(channel)) channel.stop();
      },
      onOpen: () => options.log.info({ iface: options.iface }, 'SocketCAN interface open'),
    });
  }

  async start(): Promise<void> {
    await this.reconnector.start();
  }

  async stop(): Promise<void> {
    await this.reconnector.stop();
  }

  health(): ComponentHealthReport {
    return this.state.snapshot({ ...this.counters, reopens: this.reconnector.counters.retries });
  }

  onFrame(listener: (frame: CanFrame) => void, filters?: readonly CanFilter[]): () => void {
    return this.listeners.add(listener, filters);
  }

  async send(frame: OutgoingFrame): Promise<void> {
    const length = checkOutgoing(frame, this.name);
    const channel = this.reconnector.handle;
    if (channel === undefined) {
      throw new OutpostError(`CAN interface ${this.options.iface} is not open`, { code: 'can.not-open', subject: this.name, retryable: true, disconnect: true, hint: this.health().message });
    }
    try {
      // A remote frame's DLC travels in the data length; its bytes are never sent.
      channel.send({ id: frame.id, ext: frame.extended, rtr: frame.remote, data: frame.remote ? Buffer.alloc(length) : frame.data });
      this.counters.frames_tx += 1;
    } catch (error) {
      this.counters.tx_failed += 1;
      throw new OutpostError(`could not send frame ${frame.id.toString(16)} on ${this.options.iface}: ${describeError(error)}`, {
        code: 'can.tx-refused',
        subject: this.name,
        hint: 'the transmit queue is full or the controller is bus-off: check termination, wiring and bitrate (ip -details link show)',
        retryable: true,
        cause: error,
      });
    }
  }

  private async connect(): Promise<RawChannel> {
    const problem = interfaceProblem(this.options.iface, this.name, this.options.kernel ?? realKernel);
    if (problem !== undefined) throw problem;
    let channel: RawChannel;
    try {
      channel = await this.open(this.options.iface);
    } catch (error) {
      throw new OutpostError(`cannot open CAN interface ${this.options.iface}: ${describeError(error)}`, {
        code: 'can.open-failed',
        subject: this.name,
        hint: 'check that the socketcan package is installed (npm ci on the board builds it) and that the kernel has can-raw',
        retryable: true,
        cause: error,
      });
    }
    channel.addListener('onMessage', ((message: RawMessage) => this.receive(message)) as (...args: never[]) => void);
    channel.addListener('onStopped', (() => {
      this.stoppedByAddon.add(channel);
      this.reconnector.lost(channel, this.wentAway());
    }) as (...args: never[]) => void);
    try {
      channel.start();
    } catch (error) {
      throw new OutpostError(`cannot start CAN interface ${this.options.iface}: ${describeError(error)}`, { code: 'can.open-failed', subject: this.name, retryable: true, cause: error });
    }
    return channel;
  }

  private wentAway(): OutpostError {
    return new OutpostError(`CAN interface ${this.options.iface} went away`, { code: 'can.disconnected', subject: this.name, disconnect: true, retryable: true });
  }

  private receive(message: RawMessage): void {
    const timeMs = message.ts_sec === undefined ? this.now() : message.ts_sec * 1000 + Math.floor((message.ts_usec ?? 0) / 1000);
    const remote = message.rtr === true;
    const frame: CanFrame = {
      id: message.id,
      extended: message.ext === true,
      remote,
      error: message.err === true,
      data: remote ? Buffer.alloc(0) : message.data,
      length: message.data.length,
      timeMs,
    };
    if (frame.error) {
      this.counters.error_frames += 1;
      const words = describeErrorFrame(frame);
      this.state.set((frame.id & 0x40) !== 0 ? 'fault' : 'degraded', `${this.options.iface} reports ${words.join(', ')}; check termination, wiring and bitrate`);
    } else {
      this.counters.frames_rx += 1;
      if (this.state.status !== 'ok') this.state.set('ok');
    }
    this.listeners.deliver(frame);
  }
}
