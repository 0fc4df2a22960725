import { connect, type Socket } from 'node:net';
import { describeError, OutpostError, systemCode } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { RetryLoop, type LogFields } from '../kernel/retry-loop.js';
import { encodeFrame, FrameReader, type Frame } from './framing.js';
import { contentOf, encodeSapientMessage, timestampOf, type DecodedSapientMessage, type SapientMessageProps, type sapient_msg } from './messages.js';

type Registration = sapient_msg.bsi_flex_335_v2_0.Registration.$Properties;
type Task = NonNullable<DecodedSapientMessage['task']>;
/** A message's content: exactly one of the SapientMessage oneof members. */
export type Body = Omit<SapientMessageProps, 'timestamp' | 'nodeId' | 'destinationId'>;

export interface NodeLinkOptions {
  host: string;
  port: number;
  /** node_id on the wire (a UUID). */
  nodeId: string;
  /** Names the node in logs, e.g. `post demo-01`. */
  label: string;
  /** Built afresh for every (re-)registration: what is known about the node changes. */
  registration: () => Registration;
  /** Called once a registration is accepted, before queued reports are sent (to send a status report). */
  onRegistered?: () => void;
  onTask?: (task: Task) => void;
  queueLimit: number;
  maxFrameBytes: number;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  /** How long to wait for the RegistrationAck before trying again. */
  ackTimeoutMs: number;
  log: Logger;
  now?: () => number;
}

export interface NodeLinkStats {
  /** Messages written to the peer. */
  sent: number;
  /** Reports dropped because the queue was full while the peer was away. */
  dropped: number;
  queued: number;
  /** Connections that reached a registration ack. */
  registrations: number;
}

/** Node writes beyond this wait in our own bounded queue instead of Node's unbounded one. */
const SOCKET_HIGH_WATER = 1024 * 1024;

/**
 * One SAPIENT node's TCP connection to the decision-maker. Every connection starts with a
 * Registration; reports wait until the RegistrationAck accepts it. While the peer is away (or
 * slow) reports wait in a bounded queue, oldest dropped first and counted, and go out in order
 * once the node is registered again. A frame the peer sends that is oversized or not a
 * SapientMessage drops the connection (the stream is out of step after it); it reconnects with
 * backoff. Status reports are not queued: a fresh one follows every registration.
 *
 * What was written to a socket that then broke may be lost: SAPIENT has no per-report ack.
 * Reconnects log as every retry loop does: one warning per cause (unreachable, refused, no
 * ack...), repeats counted, and the registration says when it works again.
 */
export class NodeLink {
  private socket: Socket | undefined;
  private registered = false;
  private stopped = false;
  private ackTimer: NodeJS.Timeout | undefined;
  private readonly queue: SapientMessageProps[] = [];
  private readonly retry: RetryLoop;
  /** Why the connection is closing or failed, said when it closes. */
  private closeCause: { error: OutpostError; fields: LogFields } | undefined;
  /** The decision-maker's node id, from its RegistrationAck: the destination of what we send. */
  private peerNodeId: string | undefined;
  readonly stats: NodeLinkStats = { sent: 0, dropped: 0, queued: 0, registrations: 0 };

  constructor(private readonly options: NodeLinkOptions) {
    this.retry = new RetryLoop({
      subject: `SAPIENT node ${options.label}`,
      log: options.log.child({ node: options.label, peer: `${options.host}:${options.port}` }),
      retry: { minMs: options.reconnectMinMs, maxMs: options.reconnectMaxMs },
      run: () => this.open(),
    });
  }

  get isRegistered(): boolean {
    return this.registered;
  }

  start(): void {
    this.open();
  }

  /**
   * Sends now if registered, else queues. `queue: false` is for status reports: dropped while
   * unregistered (a fresh one follows the registration), ahead of any backlog otherwise.
   * `timeMs` stamps the message (default now).
   */
  send(body: Body, options: { queue?: boolean; timeMs?: number } = {}): void {
    if (!this.registered && options.queue === false) return;
    if (this.queue.length >= this.options.queueLimit) {
      this.queue.shift();
      this.stats.dropped += 1;
      if (this.stats.dropped === 1 || this.stats.dropped % 100 === 0) {
        this.options.log.warn({ node: this.options.label, dropped: this.stats.dropped, limit: this.options.queueLimit }, 'SAPIENT queue full while the decision-maker is away or slow: dropping the oldest reports');
      }
    }
    // Through the queue even when registered, so a backlog and new reports stay in order; a
    // status report goes first (it says where the node is and in which mode, and has no order).
    if (options.queue === false) this.queue.unshift(this.wrap(body, options.timeMs));
    else this.queue.push(this.wrap(body, options.timeMs));
    if (this.registered && this.socket !== undefined) this.flush(this.socket);
    this.stats.queued = this.queue.length;
  }

  /** The node's definition changed: register again on the open connection (reports wait for the ack). */
  reregister(): void {
    const socket = this.socket;
    // Still connecting: the registration sent on connect is built then, with what is known by then.
    if (socket === undefined || socket.connecting || this.stopped) return;
    this.registered = false;
    this.sendRegistration(socket);
  }

