import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between a post and its broker that a test can cut: `cut()` drops every
 * connection and refuses new ones (a radio link gone), `restore()` lets traffic through again.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private up = true;
  /** Connections accepted so far. */
  connections = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  /**
   * `dropAfterMs`: each connection is cut that long after the target first answered on it (a link
   * that flaps). Counted from the answer, not the accept, so a loaded machine's slow handshake
   * still gets its connection up before the cut.
   */
  static async start(targetPort: number, options: { dropAfterMs?: number } = {}): Promise<TcpProxy> {
    let proxy: TcpProxy | undefined;
    const server = createServer((client) => {
      if (proxy === undefined || !proxy.up) {
        client.destroy();
        return;
      }
      const upstream = connect({ port: targetPort, host: '127.0.0.1' });
      for (const socket of [client, upstream]) {
        proxy.sockets.add(socket);
        socket.on('close', () => proxy?.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      if (options.dropAfterMs !== undefined) {
        const dropAfterMs = options.dropAfterMs;
        let timer: NodeJS.Timeout | undefined;
        upstream.once('data', () => (timer = setTimeout(() => client.destroy(), dropAfterMs)));
        client.on('close', () => clearTimeout(timer));
      }
      proxy.connections += 1;
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const address = server.address();
    proxy = new TcpProxy(server, typeof address === 'object' && address !== null ? address.port : 0);
    return proxy;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  cut(): void {
    this.up = false;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  restore(): void {
    this.up = true;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
