import type { ChildProcess } from 'node:child_process';
import type { GetLimits } from '../http-get.js';
import { checkJpeg } from '../image-check.js';
import type { FrameSource } from '../source-camera.js';
import type { CameraInfo, Frame } from '../types.js';
import { RtspInput, rtspStream } from './ffmpeg-input.js';
import { runFfmpeg } from './ffmpeg-run.js';

export interface RtspSnapshotOptions extends GetLimits {
  /** rtsp://host:554/path, credentials in it or given apart. */
  url: URL;
  username?: string | undefined;
  password?: string | undefined;
  /** The ffmpeg command; Debian's `ffmpeg` on PATH by default. */
  ffmpeg?: string;
  now?: () => number;
}

/**
 * One frame on demand from an RTSP stream (H.264, H.265 or MJPEG): an ffmpeg child connects
 * over TCP (`-rtsp_transport tcp`: UDP is lost through the NAT and firewalls of a post's link),
 * decodes until the first whole picture and writes it as one JPEG to its stdout. Each grab is
 * its own short child, so nothing runs between alarms on a solar-powered post.
 */
export class RtspSnapshot implements FrameSource {
  private readonly label: string;
  private readonly input: RtspInput;
  private readonly secrets: string[];
  private readonly running = new Set<ChildProcess>();
  private readonly now: () => number;

  constructor(private readonly options: RtspSnapshotOptions) {
    const stream = rtspStream(options.url, options.username, options.password);
    // A small probe: the first keyframe is all that is wanted, and probing 5 s of a live stream would add 5 s to every alarm.
    this.input = new RtspInput({ source: stream.source, socketTimeoutMs: options.connectTimeoutMs, probe: { bytes: 65536, durationMs: 1000 } });
    this.secrets = stream.secrets;
    this.label = stream.label;
    this.now = options.now ?? Date.now;
  }

  info(): CameraInfo {
    return { url: this.label, auth: this.secrets.length > 0 ? 'rtsp basic or digest (by ffmpeg)' : 'none' };
  }

  async grab(): Promise<Frame> {
    const requestedUnixMs = this.now();
    const bytes = await runFfmpeg({
      ffmpeg: this.options.ffmpeg ?? 'ffmpeg',
      args: ['-nostdin', '-hide_banner', '-loglevel', 'error', ...this.input.args(), '-frames:v', '1', '-q:v', '3', '-f', 'image2pipe', '-c:v', 'mjpeg', 'pipe:1'],
      timeoutMs: this.options.timeoutMs,
      maxBytes: this.options.maxBytes,
      label: this.label,
      secrets: this.secrets,
      script: this.input.scriptPath,
      running: this.running,
    });
    checkJpeg(bytes, 'image/jpeg', this.label);
    return { bytes, contentType: 'image/jpeg', requestedUnixMs, receivedUnixMs: this.now() };
  }

  close(): void {
    for (const child of this.running) child.kill('SIGKILL');
    this.input.close();
  }
}
