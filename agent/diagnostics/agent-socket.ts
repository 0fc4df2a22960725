import { chmod, mkdir, rename, unlink } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { describeError, OutpostError, systemCode } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';

/** What the socket answers: a JSON body, or text (Prometheus metrics). */
export type SocketAnswer = { json: unknown; status?: number } | { text: string; contentType: string };

/** A handler per `METHOD /path`, e.g. `GET /status`. */
export type SocketRoutes = Readonly<Record<string, () => SocketAnswer | Promise<SocketAnswer>>>;

/** Where the agent's socket is: `diagnostics.socket`, else agent.sock beside the outbox file. */
export function agentSocketPath(config: { diagnostics: { socket?: string | undefined }; outbox: { path: string } }): string {
  return resolve(config.diagnostics.socket ?? join(dirname(resolve(config.outbox.path)), 'agent.sock'));
}

/**
 * The running agent's local door for `outpost status` and `outpost diag`: HTTP on a unix socket,
 * mode 0660, so that the agent's group (not the network, not every user) may ask. A socket left
 * by a crashed agent is replaced; one another agent still answers on is left alone (an error).
 */
export class AgentSocket {
  private server: Server | undefined;

  constructor(
    readonly path: string,
    private readonly routes: SocketRoutes,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    if (await answers(this.path)) {
      throw new OutpostError(`another agent already answers on ${this.path}`, { code: 'diagnostics.socket', subject: 'diagnostics', hint: 'stop the other agent, or give this one its own diagnostics.socket' });
    }
    await unlink(this.path).catch(() => undefined);
    const staging = `${this.path}.${process.pid}.new`;
    await unlink(staging).catch(() => undefined);
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((done, fail) => {
      server.once('error', (error) =>
        fail(new OutpostError(`cannot listen on ${this.path}: ${systemCode(error) ?? String(error)}`, { code: 'diagnostics.socket', subject: 'diagnostics', hint: 'check that the agent may write the folder, or set diagnostics.socket', cause: error })),
      );
      server.listen(staging, () => done());
    });
    // Bound under a staging name, made 0660, then moved in place: no moment with the umask's mode.
    await chmod(staging, 0o660);
    await rename(staging, this.path);
    this.server = server;
    this.log.info({ module: 'diagnostics', socket: this.path }, 'status socket listening');
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await unlink(this.path).catch(() => undefined);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let key = `${request.method ?? 'GET'} ${request.url ?? '/'}`;
    let answer: SocketAnswer;
    try {
      key = `${request.method ?? 'GET'} ${new URL(request.url ?? '/', 'http://agent').pathname}`;
      const route = this.routes[key];
      answer = route === undefined ? { json: { error: `no such request ${key}; known: ${Object.keys(this.routes).join(', ')}` }, status: 404 } : await route();
    } catch (error) {
      this.log.warn({ module: 'diagnostics', request: key, err: describeError(error) }, 'status request failed');
      answer = { json: { error: describeError(error) }, status: 500 };
    }
    if ('text' in answer) {
      response.writeHead(200, { 'content-type': answer.contentType });
      response.end(answer.text);
      return;
    }
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
    response.end(`${JSON.stringify(answer.json, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}\n`);
  }
}

/** Whether something accepts connections on the socket now. */
function answers(path: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection(path);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}
