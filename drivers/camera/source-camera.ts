import { OutpostError } from '../../kernel/errors.js';
import type { ComponentHealthReport } from '../../kernel/component.js';
import type { Logger } from '../../kernel/logger.js';
import { Reconnector } from '../../kernel/reconnector.js';
import type { Timers } from '../../kernel/timers.js';
import type { Camera, CameraInfo, ClipRecorder, Frame } from './types.js';

/** Where a camera's frames come from: an HTTP snapshot URL, an ONVIF device, an RTSP stream. */
export interface FrameSource {
  grab(): Promise<Frame>;
  info(): CameraInfo;
  /** Releases what the source holds (a child process...); a grab in flight fails. */
  close?(): void;
}

/** A clip recorder the bus runs while it runs. */
export interface RunningClipRecorder extends ClipRecorder {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface SourceCameraOptions {
  name: string;
  log: Logger;
  retry: { minMs: number; maxMs: number };
  timers?: Timers;
  recorder?: RunningClipRecorder | undefined;
}

/**
 * A camera bus over one frame source. Reachability goes through the kernel's Reconnector:
 * "open" is one successful grab (the camera answers, the login works, the answer is a JPEG);
 * a failed grab is a loss, so health says why and the camera is tried again with backoff. A
 * grab asked for while the camera is faulty tries at once, so an alarm never waits for the
 * next retry.
 */
export class SourceCamera implements Camera {
  readonly contract = 'Camera' as const;
  readonly name: string;
  readonly clips: RunningClipRecorder | undefined;
  private readonly reconnector: Reconnector<FrameSource>;
  private probeFrame: Frame | undefined;
  private wantProbeFrame = false;
  private readonly figures = { grabs: 0, grab_failures: 0, bytes: 0, last_grab_ms: 0, camera_clock_offset_s: 0 };

  constructor(
    private readonly client: FrameSource,
    options: SourceCameraOptions,
  ) {
    this.name = options.name;
    this.clips = options.recorder;
    this.reconnector = new Reconnector<FrameSource>({
      subject: this.name,
      log: options.log,
      retry: options.retry,
      ...(options.timers === undefined ? {} : { timers: options.timers }),
      open: async () => {
        const frame = await this.timedGrab();
        if (this.wantProbeFrame) this.probeFrame = frame;
        return this.client;
      },
      close: () => undefined,
      failure: (error) => (error instanceof OutpostError ? new OutpostError(error.message, { code: error.code, subject: this.name, hint: error.hint, cause: error.cause, retryable: true, disconnect: error.disconnect }) : new OutpostError(String(error), { code: 'camera.failed', subject: this.name, retryable: true })),
    });
  }

  async start(): Promise<void> {
    await this.reconnector.start();
    // After the first grab, not beside it: some cameras (and gst-rtsp-server) fail when two
    // sessions set up the same stream at once.
    await this.clips?.start();
  }

  async stop(): Promise<void> {
    this.client.close?.();
    await Promise.all([this.reconnector.stop(), this.clips?.stop()]);
  }

  info(): CameraInfo {
    return this.client.info();
  }

  /** The camera's reachability; a clip recorder that cannot record is a fault of the bus too, named as the recorder's. */
  health(): ComponentHealthReport {
    const own = this.reconnector.health.snapshot({ ...this.figures, ...this.reconnector.counters });
    const clips = this.clips?.health();
    if (clips === undefined) return own;
    const report: ComponentHealthReport = { ...own, counters: { ...own.counters, ...clips.counters } };
    if (clips.status !== 'fault') return report;
    if (own.status !== 'fault') return { ...report, status: 'fault', message: clips.message ?? 'clip recorder: not recording', since: clips.since };
    return { ...report, message: `${own.message ?? 'not working'}; ${clips.message ?? 'clip recorder: not recording'}` };
  }

  async grab(): Promise<Frame> {
    if (!this.reconnector.isRunning) throw new OutpostError('the camera is not started', { code: 'camera.stopped', subject: this.name });
    const client = this.reconnector.handle;
    if (client === undefined) return this.grabWhileFaulty();
    try {
      return await this.timedGrab();
    } catch (error) {
      const fault = error instanceof OutpostError ? error : new OutpostError(String(error), { code: 'camera.failed' });
      this.reconnector.lost(client, new OutpostError(fault.message, { code: fault.code, subject: this.name, hint: fault.hint, cause: fault, retryable: true }));
      throw fault;
    }
  }

  /** Tries to reopen now; the frame that proved the camera back is the one returned. */
  private async grabWhileFaulty(): Promise<Frame> {
    this.wantProbeFrame = true;
    try {
      await this.reconnector.resume();
    } finally {
      this.wantProbeFrame = false;
    }
    const frame = this.probeFrame;
    this.probeFrame = undefined;
    if (frame !== undefined) return frame;
    if (this.reconnector.handle !== undefined) return this.grab();
    throw this.reconnector.error ?? new OutpostError('the camera is not reachable', { code: 'camera.unreachable', subject: this.name });
  }

  private async timedGrab(): Promise<Frame> {
    this.figures.grabs += 1;
    const started = performance.now();
    try {
      const frame = await this.client.grab();
      this.figures.bytes += frame.bytes.length;
      this.figures.last_grab_ms = Math.round(performance.now() - started);
      if (frame.cameraClockOffsetMs !== undefined) this.figures.camera_clock_offset_s = Math.round(frame.cameraClockOffsetMs / 1000);
      return frame;
    } catch (error) {
      this.figures.grab_failures += 1;
      throw error;
    }
  }
}
