import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.wav': 'audio/wav',
};

interface ConsoleFile {
  type: string;
  body: Buffer;
  gzipped: Buffer;
}

/** centre/console, from the source tree or beside the compiled file (the build copies it). */
export function consoleDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const candidates = [join(here, '..', 'console'), join(here, '..', '..', '..', 'centre', 'console')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? (candidates[0] as string);
}

/**
 * The console's static files, read once at start (a handful of small files) and served from
 * memory, gzipped when the browser accepts it. Only these names are served: no path from the
 * request ever reaches the file system.
 */
export class ConsoleFiles {
  private constructor(private readonly files: Map<string, ConsoleFile>) {}

  static async load(dir: string): Promise<ConsoleFiles> {
    const files = new Map<string, ConsoleFile>();
    const names = existsSync(dir) ? await readdir(dir) : [];
    for (const name of names) {
      const type = TYPES[extname(name)];
      if (type === undefined) continue;
      const body = await readFile(join(dir, name));
      files.set(`/console/${name}`, { type, body, gzipped: gzipSync(body) });
    }
    const index = files.get('/console/index.html');
    if (index !== undefined) files.set('/', index);
    return new ConsoleFiles(files);
  }

  /** The answer for `path` when it is a console file: gzipped when the client accepts it. */
  answer(path: string, acceptEncoding: string | undefined): { headers: Record<string, string>; body: Buffer } | undefined {
    const file = this.files.get(path);
    if (file === undefined) return undefined;
    const gzip = /\bgzip\b/.test(acceptEncoding ?? '');
    const body = gzip ? file.gzipped : file.body;
    return {
      headers: { 'content-type': file.type, 'cache-control': 'no-cache', vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) },
      body,
    };
  }
}
