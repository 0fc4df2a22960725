import { connect, createServer, type Server, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

/** How a shaped link behaves in one direction (both directions get the same shape). */
export interface LinkShape {
  /** Link rate in bits per second (9600 for a VHF data radio). */
  rateBps: number;
  /** One-way propagation delay, ms. */
  delayMs?: number;
  /** Fraction of segments lost (0.01 = 1 %); each loss costs a retransmission, see below. */
  loss?: number;
  /** Bytes the radio modem buffers before it stops reading from the post (TCP backpressure then fills the post's socket). Default 16 KiB. */
  bufferBytes?: number;
  /** Segment size the link carries, bytes. Default 1460. */
  segmentBytes?: number;
  /** Loss source (tests pin it). Default Math.random. */
  random?: () => number;
}

/** What crossed the link so far. */
export interface LinkCounters {
  /** Bytes carried from the post towards the broker, retransmissions included. */
  upBytes: number;
  /** Bytes carried from the broker towards the post, retransmissions included. */
  downBytes: number;
  /** Segments lost and sent again (both directions). */
  lostSegments: number;
  connections: number;
  /** Most bytes ever waiting in the modem buffer of the up direction. */
  upQueuePeak: number;
}

interface Segment {
  at: number;
  data: Buffer;
}

/**
 * One direction of a shaped link: bytes read from `from` wait in the modem buffer, leave it one
 * segment at a time at the link rate, and reach `to` `delayMs` after their last bit left. A lost
 * segment (TCP does not lose bytes, it retransmits) takes the link twice and reaches the far
 * end late by TCP's retransmission time, max(200 ms, one round trip), holding up every byte
 * behind it, as TCP's in-order delivery does.
 */
class ShapedDirection {
  private readonly waiting: Buffer[] = [];
  private waitingBytes = 0;
  private readonly travelling: Segment[] = [];
  private linkFreeAt = 0;
  private lastArrival = 0;
  private sendTimer: NodeJS.Timeout | undefined;
  private deliverTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly from: Socket,
    private readonly to: Socket,
    private readonly shape: () => Required<LinkShape>,
    private readonly carried: (bytes: number, lost: boolean) => void,
    private readonly queuePeak: (bytes: number) => void,
  ) {
    from.on('data', (chunk: Buffer) => {
      // An idle link starts the next segment now, not back when it last fell idle.
      if (this.waitingBytes === 0) this.linkFreeAt = Math.max(this.linkFreeAt, performance.now());
      this.waiting.push(chunk);
      this.waitingBytes += chunk.length;
      this.queuePeak(this.waitingBytes);
      if (this.waitingBytes >= this.shape().bufferBytes) from.pause();
      this.send();
    });
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.sendTimer);
    clearTimeout(this.deliverTimer);
  }

  private send(): void {
    if (this.closed || this.sendTimer !== undefined) return;
    const shape = this.shape();
    const now = performance.now();
    // Start every segment whose turn on the link has come by now (timers are coarser than a segment at 1 Mbit/s).
    while (this.waitingBytes > 0 && this.linkFreeAt <= now) {
      const segment = this.take(shape.segmentBytes);
      const airMs = (segment.length * 8000) / shape.rateBps;
      let end = this.linkFreeAt + airMs;
      let arrival = end + shape.delayMs;
      const lost = shape.loss > 0 && shape.random() < shape.loss;
      this.carried(segment.length, false);
      if (lost) {
        end += airMs;
        arrival = end + Math.max(200, 2 * shape.delayMs) + shape.delayMs;
        this.carried(segment.length, true);
      }
      this.linkFreeAt = end;
      this.lastArrival = Math.max(this.lastArrival, arrival);
      this.travelling.push({ at: this.lastArrival, data: segment });
    }
    if (this.waitingBytes < shape.bufferBytes && this.from.isPaused()) this.from.resume();
    this.deliver();
    if (this.waitingBytes > 0) this.sendTimer = setTimeout(() => this.wake(), Math.max(0, this.linkFreeAt - now));
  }

  private wake(): void {
    this.sendTimer = undefined;
    this.send();
  }

  private take(limit: number): Buffer {
    const parts: Buffer[] = [];
    let size = 0;
    while (size < limit && this.waiting.length > 0) {
      const head = this.waiting[0] as Buffer;
      const part = head.length <= limit - size ? head : head.subarray(0, limit - size);
      if (part === head) this.waiting.shift();
      else this.waiting[0] = head.subarray(part.length);
      parts.push(part);
      size += part.length;
    }
    this.waitingBytes -= size;
    return Buffer.concat(parts, size);
  }

  private deliver(): void {
    if (this.closed) return;
    const now = performance.now();
    const due: Buffer[] = [];
    while (this.travelling.length > 0 && (this.travelling[0] as Segment).at <= now) due.push((this.travelling.shift() as Segment).data);
    if (due.length > 0 && !this.to.destroyed) this.to.write(Buffer.concat(due));
    clearTimeout(this.deliverTimer);
    this.deliverTimer = undefined;
    const next = this.travelling[0];
    if (next !== undefined) {
      this.deliverTimer = setTimeout(() => this.deliver(), Math.max(0, next.at - now));
    }
  }
}

