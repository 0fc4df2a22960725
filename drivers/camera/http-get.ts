import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { OutpostError, systemCode } from '../../kernel/errors.js';

export interface GetLimits {
  /** Until the TCP (and TLS) connection is up. */
  connectTimeoutMs: number;
  /** The whole exchange, from sending to the last byte. */
  timeoutMs: number;
  /** Largest body kept; larger is refused by Content-Length or as it streams in. */
  maxBytes: number;
}

export interface GetAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** Each WWW-Authenticate header on its own (Node joins them into one string otherwise). */
  challenges: string[];
  body: Buffer;
}

/** What to send: a GET for a snapshot, a POST for a SOAP call. */
export interface BoundedRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

/** One GET: see boundedRequest. */
export function boundedGet(url: URL, headers: Record<string, string>, limits: GetLimits, label: string): Promise<GetAnswer> {
  return boundedRequest(url, { method: 'GET', headers }, limits, label);
}

/**
 * One HTTP request with hard limits, on node:http rather than fetch: fetch cannot bound the connect
 * time apart from the whole request, and we must count bytes as they arrive to stop a 200 MB
 * "image" without holding it. A failure is an OutpostError naming `label` (the URL without
 * credentials); the socket is destroyed on every failure, so nothing is left open.
 */
export function boundedRequest(url: URL, send: BoundedRequest, limits: GetLimits, label: string): Promise<GetAnswer> {
  return new Promise((resolve, reject) => {
    const headers = send.body === undefined ? send.headers : { ...send.headers, 'content-length': String(Buffer.byteLength(send.body, 'utf8')) };
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: send.method, headers, agent: false });
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (error: OutpostError | undefined, answer?: GetAnswer): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      if (error !== undefined) {
        request.destroy();
        reject(error);
      } else resolve(answer as GetAnswer);
    };
    timers.push(setTimeout(() => finish(new OutpostError(`no complete answer within ${limits.timeoutMs} ms from ${label}`, { code: 'camera.timeout', retryable: true, disconnect: true, hint: 'check the camera is powered and not overloaded, or raise timeout' })), limits.timeoutMs));
    const connectTimer = setTimeout(() => finish(new OutpostError(`cannot connect to ${label} within ${limits.connectTimeoutMs} ms`, { code: 'camera.unreachable', retryable: true, disconnect: true, hint: 'check the camera is powered, its address and the network' })), limits.connectTimeoutMs);
    timers.push(connectTimer);
    request.on('socket', (socket: Socket) => {
      if (!socket.connecting) clearTimeout(connectTimer);
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    request.on('error', (error) => finish(networkError(error, label)));
    request.on('response', (response) => {
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        finish(tooLarge(label, limits.maxBytes, `it declares ${declared} bytes`));
        return;
      }
      const chunks: Buffer[] = [];
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > limits.maxBytes) {
          finish(tooLarge(label, limits.maxBytes, `more than that arrived`));
          return;
        }
        chunks.push(chunk);
      });
      response.on('error', (error) => finish(networkError(error, label)));
      response.on('aborted', () => finish(new OutpostError(`${label} closed the connection in the middle of the answer`, { code: 'camera.unreachable', retryable: true, disconnect: true })));
      response.on('end', () => {
        const challenges: string[] = [];
        for (let index = 0; index < response.rawHeaders.length; index += 2) {
          if ((response.rawHeaders[index] as string).toLowerCase() === 'www-authenticate') challenges.push(response.rawHeaders[index + 1] as string);
        }
        finish(undefined, { status: response.statusCode ?? 0, headers: response.headers, challenges, body: Buffer.concat(chunks, received) });
      });
    });
    request.end(send.body);
  });
}

function tooLarge(label: string, maxBytes: number, found: string): OutpostError {
  return new OutpostError(`${label} sent more than max_image (${maxBytes} bytes): ${found}`, {
    code: 'camera.too_large',
    hint: 'point url at a snapshot (a still JPEG), not a stream or a file, or raise max_image',
  });
}

function networkError(error: Error, label: string): OutpostError {
  const code = systemCode(error);
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused (nothing listens on that port)',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name cannot be resolved now',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
  };
  const reason = (code === undefined ? undefined : reasons[code]) ?? error.message;
  return new OutpostError(`cannot reach ${label}: ${reason}`, { code: 'camera.unreachable', retryable: true, disconnect: true, cause: error, hint: 'check the camera is powered, its address and port in url, and the network' });
}
