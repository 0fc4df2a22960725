import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { systemCode } from '../../kernel/errors.js';

/**
 * The largest post config read: a real post file is a few KiB; anything near this is a mistake
 * (a log file, a device) that would otherwise be read whole into memory and validated.
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Why a post config cannot be read, in a technician's words; `undefined` when it was read. */
export type ReadResult = { text: string; why?: undefined } | { text?: undefined; why: string };

/**
 * Reads a post config file, refusing anything that is not a regular file (a FIFO would block,
 * /dev/zero never ends, a directory is a wrong path) and anything past MAX_CONFIG_BYTES. The
 * file is checked through the opened descriptor, so what is checked is what is read.
 */
export function readConfigText(file: string): ReadResult {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not hang before fstat can refuse it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { why: openFailure(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { why: `not a regular file (${kindOf(stats)}); give the path of the post's YAML file` };
    if (stats.size > MAX_CONFIG_BYTES) return { why: tooLarge(`${stats.size} bytes`) };
    // The size may change while reading: read at most one byte past the limit, and judge what was read.
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (;;) {
      const count = readSync(fd, buffer, length, buffer.length - length, null);
      if (count === 0) break;
      length += count;
      if (length > MAX_CONFIG_BYTES) return { why: tooLarge('more than that') };
    }
    return { text: buffer.subarray(0, length).toString('utf8') };
  } catch (error) {
    return { why: `cannot read the post config: ${systemCode(error) ?? String(error)}` };
  } finally {
    closeSync(fd);
  }
}

function tooLarge(found: string): string {
  return `the post config is larger than ${MAX_CONFIG_BYTES} bytes (1 MiB), found ${found}; a post file is a few KiB: check the path`;
}

function openFailure(error: unknown): string {
  const code = systemCode(error);
  if (code === 'ENOENT') return 'cannot read the post config: no such file; check the path';
  if (code === 'EACCES') return 'cannot read the post config: permission denied; check the file mode and owner';
  if (code === 'EISDIR') return 'not a regular file (a directory); give the path of the post\'s YAML file';
  return `cannot read the post config: ${code ?? String(error)}`;
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}
