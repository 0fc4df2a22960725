import { OutpostError, describeError } from '../../agent/errors.js';
import { silentLogger, type Logger } from '../../agent/log/logger.js';
import { Backoff } from '../../agent/runtime/backoff.js';
import { HealthState, type ComponentHealthReport } from '../../agent/runtime/component.js';
import type { ByteLink, LinkState } from './types.js';
import { openSerialPort } from './serialport-transport.js';
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

const defaultOpen: OpenTransport = (settings, events) =>
  settings.path.startsWith('tcp://') ? openTcp(settings.path, events) : openSerialPort(settings, events);

/** `8N1`-style framing text. */
export function framingText(settings: Pick<SerialSettings, 'data_bits' | 'parity' | 'stop_bits'>): string {
  return `${settings.data_bits}${settings.parity.charAt(0).toUpperCase()}${settings.stop_bits}`;
}

/**
 * A ByteLink over a serial port or TCP: opens, notices loss, reopens with backoff, and keeps
 * its subscribers across reconnects so that consumers never resubscribe.
 */
export class SerialLink implements ByteLink {
  readonly name: string;
  readonly description: string;
  private current: LinkState = 'closed';
  private transport: Transport | undefined;
  private lastResolved: string | undefined;
  private lastError: OutpostError | undefined;
  private running = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private opening: Promise<void> | undefined;
  private readonly backoff: Backoff;
  private readonly health_: HealthState;
  private readonly dataListeners = new Set<(chunk: Buffer) => void>();
  private readonly stateListeners = new Set<(state: LinkState, error?: OutpostError) => void>();
  private readonly log: Logger;
  private readonly open: OpenTransport;
  private readonly counters = { opens: 0, open_failures: 0, losses: 0, bytes_in: 0, bytes_out: 0 };

  constructor(private readonly options: SerialLinkOptions) {
    if (options.path.trim() === '') throw new OutpostError('serial link needs a path', { code: 'config.invalid', hint: 'give a device path, a /dev/serial/by-id name or tcp://host:port' });
    this.name = options.name ?? `serial:${options.path}`;
    this.description = options.path.startsWith('tcp://') ? options.path : `${options.path} at ${options.baud} ${framingText(options)}`;
    this.backoff = new Backoff(options.reconnect.min, options.reconnect.max);
    this.health_ = new HealthState(options.now);
    this.log = (options.log ?? silentLogger()).child({ module: 'serial', device: options.path });
    this.open = options.open ?? defaultOpen;
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
    return this.lastError;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.attempt();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    await this.opening;
    const transport = this.transport;
    this.transport = undefined;
    await transport?.close();
    this.lastError = undefined;
    this.setState('closed');
  }

  health(): ComponentHealthReport {
    return this.health_.snapshot(this.counters);
  }

  async write(data: Uint8Array | string): Promise<void> {
    const transport = this.transport;
    if (this.current !== 'open' || transport === undefined) {
      throw new OutpostError(`not open (${this.current})`, { code: 'serial.not_open', subject: this.description, hint: this.lastError?.describe(), retryable: true, disconnect: true });
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
    try {
      await transport.write(bytes);
      this.counters.bytes_out += bytes.length;
    } catch (error) {
      const lost = new OutpostError(`write failed: ${describeError(error)}`, { code: 'serial.lost', subject: this.description, cause: error, retryable: true, disconnect: true });
      this.onLost(transport, lost);
      throw lost;
    }
  }

  onData(listener: (chunk: Buffer) => void): () => void {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onState(listener: (state: LinkState, error?: OutpostError) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private attempt(): Promise<void> {
    const run = async (): Promise<void> => {
      this.setState('opening');
      try {
        // Events only arrive on later turns of the event loop, after `transport` is assigned.
        let transport: Transport | undefined;
        transport = await this.open(this.options, {
          data: (chunk) => this.deliver(transport, chunk),
          lost: (error) => this.onLost(transport, error),
        });
        if (!this.running) {
          await transport.close();
          return;
        }
        this.transport = transport;
        this.lastResolved = transport.resolved;
        this.counters.opens += 1;
        this.backoff.reset();
        this.lastError = undefined;
        this.health_.set('ok');
        this.log.info({ resolved: transport.resolved }, `opened ${this.description}${transport.resolved !== this.options.path ? ` (${transport.resolved})` : ''}`);
        this.setState('open');
      } catch (error) {
        const reason = error instanceof OutpostError ? error : new OutpostError(`cannot open: ${describeError(error)}`, { code: 'serial.open', subject: this.description, cause: error, retryable: true });
        this.counters.open_failures += 1;
        this.fail(reason);
      }
    };
    const opening = run().finally(() => {
      if (this.opening === opening) this.opening = undefined;
    });
    this.opening = opening;
    return opening;
  }

  private deliver(transport: Transport | undefined, chunk: Buffer): void {
    if (transport === undefined || transport !== this.transport) return;
    this.counters.bytes_in += chunk.length;
    for (const listener of this.dataListeners) listener(chunk);
  }

  private onLost(transport: Transport | undefined, error: OutpostError): void {
    if (transport === undefined || transport !== this.transport) return;
    this.transport = undefined;
    transport.close().catch((error: unknown) => this.log.debug({ err: describeError(error) }, 'closing the lost transport failed'));
    this.counters.losses += 1;
    this.fail(error);
  }

  private fail(error: OutpostError): void {
    if (!this.running) return;
    const repeated = this.lastError?.code === error.code;
    this.lastError = error;
    this.health_.set('fault', error.describe());
    const delay = this.backoff.next();
    // One warning per distinct cause; the retries of the same fault log at debug.
    this.log[repeated ? 'debug' : 'warn']({ code: error.code, retry_ms: delay }, error.describe());
    this.setState('lost', error);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.running) void this.attempt();
    }, delay);
  }

  private setState(state: LinkState, error?: OutpostError): void {
    if (state === this.current && error === undefined) return;
    this.current = state;
    if (state === 'closed') this.health_.set('stopped');
    for (const listener of this.stateListeners) listener(state, error);
  }
}
