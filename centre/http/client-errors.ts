import type { Socket } from 'node:net';
import { HttpProblem, problemJson } from './problem.js';

/** What Node's HTTP parser refused, said for a person, by its error code. */
const REFUSALS: Record<string, [number, string, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'the request did not arrive in time (headers within 10 s, the whole request within 30 s)'],
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'the request line and headers are over 16 KiB; shorten the query or the cookies'],
};

/**
 * A request Node could not parse (bad framing, a header timeout, headers too large) is answered
 * as application/problem+json like every other error, then the connection is closed: the stream
 * cannot be trusted to find the next request.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, detail] = REFUSALS[error.code ?? ''] ?? [400, 'Bad Request', 'the request is not valid HTTP/1.1'];
  if (socket.writable) {
    const text = problemJson(new HttpProblem(status, reason, detail));
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`);
  }
  socket.destroy();
}
