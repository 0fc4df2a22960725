import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { OutpostError, describeError, systemCode } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { hasRole, type Caller, type HttpAuth } from './access/http-auth.js';
import type { EventStream } from './event-stream.js';
import { parseListenAddress } from './embedded-broker.js';
import { HttpProblem, badRequest, securityHeaders, sendProblem } from './http/problem.js';
import { ROUTES, type RouteContext } from './http/routes.js';
import type { ConsoleFiles } from './http/static-files.js';
import type { CentreStats } from './ingest.js';
import type { AccessStore, CentreStore } from './store.js';
import type { CommandIssuer } from './command-issuer.js';

const MAX_BODY_BYTES = 16 * 1024;

/**
 * The request's URL. `//` and `//[` once crashed the centre (parsed as an authority); a path is
 * now always read as a path, and a target that still does not parse (`http://[`) is a 400.
 */
function requestUrl(request: IncomingMessage): URL {
  const target = request.url ?? '/';
  try {
    // A path-only base: `//host` in the target must stay a path, never become an authority.
    return new URL(target.startsWith('/') ? `http://centre${target}` : target, 'http://centre');
  } catch {
    throw badRequest(`"${target.slice(0, 200)}" is not a request path; ask for e.g. GET /api/posts`);
  }
}

export interface HttpApiParts {
  store: CentreStore;
  stats: () => CentreStats;
  stream: EventStream;
  log: Logger;
  /** Sessions and tokens; absent: no authentication (tests, a lab), every caller is an anonymous admin. */
  auth: HttpAuth | undefined;
  access: AccessStore | undefined;
  console: ConsoleFiles;
  /** Issues commands to posts; absent on a worker with no broker (`--worker-role api`) or no command key. */
  commands?: CommandIssuer | undefined;
  /** PEM certificate and key: serve HTTPS (and mark cookies Secure). */
  tls?: { cert: Buffer; key: Buffer } | undefined;
  clock: () => number;
}

const ANONYMOUS: Caller = { actor: 'anonymous', user: 'anonymous', role: 'admin', csrfToken: undefined };

/**
 * The centre's HTTP API and console (centre/README.md documents every route): a session or token
 * on every /api route but login; the role each route needs; the CSRF token on each state change;
 * errors as application/problem+json; no request can end the process.
 */
export class HttpApi {
  private server: Server | undefined;
  private readonly headers: Record<string, string>;

  constructor(private readonly parts: HttpApiParts) {
    this.headers = {
      ...securityHeaders(parts.tls !== undefined),
      'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; media-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    };
  }

  async listen(address: string): Promise<string> {
    const { host, port } = parseListenAddress(address, 'HTTP address');
    const handler = (request: IncomingMessage, response: ServerResponse): void => void this.handle(request, response);
    const tls = this.parts.tls;
    const server = tls === undefined ? createServer(handler) : createTlsServer({ cert: tls.cert, key: tls.key }, handler);
    // Slow or idle clients are cut off: a slowloris holds a socket at most this long.
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
    server.keepAliveTimeout = 5_000;
    server.maxHeadersCount = 100;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new OutpostError(`cannot serve HTTP on ${address} (${systemCode(error) ?? error.message})`, { code: 'centre.http_listen', subject: 'centre', hint: 'pick another --http address', cause: error })),
      );
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const bound = server.address();
    const boundPort = typeof bound === 'object' && bound !== null ? bound.port : port;
    return `${tls === undefined ? 'http' : 'https'}://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Everything, parsing the URL included, is inside the try: no request path can end the process.
    try {
      const url = requestUrl(request);
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
      if ((request.method === 'GET' || request.method === 'HEAD') && this.parts.console.serve(path, request, response, this.headers)) return;
      await this.route(request, response, url, path);
    } catch (error) {
      if (error instanceof HttpProblem) {
        if (!response.headersSent) sendProblem(response, withHeaders(error, this.headers));
        else response.end();
        return;
      }
      this.parts.log.error({ path: request.url?.slice(0, 200), err: describeError(error) }, 'API request failed');
      if (!response.headersSent) sendProblem(response, new HttpProblem(500, 'Internal error', describeError(error), this.headers));
      else response.end();
    }
  }

  private async route(request: IncomingMessage, response: ServerResponse, url: URL, path: string): Promise<void> {
    const method = request.method ?? '';
    const matches = ROUTES.map((route) => ({ route, match: route.path.exec(path) })).filter((entry) => entry.match !== null);
    const found = matches.find((entry) => entry.route.method === method);
    const auth = this.parts.auth;
    const isPublic = found?.route.role === 'public';
    const caller = auth === undefined ? ANONYMOUS : isPublic ? undefined : await auth.identify(request);
    if (!isPublic && caller === undefined) {
      throw new HttpProblem(401, 'Unauthorized', 'log in (POST /api/login) or send Authorization: Bearer <token> (`outpost centre token add`)', { 'www-authenticate': 'Bearer realm="outpost-centre"' });
    }
    if (found === undefined) {
      if (matches.length > 0) throw new HttpProblem(405, 'Method not allowed', `${method.slice(0, 20)} is not allowed on ${path.slice(0, 200)}; use ${matches.map((entry) => entry.route.method).join(' or ')}`, { allow: matches.map((entry) => entry.route.method).join(', ') });
      throw new HttpProblem(404, 'Not found', `no route ${path.slice(0, 200)}; see GET /api/openapi.json for the routes`);
    }
    const { route, match } = found;
    if (caller !== undefined && route.role !== 'public' && !hasRole(caller, route.role)) {
      throw new HttpProblem(403, 'Forbidden', `${route.method} ${path.slice(0, 200)} needs the ${route.role} role; ${caller.user} is ${caller.role}`);
    }
    let body: unknown;
    if (method === 'POST') {
      if (caller !== undefined && auth !== undefined && !auth.csrfOk(caller, request)) {
        throw new HttpProblem(403, 'Forbidden', 'the X-CSRF-Token header is missing or wrong; take it from GET /api/session (the console does this)');
      }
      body = await readJson(request, route.maxBodyBytes ?? MAX_BODY_BYTES);
    }
    const context: RouteContext = {
      request,
      response,
      url,
      params: (match as RegExpExecArray).slice(1).map(decodePart),
      body,
      caller,
      parts: this.parts,
      headers: this.headers,
    };
    await route.handle(context);
  }
}

function withHeaders(problem: HttpProblem, headers: Record<string, string>): HttpProblem {
  return new HttpProblem(problem.status, problem.title, problem.message, { ...headers, ...problem.headers });
}

function decodePart(text: string | undefined): string {
  try {
    return decodeURIComponent(text ?? '');
  } catch {
    throw badRequest(`"${(text ?? '').slice(0, 200)}" has a bad percent-encoding (% must be followed by two hex digits, e.g. %2F)`);
  }
}

/** A JSON body of at most 16 KiB (or the route's own limit), sent as application/json (a form post from another site cannot be). */
async function readJson(request: IncomingMessage, maxBodyBytes: number): Promise<unknown> {
  if (!/^application\/json\b/i.test(String(request.headers['content-type'] ?? ''))) {
    throw new HttpProblem(415, 'Unsupported media type', 'send the body as Content-Type: application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) throw new HttpProblem(413, 'Content too large', `the body is over ${maxBodyBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw badRequest('the body is not JSON');
  }
}

