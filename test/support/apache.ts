import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, waitForPort } from './net.js';
import { startPeer, type Peer } from './process.js';
import { tempDir } from './tmp.js';

const MODULES = '/usr/lib/apache2/modules';

/** Why Apache cannot be started here, or undefined when it can. */
export function apacheMissing(): string | undefined {
  if (!existsSync('/usr/sbin/apache2') || !existsSync(`${MODULES}/mod_auth_digest.so`)) return 'apache2 is not installed (scripts/ensure-peers.mjs installs it)';
  if (spawnSync('sh', ['-c', 'command -v htdigest']).status !== 0) return 'htdigest is not installed (apache2-utils)';
  return undefined;
}

export interface ApacheOptions {
  /** Extra directives inside the server config (Location blocks...). */
  config: string;
  /** Files under the document root: name → bytes. */
  files: Record<string, Buffer | string>;
  /** Listen on this port (to come back where a client expects it); default a free one. */
  port?: number;
}

export interface Apache {
  port: number;
  root: string;
  dir: string;
  peer: Peer;
  url(path: string): string;
  /** The access log so far (one line per request, with the status). */
  accessLog(): string;
  stop(): Promise<void>;
}

/**
 * Debian's Apache httpd as a test peer: one process in the foreground (`-X`) on a free loopback
 * port, its own config, logs and document root in a temp dir; killed when the test ends. As
 * root, Apache drops to `nobody`, so the tree is made world-readable.
 */
export async function startApache(options: ApacheOptions): Promise<Apache> {
  const dir = tempDir('outpost-apache-');
  chmodSync(dir, 0o755);
  const root = join(dir, 'www');
  mkdirSync(root, { mode: 0o755 });
  for (const [name, body] of Object.entries(options.files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o755 });
    writeFileSync(path, body, { mode: 0o644 });
  }
  const port = options.port ?? (await freePort());
  const conf = join(dir, 'httpd.conf');
  const modules = ['mpm_prefork', 'authn_core', 'authn_file', 'authz_core', 'authz_user', 'auth_basic', 'auth_digest', 'mime', 'alias', 'headers'];
  writeFileSync(
    conf,
    [
      ...modules.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`),
      `ServerRoot ${dir}`,
      `DefaultRuntimeDir ${dir}`,
      `PidFile ${dir}/httpd.pid`,
      `Listen 127.0.0.1:${port}`,
      'ServerName 127.0.0.1',
      'User nobody',
      'Group nogroup',
      `ErrorLog ${dir}/error.log`,
      'LogFormat "%r %>s" short',
      `CustomLog ${dir}/access.log short`,
      `DocumentRoot ${root}`,
      'TypesConfig /etc/mime.types',
      'KeepAlive On',
      options.config,
      '',
    ].join('\n'),
  );
  const peer = startPeer('/usr/sbin/apache2', ['-X', '-f', conf, '-d', dir]);
  await Promise.race([waitForPort(port), peer.exited.then(() => Promise.reject(new Error(`apache2 exited at start: ${peer.output()}${readIfThere(join(dir, 'error.log'))}`)))]);
  return {
    port,
    root,
    dir,
    peer,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    accessLog: () => readIfThere(join(dir, 'access.log')),
    stop: () => peer.stop(),
  };
}

/** A password file made by Debian's htdigest for user:realm:password (MD5, as Apache stores it). */
export function htdigestFile(dir: string, realm: string, user: string, password: string): string {
  const file = join(dir, `digest-${realm.replace(/\W/g, '_')}`);
  const made = spawnSync('htdigest', ['-c', file, realm, user], { input: `${password}\n${password}\n` });
  if (made.status !== 0) throw new Error(`htdigest failed: ${made.stderr.toString()}`);
  chmodSync(file, 0o644);
  return file;
}

/** A password file made by Debian's htpasswd for Basic auth. */
export function htpasswdFile(dir: string, user: string, password: string): string {
  const file = join(dir, 'basic-users');
  const made = spawnSync('htpasswd', ['-c', '-b', '-B', file, user, password]);
  if (made.status !== 0) throw new Error(`htpasswd failed: ${made.stderr.toString()}`);
  chmodSync(file, 0o644);
  return file;
}

/** A JPEG of ffmpeg's test pattern (`testsrc`), width×height. */
export function testPatternJpeg(dir: string, width = 640, height = 480, source = 'testsrc'): Buffer {
  const file = join(dir, `${source}-${width}x${height}.jpg`);
  const made = spawnSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `${source}=size=${width}x${height}:rate=1`, '-frames:v', '1', file]);
  if (made.status !== 0) throw new Error(`ffmpeg failed: ${made.stderr.toString()}`);
  return readFileSync(file);
}

function readIfThere(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
