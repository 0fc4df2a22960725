import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { BodyKind } from '../wire/index.js';
import { OutpostError, describeError, systemCode } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import type { EventStream } from './event-stream.js';
import type { CentreStats } from './ingest.js';
import { postJson, rowJson } from './record-json.js';
import type { CentreStore } from './store.js';
import { parseListenAddress } from './embedded-broker.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

class BadRequest extends Error {}

function limitOf(query: URLSearchParams): number {
  const text = query.get('limit');
  if (text === null) return DEFAULT_LIMIT;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1) throw new BadRequest(`limit must be a positive integer, got "${text}"`);
  return Math.min(limit, MAX_LIMIT);
}

/** `since` as Unix ms or an ISO 8601 time. */
function sinceOf(query: URLSearchParams): number | undefined {
  const text = query.get('since');
  if (text === null || text === '') return undefined;
  const value = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (Number.isNaN(value)) throw new BadRequest(`since must be Unix milliseconds or an ISO 8601 time, got "${text}"`);
  return value;
}

function optional(query: URLSearchParams, key: string): string | undefined {
  const value = query.get(key);
  return value === null || value === '' ? undefined : value;
}

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
    throw new BadRequest(`"${target.slice(0, 200)}" is not a request path; ask for e.g. GET /api/posts`);
  }
}

function decodedPostId(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new BadRequest(`post id "${text.slice(0, 200)}" has a bad percent-encoding (% must be followed by two hex digits, e.g. %2F)`);
  }
}

export interface HttpApiParts {
  store: CentreStore;
  stats: () => CentreStats;
  stream: EventStream;
  log: Logger;
}

/**
 * The centre's JSON API (centre/README.md documents every route). Read-only; a bad query
 * parameter is a 400 with the reason, an unknown post a 404, a store failure a 500 logged here.
 */
export class HttpApi {
  private server: Server | undefined;

  constructor(private readonly parts: HttpApiParts) {}

  async listen(address: string): Promise<string> {
    const { host, port } = parseListenAddress(address, 'HTTP address');
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) =>
        reject(new OutpostError(`cannot serve HTTP on ${address} (${systemCode(error) ?? error.message})`, { code: 'centre.http_listen', subject: 'centre', hint: 'pick another --http address', cause: error })),
      );
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    const bound = server.address();
    const boundPort = typeof bound === 'object' && bound !== null ? bound.port : port;
    return `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
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
      if (request.method !== 'GET') {
        send(response, 405, { error: `${request.method ?? '?'} is not supported; the API is read-only (GET)` });
        return;
      }
      await this.route(requestUrl(request), request, response);
    } catch (error) {
      if (error instanceof BadRequest) {
        send(response, 400, { error: error.message });
        return;
      }
      this.parts.log.error({ path: request.url, err: describeError(error) }, 'API request failed');
      if (!response.headersSent) send(response, 500, { error: describeError(error) });
      else response.end();
    }
  }

  private async route(url: URL, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const { store } = this.parts;
    const query = url.searchParams;
    const path = url.pathname.replace(/\/+$/, '');
    const list = async (kinds: BodyKind[], sensor?: string): Promise<void> => {
      const rows = await store.records({ kinds, postId: optional(query, 'post'), sensor, sinceUnixMs: sinceOf(query), limit: limitOf(query) });
      send(response, 200, rows.map(rowJson));
    };
    switch (path) {
      case '/api/posts':
        send(response, 200, (await store.posts()).map(postJson));
        return;
      case '/api/detections':
        return list(['detection']);
      case '/api/incidents':
        return list(['incident']);
      case '/api/readings':
        return list(['reading'], optional(query, 'sensor'));
      case '/api/events':
        return list(['event']);
      case '/api/health':
        send(response, 200, (await store.latestHealth(optional(query, 'post'))).map(rowJson));
        return;
      case '/api/stats':
        send(response, 200, this.parts.stats());
        return;
      case '/api/stream':
        this.parts.stream.open(request, response, { post: optional(query, 'post'), kind: optional(query, 'kind') });
        return;
    }
    const postMatch = /^\/api\/posts\/([^/]+)$/.exec(path);
    if (postMatch !== null) {
      const id = decodedPostId(postMatch[1] as string);
      const post = await store.post(id);
      if (post === undefined) {
        send(response, 404, { error: `no post "${id}" has reported to this centre` });
        return;
      }
      const [health] = await store.latestHealth(id);
      send(response, 200, { ...postJson(post), health: health === undefined ? null : rowJson(health) });
      return;
    }
    send(response, 404, { error: `no route ${path}; see GET /api/posts, /api/detections, /api/incidents, /api/readings, /api/health, /api/events, /api/stats, /api/stream` });
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
