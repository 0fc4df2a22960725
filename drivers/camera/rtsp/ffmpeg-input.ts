import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RtspInputOptions {
  /** rtsp://user:password@host/path: what ffmpeg connects to. */
  source: string;
  /** ffmpeg's socket timeout: connecting, and any silence in the stream. */
  socketTimeoutMs: number;
  /** Probe options for the first keyframe (a grab wants it fast; a recorder can wait). */
  probe?: { bytes: number; durationMs: number };
  /** Where the 0600 file naming the URL is made; default systemd's RUNTIME_DIRECTORY, else the temporary folder. */
  folder?: string;
}

/**
 * How ffmpeg is told which RTSP stream to read, with the password kept out of its command line
 * (which every user of the post can read in `ps`): a URL with credentials goes into an ffconcat
 * script, mode 0600 in a 0700 folder of its own, and ffmpeg reads it through the concat demuxer
 * (`option` lines carry the RTSP options to the inner input). ffmpeg 5.1 has no other way: RTSP
 * takes credentials only in the URL, and ffmpeg reads no argument from a file or stdin. A URL
 * without credentials is passed as it is. `close()` deletes the file. A `kill -9` leaves it: the
 * folder is named after the agent's pid, and the first script an agent makes in a folder removes
 * those of agents no longer running (on a post the unit's PrivateTmp clears them anyway; an agent
 * run by hand, or a test, would leave the password in the temporary folder for good).
 */
export class RtspInput {
  private folder: string | undefined;
  private script: string | undefined;

  constructor(private readonly options: RtspInputOptions) {}

  /** The file ffmpeg names in its messages instead of the URL, once made. */
  get scriptPath(): string | undefined {
    return this.script;
  }

  /** The input part of an ffmpeg command line. */
  args(): string[] {
    const timeout = String(this.options.socketTimeoutMs * 1000);
    const probe = this.options.probe;
    const probeArgs = probe === undefined ? [] : ['-probesize', String(probe.bytes), '-analyzeduration', String(probe.durationMs * 1000)];
    if (!hasCredentials(this.options.source)) return ['-rtsp_transport', 'tcp', '-timeout', timeout, ...probeArgs, '-i', this.options.source];
    const lines = ['ffconcat version 1.0', `file '${this.options.source.replaceAll("'", "'\\''")}'`, 'option rtsp_transport tcp', `option timeout ${timeout}`];
    if (probe !== undefined) lines.push(`option probesize ${probe.bytes}`, `option analyzeduration ${probe.durationMs * 1000}`);
    return ['-protocol_whitelist', 'file,rtsp,rtsps,tcp,tls,udp,rtp,crypto', '-safe', '0', ...probeArgs, '-f', 'concat', '-i', this.write(`${lines.join('\n')}\n`)];
  }

  close(): void {
    if (this.folder !== undefined) rmSync(this.folder, { recursive: true, force: true });
    this.folder = undefined;
    this.script = undefined;
  }

  private write(text: string): string {
    if (this.script !== undefined) return this.script;
    const base = this.options.folder ?? process.env['RUNTIME_DIRECTORY']?.split(':')[0] ?? tmpdir();
    if (!swept.has(base)) removeLeftovers(base);
    swept.add(base);
    this.folder = mkdtempSync(join(base, `${FOLDER_PREFIX}${process.pid}-`));
    const script = join(this.folder, 'input.ffconcat');
    writeFileSync(script, text, { mode: 0o600 });
    this.script = script;
    return script;
  }
}

const FOLDER_PREFIX = 'outpost-rtsp-';
/** A script folder's name: the prefix, the pid of the agent that made it, mkdtemp's suffix. */
const FOLDER_NAME = new RegExp(`^${FOLDER_PREFIX}(\\d+)-`);
/** Folders already cleared of leftovers by this process. */
const swept = new Set<string>();

/** Removes the script folders in `base` of agents no longer running (a folder of a live or unknown process stays). */
function removeLeftovers(base: string): void {
  let names: string[];
  try {
    names = readdirSync(base);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(FOLDER_NAME.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid === process.pid || running(pid)) continue;
    try {
      rmSync(join(base, name), { recursive: true, force: true });
    } catch {
      // Another user's folder: theirs to clear.
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function hasCredentials(source: string): boolean {
  const url = new URL(source);
  return url.username !== '' || url.password !== '';
}

/** An RTSP stream's address three ways: with credentials for ffmpeg, as it may be printed, and the secrets never to print. */
export interface RtspStream {
  source: string;
  label: string;
  secrets: string[];
}

/** The stream at `url`, with `username` and `password` (when given) put into it. */
export function rtspStream(url: URL, username: string | undefined, password: string | undefined): RtspStream {
  const copy = new URL(url.href);
  if (username !== undefined) {
    copy.username = encodeURIComponent(username);
    copy.password = encodeURIComponent(password ?? '');
  }
  const source = copy.href;
  const secrets = [copy.password, decodeURIComponent(copy.password)].filter((secret) => secret !== '');
  copy.username = '';
  copy.password = '';
  return { source, label: copy.href, secrets };
}
