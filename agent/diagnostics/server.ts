import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { toJson, type outpost } from '../../wire/index.js';
import type { PostConfig } from '../config/schema.js';
import { describeError, OutpostError, systemCode } from '../../kernel/errors.js';
import { formatHostPort, hostPortExpected, parseHostPort } from '../../kernel/host-port.js';
import type { Logger } from '../../kernel/logger.js';
import type { OutboxStats } from '../outbox/types.js';
import type { DiagnosticsConfig } from './config.js';

/** What the running agent shows a maintenance crew. */
export interface DiagnosticsSource {
  health(): outpost.v1.IHealth | undefined;
  outboxStats(): OutboxStats | undefined;
  config(): PostConfig;
  identity(): { postId: string; bootId: string; agentVersion: string; configHash: string; startedUnixMs: number };
  /** Prometheus text for `/metrics`. */
  metrics(): Promise<{ text: string; contentType: string }>;
}

function bigintSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/**
 * A small read-only HTTP API on the post itself: `GET /api/health`, `/api/outbox`, `/api/config`
 * (secrets redacted), `/api/identity`. Bearer token when configured. For a crew on site with a
 * laptop on the post's network, or for `curl` over an SSH session.
 */
export class DiagnosticsServer {
  private server: Server | undefined;

  constructor(
    private readonly config: DiagnosticsConfig & { listen: string },
    private readonly source: DiagnosticsSource,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const address = parseHostPort(this.config.listen, 'listen');
    if (address === undefined) {
      throw new OutpostError(`diagnostics.listen "${this.config.listen}" is not host:port`, { code: 'diagnostics.listen', subject: 'diagnostics', hint: `write ${hostPortExpected('listen')}` });
    }
    const { host, port } = address;
    const server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) => {
        const why = systemCode(error) === 'EADDRINUSE' ? 'the address is in use (another agent running?)' : systemCode(error) === 'EADDRNOTAVAIL' ? 'the address is not on this board' : String(error);
        reject(new OutpostError(`cannot listen on ${this.config.listen}: ${why}`, { code: 'diagnostics.listen', subject: 'diagnostics', hint: 'change diagnostics.listen', cause: error }));
      });
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    this.log.info({ module: 'diagnostics', address: this.address }, 'diagnostics API listening');
  }

  get address(): string | undefined {
    const address = this.server?.address() as AddressInfo | null | undefined;
    return address ? formatHostPort({ host: address.address, port: address.port }) : undefined;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private authorised(request: IncomingMessage): boolean {
    const token = this.config.token;
    if (token === undefined) return true;
    const given = Buffer.from(/^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '');
    const wanted = Buffer.from(token);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const send = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(`${JSON.stringify(body, bigintSafe, 2)}\n`);
    };
    const sendText = (text: string, contentType: string): void => {
      response.writeHead(200, { 'content-type': contentType });
      response.end(text);
    };
    const fail = (error: unknown): void => {
      // Nothing a request carries may end the agent: answer 500 and keep serving.
      this.log.error({ module: 'diagnostics', err: describeError(error) }, 'diagnostics request failed');
      if (!response.headersSent) send(500, { error: 'internal error; see the agent log' });
      else response.destroy();
    };
    try {
      if (request.method === 'GET' && pathOf(request.url) === '/metrics' && this.authorised(request)) {
        this.source.metrics().then(({ text, contentType }) => sendText(text, contentType), fail);
        return;
      }
      this.answer(request, send);
    } catch (error) {
      fail(error);
    }
  }

  private answer(request: IncomingMessage, send: (status: number, body: unknown) => void): void {
    if (request.method !== 'GET') return send(405, { error: 'read-only API: use GET' });
    if (!this.authorised(request)) return send(401, { error: 'missing or wrong bearer token (diagnostics.token)' });
    const path = pathOf(request.url);
    if (path === undefined) return send(400, { error: 'malformed request path; try /api/health, /api/outbox, /api/config, /api/identity' });
    switch (path) {
      case '/api/health': {
        const health = this.source.health();
        return health === undefined ? send(503, { error: 'the agent is starting' }) : send(200, toJson('outpost.v1.Health', health));
      }
      case '/api/outbox':
        return send(200, this.source.outboxStats() ?? { error: 'no outbox open' });
      case '/api/config':
        redactedConfig(this.source.config()).then(
          (body) => send(200, body),
          (error: unknown) => {
            this.log.error({ module: 'diagnostics', err: describeError(error) }, 'diagnostics request failed');
            send(500, { error: 'internal error; see the agent log' });
          },
        );
        return;
      case '/api/identity':
        return send(200, this.source.identity());
      default:
        return send(404, { error: `no such endpoint ${path.slice(0, 200)}; try /api/health, /api/outbox, /api/config, /api/identity, /metrics` });
    }
  }
}

/** The path of a request target, or undefined when it is not one (`//`, `//[`, bad escapes): `new URL` throws on those. */
function pathOf(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) return undefined;
  try {
    return decodeURIComponent(new URL(target, 'http://post').pathname);
  } catch {
    return undefined;
  }
}

/**
 * The running config with its secrets hidden. The schema that marks them (and zod) loads on the
 * first request only: `outpost run` keeps them out of its isolate otherwise (issue 13).
 */
async function redactedConfig(config: PostConfig): Promise<unknown> {
  const [{ redactSecrets }, { postConfigSchema }] = await Promise.all([import('../config/redact.js'), import('../config/schema.js')]);
  return redactSecrets(postConfigSchema, config);
}
