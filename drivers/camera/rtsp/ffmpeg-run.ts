import { spawn, type ChildProcess } from 'node:child_process';
import { OutpostError, systemCode } from '../../../kernel/errors.js';

export interface FfmpegRun {
  /** The ffmpeg command (Debian's `ffmpeg` on PATH by default). */
  ffmpeg: string;
  args: string[];
  /** The child is killed after this long. */
  timeoutMs: number;
  /** Largest stdout kept; the child is killed as soon as more arrives. */
  maxBytes: number;
  /** The stream as it may be printed (no credentials). */
  label: string;
  /** Text that must never be printed (the password in the URL ffmpeg echoes back). */
  secrets: string[];
  /** The file ffmpeg reads the stream's URL from, if any: its messages name it where they would name the stream. */
  script?: string | undefined;
  /** Children in flight, so stopping the camera can kill them. */
  running: Set<ChildProcess>;
  /** False when ffmpeg writes a file rather than its stdout: a clean exit is then success with no bytes. */
  expectOutput?: boolean;
  /** What the child does, completing "ffmpeg could not …"; default `take a frame from`. */
  doing?: string;
}

/** How much of ffmpeg's stderr is kept: its last lines carry the reason. */
const STDERR_KEPT = 8192;

/**
 * Runs one ffmpeg child to its end and resolves with its stdout. It is killed (SIGKILL: an
 * ffmpeg stuck in a blocking read ignores SIGTERM for its socket timeout) when the time or
 * byte limit is passed or the camera stops; a failure is an OutpostError whose code comes from
 * ffmpeg's last words (401, 404, refused, timed out), with the reason in one line and no secret.
 */
export function runFfmpeg(run: FfmpegRun): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(run.ffmpeg, run.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    run.running.add(child);
    const chunks: Buffer[] = [];
    let received = 0;
    let stderr = '';
    let failure: OutpostError | undefined;
    const stop = (error: OutpostError): void => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(new OutpostError(`${run.doing === undefined ? `no frame within ${run.timeoutMs} ms from ${run.label}` : `ffmpeg could not ${run.doing} ${run.label} within ${run.timeoutMs} ms`}${lastWords(stderr, run, ' (ffmpeg: ', ')')}`, { code: 'camera.timeout', retryable: true, disconnect: true, hint: 'check the camera is streaming; a stream that never sends a keyframe or stops sending ends here; raise timeout for a slow link' })), run.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > run.maxBytes) stop(new OutpostError(`${run.label} gave a frame larger than max_image (${run.maxBytes} bytes)`, { code: 'camera.too_large', hint: 'pick a lower-resolution stream or raise max_image' }));
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT);
    });
    child.on('error', (error) => {
      failure ??= spawnFailure(error, run.ffmpeg, run.label, 'take frames from');
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      run.running.delete(child);
      if (failure !== undefined) reject(failure);
      else if (code === 0 && (received > 0 || run.expectOutput === false)) resolve(Buffer.concat(chunks, received));
      else if (code === null) reject(new OutpostError(`ffmpeg reading ${run.label} was stopped`, { code: 'camera.stopped' }));
      else reject(ffmpegError(run, stderr, code, run.doing ?? 'take a frame from'));
    });
  });
}

/** ffmpeg could not be started: not installed, or another reason; `doing` completes "cannot …". */
export function spawnFailure(error: Error, ffmpeg: string, label: string, doing: string): OutpostError {
  return systemCode(error) === 'ENOENT'
    ? new OutpostError(`cannot ${doing} ${label}: ${ffmpeg} is not installed`, { code: 'camera.ffmpeg_missing', cause: error, hint: 'install ffmpeg (apt-get install ffmpeg); RTSP cameras need it' })
    : new OutpostError(`cannot start ${ffmpeg} for ${label}: ${error.message}`, { code: 'camera.ffmpeg', cause: error });
}

/** What may be printed of ffmpeg's words about a stream. */
export type Speaker = Pick<FfmpegRun, 'label' | 'secrets' | 'script'>;

/** What ffmpeg's stderr says went wrong, as one of the camera codes; `doing` completes "ffmpeg could not …". */
export function ffmpegError(run: Speaker, stderr: string, code: number, doing: string): OutpostError {
  const said = lastWords(stderr, run, ' (ffmpeg: ', ')');
  const cases: [RegExp, string, string, string, boolean][] = [
    [/401 Unauthorized/i, 'camera.auth', 'refused the username and password (RTSP 401)', "check username and password against the camera's users", false],
    [/403 Forbidden/i, 'camera.auth', 'forbids this user to watch the stream (RTSP 403)', 'give the user the right to view live video on the camera', false],
    [/404 Not Found/i, 'camera.not_found', 'does not exist on the camera (RTSP 404)', "check the path in rtsp against the camera's manual (e.g. /Streaming/Channels/101, /cam/realmonitor?channel=1&subtype=0)", false],
    [/Connection refused/i, 'camera.unreachable', 'cannot be reached: the connection was refused (nothing listens on that port)', 'check the camera is powered, its address and RTSP port (554 by default)', true],
    [/No route to host|Network is unreachable|Name or service not known|Temporary failure in name resolution/i, 'camera.unreachable', 'cannot be reached', 'check the camera is powered, its address and the network', true],
    [/timed out|Connection timed out/i, 'camera.timeout', 'stopped answering', 'check the camera is powered and streaming, and the network', true],
    [/End of file|Connection reset/i, 'camera.unreachable', 'closed the stream before a frame arrived', 'check the camera is streaming; it may limit how many clients watch at once', true],
  ];
  const found = cases.find(([pattern]) => pattern.test(stderr));
  if (found !== undefined) {
    const [, errorCode, what, hint, retryable] = found;
    return new OutpostError(`${run.label} ${what}${said}`, { code: errorCode, hint, retryable, disconnect: retryable });
  }
  return new OutpostError(`ffmpeg could not ${doing} ${run.label} (exit ${code})${said}`, { code: 'camera.rtsp', retryable: true, disconnect: true, hint: 'check the rtsp URL and that the stream is H.264, H.265 or MJPEG' });
}

/** ffmpeg's last non-empty stderr line, secrets removed, wrapped; empty when it said nothing. */
export function lastWords(stderr: string, run: Speaker, before: string, after: string): string {
  let line = stderr.split('\n').map((text) => text.trim()).filter((text) => text !== '').at(-1);
  if (line === undefined) return '';
  if (run.script !== undefined) line = line.split(run.script).join(run.label);
  for (const secret of run.secrets) if (secret !== '') line = line.split(secret).join('***');
  line = line.replace(/^\[[\w-]+ @ 0x[0-9a-f]+\]\s*/, '').replace(/rtsps?:\/\/[^@\s/]*@/g, (match) => match.replace(/\/\/[^@]*@/, '//'));
  return `${before}${line.slice(0, 200)}${after}`;
}
