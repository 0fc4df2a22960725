import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../kernel/logger.js';

/** One JSON log line as pino writes it. */
export interface LogLine {
  level: number;
  msg: string;
  repeats?: number;
  code?: string;
  [field: string]: unknown;
}

/** A debug-level logger that keeps what it writes, and the lines written so far. */
export function logLines(): { log: Logger; lines: () => LogLine[] } {
  const out: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out.push(chunk.toString('utf8'));
      done();
    },
  });
  return {
    log: createLogger({ level: 'debug', pretty: false, destination }),
    lines: () =>
      out
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LogLine),
  };
}
