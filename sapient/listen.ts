import { createServer, type Server, type Socket } from 'node:net';
import { describeError, OutpostError, systemCode } from '../kernel/errors.js';
import { DEFAULT_MAX_FRAME_BYTES, encodeFrame, FrameReader, type Frame } from './framing.js';
import { newUlid, ulidAsUuid } from './ids.js';
import { messageLine } from './line.js';
import { contentOf, encodeSapientMessage, timestampOf, type DecodedSapientMessage } from './messages.js';
import type { Body } from './node-link.js';

export interface DecisionMakerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  maxFrameBytes?: number;
  /** Each message as one readable line, and each refused frame or connection event. */
  onLine?: (line: string) => void;
  onMessage?: (message: DecodedSapientMessage) => void;
  /** Keep every message in `received` and `frames` (tests); a long-running peer keeps none. */
  keep?: boolean;
}

/**
 * A minimal SAPIENT decision-maker (`outpost sapient listen`): it accepts node connections,
 * accepts every registration, and reports each message it receives as one readable line. Tests
 * use it as the real peer over TCP, and can task nodes through `send`.
 */
export class DecisionMaker {
  readonly nodeId = ulidAsUuid(newUlid());
  /** With `keep`: every message received, in order (decoded; `frames` has the bytes as sent). */
  readonly received: DecodedSapientMessage[] = [];
  readonly frames: Buffer[] = [];
  private readonly names = new Map<string, string>();
  private readonly connections = new Map<string, Socket>();
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;

  constructor(private readonly options: DecisionMakerOptions) {}

  /** Resolves with the bound host:port. */
  async listen(): Promise<{ host: string; port: number }> {
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(
          new OutpostError(`cannot listen for SAPIENT nodes on ${this.options.host}:${this.options.port} (${systemCode(error) ?? error.message})`, {
            code: 'sapient.listen',
            subject: 'sapient listen',
            hint: systemCode(error) === 'EADDRINUSE' ? 'another program uses that port: stop it or pick another with --port' : 'check --host and --port',
          }),
        ),
      );
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    const address = server.address();
    return { host: this.options.host, port: typeof address === 'object' && address !== null ? address.port : this.options.port };
  }

  /** Sends to the node that registered as `nodeId`; false when it is not connected. */
  send(nodeId: string, body: Body): boolean {
    const socket = this.connections.get(nodeId);
    if (socket === undefined || socket.destroyed) return false;
    socket.write(encodeFrame(encodeSapientMessage({ ...body, timestamp: timestampOf(Date.now()), nodeId: this.nodeId, destinationId: nodeId })));
    return true;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server === undefined ? resolve() : this.server.close(() => resolve())));
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    const peer = `node at ${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    const reader = new FrameReader(peer, this.options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES);
    socket.on('data', (chunk: Buffer) => {
      let frames: Frame[];
      try {
        frames = reader.push(chunk);
      } catch (error) {
        this.options.onLine?.(`refused: ${describeError(error)}; connection dropped`);
        socket.destroy();
        return;
      }
      for (const frame of frames) {
        if (this.options.keep === true) this.frames.push(frame.body);
        this.receive(socket, frame.message);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.sockets.delete(socket);
      for (const [nodeId, known] of this.connections) if (known === socket) this.connections.delete(nodeId);
    });
  }

  private receive(socket: Socket, message: DecodedSapientMessage): void {
    const nodeId = message.nodeId ?? '';
    if (contentOf(message) === 'registration') {
      this.names.set(nodeId, message.registration?.shortName || message.registration?.name || nodeId);
      this.connections.set(nodeId, socket);
    }
    if (this.options.keep === true) this.received.push(message);
    this.options.onLine?.(messageLine(message, this.names));
    this.options.onMessage?.(message);
    if (contentOf(message) === 'registration') {
      socket.write(encodeFrame(encodeSapientMessage({ timestamp: timestampOf(Date.now()), nodeId: this.nodeId, destinationId: nodeId, registrationAck: { acceptance: true } })));
    }
  }
}