  /** Sends `farewell` (a goodbye status report) if registered, then closes. */
  async stop(farewell?: Body): Promise<void> {
    this.stopped = true;
    this.retry.stop();
    clearTimeout(this.ackTimer);
    const socket = this.socket;
    this.socket = undefined;
    if (socket === undefined) return;
    if (farewell !== undefined && this.registered) this.write(socket, this.wrap(farewell));
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.end();
      setTimeout(() => socket.destroy(), 1000).unref();
    });
  }

  private wrap(body: Body, timeMs?: number): SapientMessageProps {
    const message: SapientMessageProps = { ...body, timestamp: timestampOf(timeMs ?? (this.options.now ?? Date.now)()), nodeId: this.options.nodeId };
    if (this.peerNodeId !== undefined) message.destinationId = this.peerNodeId;
    return message;
  }

  private write(socket: Socket, message: SapientMessageProps): void {
    socket.write(encodeFrame(encodeSapientMessage(message)));
    this.stats.sent += 1;
  }

  private open(): void {
    if (this.stopped) return;
    const { host, port, label, log } = this.options;
    const socket = connect({ host, port });
    socket.setNoDelay(true);
    this.socket = socket;
    const reader = new FrameReader(`decision-maker ${host}:${port}`, this.options.maxFrameBytes);
    this.closeCause = undefined;
    socket.on('connect', () => {
      // While a cause is open (a peer that refuses us), each retry's connect is not news.
      const level = this.retry.cause === undefined ? 'info' : 'debug';
      log[level]({ node: label, peer: `${host}:${port}` }, 'connected to the SAPIENT decision-maker; registering');
      this.sendRegistration(socket);
    });
    socket.on('data', (chunk: Buffer) => {
      let frames: Frame[];
      try {
        frames = reader.push(chunk);
      } catch (error) {
        this.dropConnection(socket, 'sapient.bad-frame', 'refused a frame from the decision-maker; dropping the connection', { err: describeError(error) });
        return;
      }
      for (const frame of frames) this.receive(socket, frame.message);
    });
    socket.on('drain', () => this.flush(socket));
    socket.on('error', (error) => {
      const code = systemCode(error);
      const problem = code ?? error.message;
      this.closeCause ??= { error: new OutpostError(`SAPIENT decision-maker unreachable (${problem}); retrying with backoff`, { code: `sapient.${code ?? 'unreachable'}`, retryable: true }), fields: { err: problem } };
    });
    socket.on('close', () => {
      clearTimeout(this.ackTimer);
      const wasRegistered = this.registered;
      this.registered = false;
      if (this.socket === socket) this.socket = undefined;
      if (this.stopped) return;
      const lost = { error: new OutpostError('lost the SAPIENT decision-maker; reports queue until it is back', { code: 'sapient.lost', retryable: true }), fields: {} };
      const { error, fields } = wasRegistered ? lost : (this.closeCause ?? lost);
      this.retry.failed(error, fields);
    });
  }

  private sendRegistration(socket: Socket): void {
    clearTimeout(this.ackTimer);
    this.write(socket, this.wrap({ registration: this.options.registration() }));
    this.ackTimer = setTimeout(() => {
      this.dropConnection(socket, 'sapient.no-ack', 'no RegistrationAck from the decision-maker; reconnecting', { waitedMs: this.options.ackTimeoutMs });
    }, this.options.ackTimeoutMs);
  }

  /** Closes a connection that cannot go on; why is said once it has closed, as the retry's cause. */
  private dropConnection(socket: Socket, code: string, message: string, fields: LogFields): void {
    this.closeCause = { error: new OutpostError(message, { code, retryable: true }), fields };
    socket.destroy();
  }

  private receive(socket: Socket, message: DecodedSapientMessage): void {
    const { log, label } = this.options;
    switch (contentOf(message)) {
      case 'registrationAck': {
        clearTimeout(this.ackTimer);
        const ack = message.registrationAck;
        if (ack?.acceptance !== true) {
          this.dropConnection(socket, 'sapient.refused', 'the decision-maker refused the registration; retrying with backoff', { reasons: ack?.ackResponseReason ?? [] });
          return;
        }
        if (message.nodeId) this.peerNodeId = message.nodeId;
        this.registered = true;
        this.stats.registrations += 1;
        this.retry.succeeded();
        log.info({ node: label, queued: this.queue.length }, 'registered with the SAPIENT decision-maker');
        this.options.onRegistered?.();
        this.flush(socket);
        return;
      }
      case 'task':
        if (message.task) this.options.onTask?.(message.task);
        return;
      case 'error':
        log.warn({ node: label, errors: message.error?.errorMessage ?? [] }, 'the decision-maker reported an error in something we sent');
        return;
      case 'alertAck':
        log.debug({ node: label, alert: message.alertAck?.alertId, status: message.alertAck?.alertAckStatus }, 'alert acknowledged');
        return;
      default:
        log.debug({ node: label, content: contentOf(message) }, 'ignored a message a node does not expect');
    }
  }

  private flush(socket: Socket): void {
    while (this.registered && this.queue.length > 0 && socket.writableLength < SOCKET_HIGH_WATER) {
      this.write(socket, this.queue.shift() as SapientMessageProps);
    }
    this.stats.queued = this.queue.length;
  }
}
