import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createServer, type Server, type ServerOptions } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { z } from 'zod';
import { OutpostError, describeError, systemCode } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { hasRole, type Caller, type HttpAuth } from './access/http-auth.js';
import type { EventStream } from './event-stream.js';
import { parseListenAddress } from './embedded-broker.js';
import { HttpProblem, problemJson, securityHeaders } from './http/problem.js';
import { answerClientError } from './http/client-errors.js';
import { requestProblem } from './http/requests.js';
import type { Route } from './http/route.js';
import { ROUTES } from './http/routes.js';
import type { ConsoleFiles } from './http/static-files.js';
import type { CentreStats } from './ingest.js';
import type { RetentionClassReport } from './retention.js';
import type { RetentionClass } from './retention-policy.js';
import type { AccessStore, CentreStore, Role } from './store.js';
import type { CommandIssuer } from './command-issuer.js';
import type { MapTiles } from './map-tiles.js';

/** JSON answers from this size on are gzipped for a client that accepts it (a page of 100 records is less). */
const GZIP_FROM_CHARS = 64 * 1024;
const gzipAsync = promisify(gzip);

/** A request body past this is refused with 413 before it is read further. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * How long a client may take (centre/README.md): a slowloris dribbling its headers is cut off
 * after HEADERS_MS, a slow body after REQUEST_MS, a socket silent in both directions after
 * IDLE_MS (the event stream writes a keep-alive every 15 s, so it stays open). Node checks the
 * header and request deadlines every CHECK_MS.
 */
export const HTTP_TIMEOUTS = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000, idleMs: 60_000, checkMs: 1_000 };

export interface HttpApiParts {
  store: CentreStore;
  stats: () => CentreStats;
  /** Per record class: how long it is kept, its oldest record, what was pruned (`retention` in /api/stats). */
  retention: () => Promise<Record<RetentionClass, RetentionClassReport>>;
  stream: EventStream;
  log: Logger;
  /** Sessions and tokens; absent: no authentication (tests, a lab), every caller is an anonymous admin. */
  auth: HttpAuth | undefined;
  access: AccessStore | undefined;
  console: ConsoleFiles;
  /** Issues commands to posts; absent on a worker with no broker (`--worker-role api`) or no command key. */
  commands?: CommandIssuer | undefined;
  /** An operator's tile server for the map; absent: the shipped base map only. */
  mapTiles?: MapTiles | undefined;
  /** PEM certificate and key: serve HTTPS (and mark cookies Secure). */
  tls?: { cert: Buffer; key: Buffer } | undefined;
  clock: () => number;
}

const ANONYMOUS: Caller = { actor: 'anonymous', user: 'anonymous', role: 'admin', csrfToken: undefined };

/** What fastify's own errors mean, said for a person. */
const FASTIFY_ERRORS: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'send the body as Content-Type: application/json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'the Content-Length does not match the body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty; send a JSON object, e.g. {}',
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not JSON',
  FST_ERR_BAD_URL: 'the path has a bad percent-encoding (% must be followed by two hex digits, e.g. %2F)',
};

const TITLES: Record<number, string> = { 400: 'Bad request', 404: 'Not found', 405: 'Method not allowed', 413: 'Content too large', 415: 'Unsupported media type', 503: 'Service unavailable' };

interface RouteConfig {
  role: Role | 'public';
}

/**
 * The centre's HTTP API and console on fastify (centre/README.md documents every route): a
 * session or token on every /api route but login; the role each route needs; the CSRF token on
 * each state change; params, query and body validated by each route's zod schemas; errors as
 * application/problem+json; size limits and timeouts so no client can hold the server; no request
 * can end the process.
 */
export class HttpApi {
  private app: FastifyInstance | undefined;
  private readonly headers: Record<string, string>;
  private readonly callers = new WeakMap<FastifyRequest, Caller>();

  constructor(private readonly parts: HttpApiParts) {
    this.headers = {
      ...securityHeaders(parts.tls !== undefined),
      'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:${parts.mapTiles === undefined ? '' : ` ${parts.mapTiles.origin}`}; connect-src 'self'; media-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`,
    };
  }

