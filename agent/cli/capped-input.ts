import { open } from 'node:fs/promises';
import { OutpostError, systemCode } from '../../kernel/errors.js';
import type { CliIo } from './io.js';

function tooLarge(source: string, maxBytes: number, what: string): OutpostError {
  return new OutpostError(`${source} holds more than ${maxBytes} bytes, the most ${what} may take`, {
    code: 'cli.input_too_large',
    hint: 'check that this is the file you meant; a message from a post or the centre is far smaller',
  });
}

/**
 * Reads a file, or stdin for `-`, refusing it once it passes `maxBytes` (read up to one byte
 * more, never the whole thing): /dev/zero or a 100 MB file must not exhaust memory.
 */
export async function readCappedInput(path: string, io: CliIo, maxBytes: number, what: string): Promise<Buffer> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of io.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      total += bytes.length;
      if (total > maxBytes) throw tooLarge('stdin', maxBytes, what);
      chunks.push(bytes);
    }
    return Buffer.concat(chunks);
  }
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    const why = systemCode(error) === 'ENOENT' ? 'no such file' : systemCode(error) === 'EACCES' ? 'permission denied' : String(error);
    throw new OutpostError(`cannot read ${path}: ${why}`, { code: 'cli.input', cause: error });
  }
  try {
    const buffer = Buffer.alloc(maxBytes + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > maxBytes) throw tooLarge(path, maxBytes, what);
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof OutpostError) throw error;
    throw new OutpostError(`cannot read ${path}: ${systemCode(error) ?? String(error)}`, { code: 'cli.input', cause: error });
  } finally {
    await file.close();
  }
}
