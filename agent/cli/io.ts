import { readFile } from 'node:fs/promises';
import { OutpostError, systemCode } from '../../kernel/errors.js';

/** Where a command reads and writes; process streams in production, buffers in tests. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Readonly<Record<string, string | undefined>>;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Exit codes (README.md, "Exit codes"). */
export const ExitCode = {
  ok: 0,
  /** The command ran and found a problem: invalid config, device absent, busy or silent. */
  failed: 1,
  /** The command line itself is wrong: unknown command or option, bad argument. */
  usage: 2,
  /** The agent stopped cleanly because the centre asked for a restart (systemd's Restart= starts it again). */
  restart: 75,
} as const;

/** A mistake on the command line; exits 2. */
export class UsageError extends OutpostError {
  constructor(message: string, hint?: string) {
    super(message, { code: 'cli.usage', hint });
    this.name = 'UsageError';
  }
}

/** Reads a file, or stdin for `-` or no argument. */
export async function readInput(path: string | undefined, io: CliIo): Promise<Buffer> {
  if (path === undefined || path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(path);
  } catch (error) {
    const why = systemCode(error) === 'ENOENT' ? 'no such file' : systemCode(error) === 'EACCES' ? 'permission denied' : String(error);
    throw new OutpostError(`cannot read ${path}: ${why}`, { code: 'cli.input', cause: error });
  }
}

/** Writes and waits until the stream has taken it (so output is complete before exit). */
export function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export interface OrderedWriter {
  /** Queues `text` after what was queued before; never throws and never rejects. */
  print(text: string): void;
  /** Resolves once everything queued is written; rejects with the first write that failed. */
  flushed(): Promise<void>;
}

/**
 * For output produced by device events that cannot wait: keeps the order and remembers the
 * first failure (a reader that went away) for `flushed`, instead of leaving a rejected promise
 * unobserved until the command ends, which Node treats as a crash.
 */
export function orderedWriter(stream: NodeJS.WritableStream): OrderedWriter {
  let chain = Promise.resolve();
  let failure: { error: unknown } | undefined;
  return {
    print(text) {
      chain = chain
        .then(() => (failure === undefined ? write(stream, text) : undefined))
        .catch((error: unknown) => {
          failure ??= { error };
        });
    },
    async flushed() {
      await chain;
      if (failure !== undefined) throw failure.error;
    },
  };
}