/**
 * A TCP relay that behaves like a slow radio link between a post and its broker: a rate, a
 * one-way delay, segment loss, a modem buffer that pushes back on the post, outages, and byte
 * counters per direction. Loopback only; `close()` ends every connection.
 *
 *   const link = await ShapingProxy.start(brokerPort, { rateBps: 9600, delayMs: 300 });
 *   uplink config: { broker: link.url }
 *   link.outage(300_000)     // the link is gone for 5 minutes: connections dropped, new ones refused
 */
export class ShapingProxy {
  readonly counters: LinkCounters = { upBytes: 0, downBytes: 0, lostSegments: 0, connections: 0, upQueuePeak: 0 };
  /** When each connection was accepted (performance.now()), oldest first. */
  readonly acceptedAt: number[] = [];
  private readonly links = new Set<{ sockets: Socket[]; directions: ShapedDirection[] }>();
  private downUntil = 0;
  private shape: Required<LinkShape>;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    shape: LinkShape,
  ) {
    this.shape = ShapingProxy.complete(shape);
  }

  static async start(targetPort: number, shape: LinkShape): Promise<ShapingProxy> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    const proxy = new ShapingProxy(server, typeof address === 'object' && address !== null ? address.port : 0, shape);
    server.on('connection', (client) => proxy.accept(client, targetPort));
    return proxy;
  }

  private static complete(shape: LinkShape): Required<LinkShape> {
    if (!(shape.rateBps > 0)) throw new Error(`a shaped link needs a rate above 0 bit/s, got ${shape.rateBps}`);
    return { delayMs: 0, loss: 0, bufferBytes: 16 * 1024, segmentBytes: 1460, random: Math.random, ...shape };
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  /** Changes the shape for bytes not yet on the link. */
  reshape(shape: Partial<LinkShape>): void {
    this.shape = ShapingProxy.complete({ ...this.shape, ...shape });
  }

  /** The link is gone for `ms`: every connection drops at once and new ones are refused until it is back. */
  outage(ms: number): void {
    this.downUntil = performance.now() + ms;
    for (const link of this.links) for (const socket of link.sockets) socket.destroy();
  }

  get down(): boolean {
    return performance.now() < this.downUntil;
  }

  async close(): Promise<void> {
    this.downUntil = Number.POSITIVE_INFINITY;
    for (const link of this.links) for (const socket of link.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, targetPort: number): void {
    if (this.down) {
      client.destroy();
      return;
    }
    const upstream = connect({ port: targetPort, host: '127.0.0.1' });
    this.counters.connections += 1;
    this.acceptedAt.push(performance.now());
    const shape = (): Required<LinkShape> => this.shape;
    const count = (direction: 'upBytes' | 'downBytes') => (bytes: number, lost: boolean) => {
      this.counters[direction] += bytes;
      if (lost) this.counters.lostSegments += 1;
    };
    const directions = [
      new ShapedDirection(client, upstream, shape, count('upBytes'), (bytes) => (this.counters.upQueuePeak = Math.max(this.counters.upQueuePeak, bytes))),
      new ShapedDirection(upstream, client, shape, count('downBytes'), () => undefined),
    ];
    const link = { sockets: [client, upstream], directions };
    this.links.add(link);
    for (const socket of link.sockets) {
      socket.on('error', () => undefined);
      socket.on('close', () => {
        for (const other of link.sockets) other.destroy();
        for (const direction of directions) direction.close();
        this.links.delete(link);
      });
    }
  }
}
