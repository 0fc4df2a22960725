import { createServer, type Server, type Socket } from 'node:net';

/**
 * A raw TCP serial stream, as a serial device server (ser2net, Moxa NPort) gives one: whatever
 * the device says is written to every connected client; nothing is buffered for clients that
 * are not connected, just as a real device keeps talking while nobody listens.
 */
export class StreamServer {
  private server: Server | undefined;
  private readonly clients = new Set<Socket>();
  private timer: NodeJS.Timeout | undefined;

  /** `produce` is called every `periodMs` and returns what the device said in that time. */
  constructor(
    private readonly address: { host: string; port: number },
    private readonly periodMs: number,
    private readonly produce: () => string,
  ) {}

  /** The port it listens on (the one asked for, or the one the system chose for port 0). */
  get port(): number {
    const address = this.server?.address();
    return typeof address === 'object' && address !== null ? address.port : this.address.port;
  }

  async start(): Promise<void> {
    const server = createServer((socket) => {
      this.clients.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => this.clients.delete(socket));
      // The device only talks; anything a client sends is read and ignored.
      socket.resume();
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.address.port, this.address.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.timer = setInterval(() => this.tick(), this.periodMs);
  }

  private tick(): void {
    const chunk = this.produce();
    if (chunk.length === 0) return;
    for (const client of this.clients) client.write(chunk);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    for (const client of this.clients) client.destroy();
    this.clients.clear();
    const server = this.server;
    this.server = undefined;
    if (server !== undefined) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
