import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { onCleanup } from './cleanup.js';

/**
 * A small HTTP camera for what Apache cannot do (Digest SHA-256: Apache 2.4's mod_auth_digest
 * knows MD5 only) and for bad answers. It checks Digest responses with its own hashing, not
 * the driver's, counts nonce uses, and can mark a nonce stale.
 */
export interface CameraServerOptions {
  /** What a request that passed auth gets. */
  answer(request: IncomingMessage, response: ServerResponse): void;
  digest?: { user: string; password: string; realm: string; algorithm: 'SHA-256' | 'MD5' };
  /** Listen on this port (a camera coming back where the client expects it); default a free one. */
  port?: number;
}

export interface CameraServer {
  url(path: string): string;
  /** Statuses sent so far, in order. */
  statuses: number[];
  /** Nonce counts seen in accepted requests. */
  ncs: string[];
  /** The next request with the current nonce gets 401 stale=true. */
  expireNonce(): void;
  close(): Promise<void>;
}

export async function startCameraServer(options: CameraServerOptions): Promise<CameraServer> {
  let nonce = randomBytes(12).toString('base64');
  const statuses: number[] = [];
  const ncs: string[] = [];
  let staleNonce: string | undefined;
  const hash = (text: string): string => createHash(options.digest?.algorithm === 'MD5' ? 'md5' : 'sha256').update(text).digest('hex');
  const challenge = (stale: boolean): string => `Digest realm="${options.digest?.realm}", qop="auth", algorithm=${options.digest?.algorithm}, nonce="${nonce}", opaque="op"${stale ? ', stale=true' : ''}`;
  const server: Server = createServer((request, response) => {
    response.on('finish', () => statuses.push(response.statusCode));
    const digest = options.digest;
    if (digest === undefined) return options.answer(request, response);
    const fields = Object.fromEntries([...(request.headers.authorization ?? '').matchAll(/(\w+)=(?:"([^"]*)"|([^\s,]+))/g)].map((match) => [match[1], match[2] ?? match[3]]));
    if (!(request.headers.authorization ?? '').startsWith('Digest ') || fields['nonce'] === undefined) {
      response.writeHead(401, { 'www-authenticate': challenge(false) }).end();
      return;
    }
    const ha1 = hash(`${digest.user}:${digest.realm}:${digest.password}`);
    const ha2 = hash(`${request.method}:${fields['uri']}`);
    const expected = hash(`${ha1}:${fields['nonce']}:${fields['nc']}:${fields['cnonce']}:auth:${ha2}`);
    if (fields['response'] !== expected || fields['username'] !== digest.user || fields['uri'] !== request.url) {
      response.writeHead(401, { 'www-authenticate': challenge(false) }).end();
      return;
    }
    if (fields['nonce'] === staleNonce || fields['nonce'] !== nonce) {
      response.writeHead(401, { 'www-authenticate': challenge(true) }).end();
      return;
    }
    ncs.push(fields['nc'] as string);
    options.answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const unregister = onCleanup(() => server.close());
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    statuses,
    ncs,
    expireNonce() {
      staleNonce = nonce;
      nonce = randomBytes(12).toString('base64');
    },
    close: async () => {
      unregister();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
