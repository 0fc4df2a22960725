import { OutpostError, systemCode } from '../../kernel/errors.js';

/** For each listener (by its error code): what moves it, as advice, e.g. `give --http HOST:PORT with a free port`. */
export type ListenerAdvice = Readonly<Record<string, string>>;

/**
 * A listener that found its port in use says so in a person's words: which port, the likely
 * culprit and what moves it. Any other error is returned as it is.
 */
export function explainBusyPort(error: unknown, command: string, advice: ListenerAdvice): unknown {
  if (!(error instanceof OutpostError) || systemCode(error.cause) !== 'EADDRINUSE') return error;
  const move = advice[error.code];
  if (move === undefined) return error;
  const address = addressOf(error.cause);
  const where = address === undefined ? 'its port' : `port ${address.port} on ${address.host}`;
  return new OutpostError(`${where} is already in use (another outpost centre or demo still running?)`, {
    code: error.code,
    subject: command,
    hint: `stop the other process, or ${move}`,
    cause: error,
  });
}

function addressOf(cause: unknown): { host: string; port: number } | undefined {
  if (typeof cause !== 'object' || cause === null) return undefined;
  const { address, port } = cause as { address?: unknown; port?: unknown };
  return typeof address === 'string' && typeof port === 'number' ? { host: address, port } : undefined;
}
