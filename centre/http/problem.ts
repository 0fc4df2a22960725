import type { ServerResponse } from 'node:http';

/**
 * An error answered as `application/problem+json` (RFC 9457): `title` says what went wrong,
 * `detail` what was expected, found, and what to do. `error` repeats `detail` for clients of the
 * first API, which read that key.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const badRequest = (detail: string): HttpProblem => new HttpProblem(400, 'Bad request', detail);

/** Headers on every answer: no sniffing, no framing, no referrer, nothing cached that is private. */
export function securityHeaders(tls: boolean): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    ...(tls ? { 'strict-transport-security': 'max-age=31536000' } : {}),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', ...headers });
  response.end(text);
}

export function sendProblem(response: ServerResponse, problem: HttpProblem): void {
  const text = JSON.stringify({ type: 'about:blank', title: problem.title, status: problem.status, detail: problem.message, error: problem.message });
  response.writeHead(problem.status, { 'content-type': 'application/problem+json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store', ...problem.headers });
  response.end(text);
}
