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

/** The problem's `application/problem+json` text. */
export function problemJson(problem: HttpProblem): string {
  return JSON.stringify({ type: 'about:blank', title: problem.title, status: problem.status, detail: problem.message, error: problem.message });
}