  async listen(address: string): Promise<string> {
    const { host, port } = parseListenAddress(address, 'HTTP address');
    const app = this.build();
    try {
      await app.listen({ host, port });
    } catch (error) {
      await app.close().catch(() => undefined);
      throw new OutpostError(`cannot serve HTTP on ${address} (${systemCode(error) ?? describeError(error)})`, { code: 'centre.http_listen', subject: 'centre', hint: 'pick another --http address', cause: error });
    }
    this.app = app;
    const bound = app.server.address();
    const boundPort = typeof bound === 'object' && bound !== null ? bound.port : port;
    return `${this.parts.tls === undefined ? 'http' : 'https'}://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  }

  async close(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    // forceCloseConnections: open event streams and idle keep-alive sockets end with it.
    await app?.close();
  }

  private build(): FastifyInstance {
    const tls = this.parts.tls;
    const serverOptions: ServerOptions = {
      headersTimeout: HTTP_TIMEOUTS.headersMs,
      requestTimeout: HTTP_TIMEOUTS.requestMs,
      keepAliveTimeout: HTTP_TIMEOUTS.keepAliveMs,
      connectionsCheckingInterval: HTTP_TIMEOUTS.checkMs,
    };
    const app = Fastify({
      serverFactory: (handler): Server => {
        const server = tls === undefined ? createServer(serverOptions, handler) : createTlsServer({ ...serverOptions, cert: tls.cert, key: tls.key }, handler);
        server.setTimeout(HTTP_TIMEOUTS.idleMs);
        server.maxHeadersCount = 100;
        return server;
      },
      bodyLimit: MAX_BODY_BYTES,
      logger: false,
      forceCloseConnections: true,
      return503OnClosing: true,
      routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
      // A path fastify cannot route (a bad percent-encoding), or a request Node cannot parse, is answered as problem+json too.
      frameworkErrors: (error, request, reply) => this.answerError(error, request, reply),
      clientErrorHandler: answerClientError,
    });
    app.setValidatorCompiler(({ schema, httpPart }) => {
      const zod = schema as z.ZodType;
      const part = httpPart === 'querystring' ? 'query' : httpPart === 'params' ? 'params' : 'body';
      return (data: unknown) => {
        const result = zod.safeParse(data);
        return result.success ? { value: result.data } : { error: requestProblem(part, zod, result.error) };
      };
    });
    app.addHook('onRequest', async (request, reply) => {
      reply.headers(this.headers);
      await this.admit(request);
    });
    app.setErrorHandler((error, request, reply) => this.answerError(error instanceof Error ? error : new Error(String(error)), request, reply));
    app.setNotFoundHandler(async (request) => {
      throw this.notFound(request);
    });
    for (const route of ROUTES) this.register(app, route);
    const serveConsole = async (request: FastifyRequest, reply: FastifyReply): Promise<Buffer> => {
      const path = request.url.split('?')[0] ?? '/';
      const file = this.parts.console.answer(path, request.headers['accept-encoding']);
      if (file === undefined) throw this.notFound(request);
      reply.headers(file.headers);
      return file.body;
    };
    app.get('/', { config: { role: 'public' } satisfies RouteConfig }, serveConsole);
    app.get('/console/:file', { config: { role: 'public' } satisfies RouteConfig }, serveConsole);
    return app;
  }

  private register(app: FastifyInstance, route: Route): void {
    app.route({
      method: route.method,
      url: route.url,
      config: { role: route.role } satisfies RouteConfig,
      bodyLimit: route.bodyLimit ?? MAX_BODY_BYTES,
      schema: { querystring: route.query, ...(route.params === undefined ? {} : { params: route.params }), ...(route.body === undefined ? {} : { body: route.body }) },
      handler: async (request, reply) => {
        const answer = await route.handle({ request, reply, query: request.query, params: request.params, body: request.body, caller: this.callers.get(request), parts: this.parts, headers: this.headers });
        if (answer === 'streamed') return reply;
        if ('bytes' in answer) return reply.headers(answer.headers).type(answer.type).send(answer.bytes);
        reply.header('cache-control', 'no-store');
        if (answer.headers !== undefined) reply.headers(answer.headers);
        reply.code(answer.status ?? 200).type('application/json; charset=utf-8');
        return reply.send(await jsonBody(JSON.stringify(answer.body), request.headers['accept-encoding'], reply));
      },
    });
  }

  /**
   * Who is asking, before anything else is read: 401 without a session or token (an unknown path
   * included, so an anonymous caller learns nothing), 403 for a role too low or a state change
   * without the session's CSRF token.
   */
  private async admit(request: FastifyRequest): Promise<void> {
    const role = (request.routeOptions.config as Partial<RouteConfig> | undefined)?.role;
    if (role === 'public') return;
    const auth = this.parts.auth;
    const caller = auth === undefined ? ANONYMOUS : await auth.identify(request.raw);
    if (caller === undefined) {
      throw new HttpProblem(401, 'Unauthorized', 'log in (POST /api/login) or send Authorization: Bearer <token> (`outpost centre token add`)', { 'www-authenticate': 'Bearer realm="outpost-centre"' });
    }
    this.callers.set(request, caller);
    // No role: no route matched; the not-found handler answers 404 or 405.
    if (role === undefined) return;
    const path = request.url.split('?')[0]?.slice(0, 200) ?? '';
    if (!hasRole(caller, role)) throw new HttpProblem(403, 'Forbidden', `${request.method} ${path} needs the ${role} role; ${caller.user} is ${caller.role}`);
    if (request.method === 'POST' && auth !== undefined && !auth.csrfOk(caller, request.raw)) {
      throw new HttpProblem(403, 'Forbidden', 'the X-CSRF-Token header is missing or wrong; take it from GET /api/session (the console does this)');
    }
  }

  /** 405 (with Allow) when the path exists for another method, else 404. */
  private notFound(request: FastifyRequest): HttpProblem {
    const path = (request.url.split('?')[0] ?? '').replace(/(.)\/+$/, '$1');
    const methods = ROUTES.filter((route) => routePattern(route.url).test(path)).map((route) => route.method);
    if (methods.length > 0) return new HttpProblem(405, 'Method not allowed', `${request.method.slice(0, 20)} is not allowed on ${path.slice(0, 200)}; use ${methods.join(' or ')}`, { allow: methods.join(', ') });
    return new HttpProblem(404, 'Not found', `no route ${path.slice(0, 200)}; see GET /api/openapi.json for the routes`);
  }

  private answerError(error: FastifyError | HttpProblem | Error, request: FastifyRequest, reply: FastifyReply): void {
    const problem = this.problemOf(error, request);
    void reply
      .code(problem.status)
      .headers({ ...this.headers, 'cache-control': 'no-store', ...problem.headers })
      .type('application/problem+json; charset=utf-8')
      .send(problemJson(problem));
  }

  private problemOf(error: FastifyError | HttpProblem | Error, request: FastifyRequest): HttpProblem {
    if (error instanceof HttpProblem) return error;
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status < 500 || status === 503) {
      const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
      const detail = code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `the body is over ${request.routeOptions.bodyLimit ?? MAX_BODY_BYTES} bytes` : FASTIFY_ERRORS[code];
      return new HttpProblem(status, TITLES[status] ?? 'Bad request', detail ?? error.message);
    }
    this.parts.log.error({ path: request.url.slice(0, 200), err: describeError(error) }, 'API request failed');
    return new HttpProblem(500, 'Internal error', describeError(error));
  }
}

/**
 * A JSON answer, gzipped on the thread pool when it is large and the client takes gzip: the
 * posts page's two lists for 500 posts were 360 KB of the console's 420 KB first load (74 KB
 * with them gzipped, bench/centre-console.ts). Small answers go as they are: not worth the CPU,
 * and the session's CSRF token (in /api/session and /api/login) is never compressed (BREACH).
 */
async function jsonBody(text: string, acceptEncoding: string | undefined, reply: FastifyReply): Promise<string | Buffer> {
  if (text.length < GZIP_FROM_CHARS || !/\bgzip\b/.test(acceptEncoding ?? '')) return text;
  reply.header('content-encoding', 'gzip').header('vary', 'accept-encoding');
  return gzipAsync(text, { level: 1 });
}

/** A fastify route pattern as a regular expression over a concrete path. */
function routePattern(url: string): RegExp {
  return new RegExp(`^${url.replace(/[.]/g, '\\.').replace(/:\w+/g, '[^/]+')}$`);
}
