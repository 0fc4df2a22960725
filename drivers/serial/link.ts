import { OutpostError, describeError } from '../../kernel/errors.js';
import { silentLogger, type Logger } from '../../kernel/logger.js';
import type { ComponentHealthReport, HealthStatus } from '../../kernel/component.js';
import { Reconnector } from '../../kernel/reconnector.js';
import type { ByteLink, LinkState } from './types.js';
import { openTcp } from './tcp-transport.js';
import type { OpenTransport, SerialSettings, Transport } from './transport.js';

export interface SerialLinkOptions extends SerialSettings {
  /** Reconnect backoff in ms. */
  reconnect: { min: number; max: number };
  /** Component name, e.g. `bus:gps`; defaults to `serial:<path>`. */
  name?: string;
  log?: Logger;
  /** Seam for tests; by default tcp:// paths use node:net and others serialport. */
  open?: OpenTransport;
  now?: () => number;
}

// serialport (and its native binding) is loaded only for a real serial port: a post whose buses
// are all Modbus TCP does not carry it (issue 13).
const defaultOpen: OpenTransport = async (settings, events) =>
  settings.path.startsWith('tcp://') ? openTcp(settings.path, events) : (await import('./serialport-transport.js')).openSerialPort(settings, events);

/** `8N1`-style framing text. */
export function framingText(settings: Pick<SerialSettings, 'data_bits' | 'parity' | 'stop_bits'>): string {
  return `${settings.data_bits}${settings.parity.charAt(0).toUpperCase()}${settings.stop_bits}`;
}

/**
 * A ByteLink over a serial port or TCP: opens, notices loss, reopens with backoff, and keeps
 * its subscribers across reconnects so that consumers never resubscribe.
 */
export class SerialLink implements ByteLink {
  readonly contract = 'ByteLink';
  readonly name: string;
  readonly description: string;
  private current: LinkState = 'closed';
  private lastResolved: string | undefined;
  private readonly reconnector: Reconnector<Transport>;
  private readonly dataListeners = new Set<(chunk: Buffer) => void>();
  private readonly stateListeners = new Set<(state: LinkState, error?: OutpostError) => void>();
  private readonly log: Logger;
  private readonly open: OpenTransport;
  private readonly bytes = { bytes_in: 0, bytes_out: 0 };

  constructor(private readonly options: SerialLinkOptions) {
    if (options.path.trim() === '') throw new OutpostError('serial link needs a path', { code: 'config.invalid', hint: 'give a device path, a /dev/serial/by-id name or tcp://host:port' });
    this.name = options.name ?? `serial:${options.path}`;
    this.description = options.path.startsWith('tcp://') ? options.path : `${options.path} at ${options.baud} ${framingText(options)}`;
    this.log = (options.log ?? silentLogger()).child({ module: 'serial', device: options.path });
    this.open = options.open ?? defaultOpen;
    this.reconnector = new Reconnector<Transport>({
      subject: this.description,
      log: this.log,
      // A device off for minutes is tried every 45 s on average at the 60 s default, not every 30 s;
      // it is still found at most `max` after it is back (kernel/backoff.ts, issue 13).
      retry: { minMs: options.reconnect.min, maxMs: options.reconnect.max, floorAtMaxMs: options.reconnect.max / 2 },
      ...(options.now === undefined ? {} : { now: options.now }),
      open: () => this.connectTransport(),
      close: (transport) => transport.close(),
      failure: (error) =>
        error instanceof OutpostError ? error : new OutpostError(`cannot open: ${describeError(error)}`, { code: 'serial.open', subject: this.description, cause: error, retryable: true }),
      onOpen: (transport) => {
        this.lastResolved = transport.resolved;
        this.log.info({ resolved: transport.resolved }, `opened ${this.description}${transport.resolved !== this.options.path ? ` (${transport.resolved})` : ''}`);
        this.setState('open');
      },
      onFault: (error) => this.setState('lost', error),
    });
  }

  get state(): LinkState {
    return this.current;
  }

  /** The device opened last (a by-id name resolves to /dev/ttyUSBn); undefined before the first open. */
  get resolvedPath(): string | undefined {
    return this.lastResolved;
  }

  /** Why the link is not open, while it is not. */
  get error(): OutpostError | undefined {
    return this.reconnector.error;
  }

  async start(): Promise<void> {
    await this.reconnector.start();
  }

  async stop(): Promise<void> {
    await this.reconnector.stop();
    this.setState('closed');
  }

  health(): ComponentHealthReport {
    const { opens, open_failures, losses } = this.reconnector.counters;
    return this.reconnector.health.snapshot({ opens, open_failures, losses, ...this.bytes });
  }

  healthStatus(): HealthStatus {
    return this.reconnector.health.current;
  }

  async write(data: Uint8Array | string): Promise<void> {
    const transport = this.currentTransport();
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
    try {
      await transport.write(bytes);
      this.bytes.bytes_out += bytes.length;
    } catch (error) {
      const lost = new OutpostError(`write failed: ${describeError(error)}`, { code: 'serial.lost', subject: this.description, cause: error, retryable: true, disconnect: true });
      this.reconnector.lost(transport, lost);
      throw lost;
    }
  }

  /**
   * write() without a promise, a copy or a wait (ByteLink.send): a failure loses the link, as a
   * failed write() does. A Modbus request is ~12 bytes ten times a second on a post (issue 13).
   */
  send(data: Buffer): void {
    const transport = this.currentTransport();
    if (transport.send === undefined) {
      // Its failure loses the link inside write(): that is how the caller hears of it.
      this.write(data).catch(ignore);
      return;
    }
    transport.send(data);
    this.bytes.bytes_out += data.length;
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onState(listener: (state: LinkState, error?: OutpostError) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** The transport to write to; throws when the link is not open. */
  private currentTransport(): Transport {
    const transport = this.reconnector.handle;
    if (this.current !== 'open' || transport === undefined) {
      throw new OutpostError(`not open (${this.current})`, { code: 'serial.not_open', subject: this.description, hint: this.reconnector.error?.describe(), retryable: true, disconnect: true });
    }
    return transport;
  }

  private async connectTransport(): Promise<Transport> {
    this.setState('opening');
    // Events only arrive on later turns of the event loop, after `transport` is assigned.
    let transport: Transport | undefined;
    transport = await this.open(this.options, {
      data: (chunk) => this.deliver(transport, chunk),
      lost: (error) => {
        if (transport !== undefined) this.reconnector.lost(transport, error);
      },
    });
    return transport;
  }

  private deliver(transport: Transport | undefined, chunk: Buffer): void {
    if (transport === undefined || transport !== this.reconnector.handle) return;
    this.bytes.bytes_in += chunk.length;
    for (const listener of this.dataListeners) listener(chunk);
  }

  private setState(state: LinkState, error?: OutpostError): void {
    if (state === this.current && error === undefined) return;
    this.current = state;
    for (const listener of this.stateListeners) listener(state, error);
  }
}

function ignore(): void {}
