import { PassThrough, Readable } from 'node:stream';
import { main } from '../../agent/cli/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs the CLI in this process with captured streams (fast; for commands that finish by themselves). */
export async function runCli(
  args: readonly string[],
  options: { stdin?: string | Uint8Array; env?: Record<string, string | undefined>; onStderr?: (text: string) => void } = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => {
    err.push(chunk);
    options.onStderr?.(Buffer.concat(err).toString('utf8'));
  });
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await main(['node', 'outpost', ...args], { stdout, stderr, stdin, env: options.env ?? {} });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes };
}
