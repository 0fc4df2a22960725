import type { ChildProcess } from 'node:child_process';
import { stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComponentHealthReport } from '../../../kernel/component.js';
import { OutpostError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import { Reconnector } from '../../../kernel/reconnector.js';
import type { ClipFile, ClipRecorder } from '../types.js';
import { runFfmpeg, type Speaker } from './ffmpeg-run.js';
import type { RtspInput } from './ffmpeg-input.js';
import { RecorderRun } from './recorder-run.js';
import type { Segment } from './segments.js';

export interface RtspClipRecorderOptions {
  /** The bus, for messages: `bus:track-cam`. */
  name: string;
  log: Logger;
  input: RtspInput;
  /** The stream as it may be printed, and what must never be. */
  label: string;
  secrets: string[];
  preMs: number;
  postMs: number;
  /** Bytes the rolling buffer may take on disk. */
  maxBytes: number;
  /** Where the rolling buffer lives; default systemd's RUNTIME_DIRECTORY, else the temporary folder. */
  folder?: string | undefined;
  /** The bus's timeout: the first video, the longest standstill, and the cut of one clip. */
  timeoutMs: number;
  retry: { minMs: number; maxMs: number };
  ffmpeg?: string;
  now?: () => number;
}

/** Segments are about a second; the wrap keeps pre + post and a few to spare while a clip is cut. */
const SPARE_SEGMENTS = 5;

/**
 * Pre/post-event clips from an RTSP stream. While the bus runs, one ffmpeg child copies the
 * stream (no decoding) into a rolling buffer of one-second segments on disk, bounded by count
 * (the wrap) and by bytes (`clip.buffer_size`); it restarts with backoff when the stream dies,
 * through the kernel's Reconnector, whose health is the fault. A clip is the finished segments
 * around the alarm joined without re-encoding into one MP4: whole segments, so it starts at or
 * before `pre` and ends at or after `post` by up to a segment each.
 */
export class RtspClipRecorder implements ClipRecorder {
  readonly preMs: number;
  readonly postMs: number;
  private readonly reconnector: Reconnector<RecorderRun>;
  private readonly running = new Set<ChildProcess>();
  private readonly speaker: Speaker;
  private readonly now: () => number;
  private readonly figures = { clips: 0, clip_failures: 0, clip_bytes: 0 };
  private cuts = 0;

  constructor(private readonly options: RtspClipRecorderOptions) {
    this.preMs = options.preMs;
    this.postMs = options.postMs;
    this.now = options.now ?? Date.now;
    this.speaker = { label: options.label, secrets: options.secrets };
    const wrap = Math.ceil((options.preMs + options.postMs) / 1000) + SPARE_SEGMENTS;
    this.reconnector = new Reconnector<RecorderRun>({
      subject: `${options.name} clip recorder`,
      log: options.log,
      retry: options.retry,
      open: async () => {
        const input = options.input.args();
        const run = new RecorderRun({ ffmpeg: options.ffmpeg ?? 'ffmpeg', input, base: options.folder ?? process.env['RUNTIME_DIRECTORY']?.split(':')[0] ?? tmpdir(), wrap, maxBytes: options.maxBytes, timeoutMs: options.timeoutMs, now: this.now, label: options.label, secrets: options.secrets, script: options.input.scriptPath });
        try {
          await run.opened();
        } catch (error) {
          await run.close();
          throw error;
        }
        void run.ended.then((error) => this.reconnector.lost(run, error));
        return run;
      },
      close: (run) => run.close(),
      faultMessage: (error) => `clip recorder: ${error.describe()}`,
    });
  }

  async start(): Promise<void> {
    await this.reconnector.start();
  }

  async stop(): Promise<void> {
    for (const child of this.running) child.kill('SIGKILL');
    await this.reconnector.stop();
    this.options.input.close();
  }

  /** The recorder's state, and `clip_buffered_s`: seconds of video ready in the buffer now. */
  health(): ComponentHealthReport {
    const finished = this.reconnector.handle?.ledger.finished() ?? [];
    const bufferedMs = finished.length === 0 ? 0 : (finished.at(-1) as Segment).endMs - (finished[0] as Segment).startMs;
    return this.reconnector.health.snapshot({ ...this.figures, clip_buffered_s: Math.round(bufferedMs / 100) / 10, ...prefixed(this.reconnector.counters) });
  }

  async clip(into: string): Promise<ClipFile> {
    const run = this.reconnector.handle;
    if (run === undefined) {
      this.figures.clip_failures += 1;
      throw new OutpostError(`no clip from ${this.options.label}: its recorder is not running (${this.reconnector.error?.message ?? 'not started'})`, { code: 'camera.clip', hint: 'see the camera bus\'s health for why, and check the camera is streaming' });
    }
    const atMs = this.now();
    run.use();
    try {
      const cutShort = await this.recorded(run, atMs + this.postMs);
      // Stopping the bus ends the wait; no ffmpeg is started after stop.
      if (!this.reconnector.isRunning) throw new OutpostError(`no clip from ${this.options.label}: the camera was stopped`, { code: 'camera.stopped' });
      const segments = run.ledger.covering(atMs - this.preMs, atMs + this.postMs);
      if (segments.length === 0) throw new OutpostError(`no clip from ${this.options.label}: nothing was recorded around the alarm${cutShort === undefined ? '' : ` (${cutShort})`}`, { code: 'camera.clip', hint: 'see the camera bus\'s health for why the recorder stopped' });
      await this.cut(run, segments, into);
      const bytes = (await stat(into)).size;
      this.figures.clips += 1;
      this.figures.clip_bytes = bytes;
      const file: ClipFile = { bytes, contentType: 'video/mp4', startUnixMs: (segments[0] as Segment).startMs, endUnixMs: (segments.at(-1) as Segment).endMs };
      if (cutShort !== undefined) file.cutShort = cutShort;
      return file;
    } catch (error) {
      this.figures.clip_failures += 1;
      await unlink(into).catch(() => undefined);
      throw error;
    } finally {
      run.release();
    }
  }

  /**
   * Waits until the buffer holds video up to `untilMs`; what stopped it short (the stream died,
   * or nothing came for `timeoutMs` past the moment), if anything did.
   */
  private recorded(run: RecorderRun, untilMs: number): Promise<string | undefined> {
    if (run.ledger.reaches(untilMs)) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      let done = false;
      const finish = (why: string | undefined): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        stop();
        resolve(why);
      };
      const timer = setTimeout(() => finish(`no video came for ${Math.round(this.options.timeoutMs / 1000)} s past the clip's end`), Math.max(0, untilMs - this.now()) + this.options.timeoutMs);
      const stop = run.ledger.onSegment(() => {
        if (run.ledger.reaches(untilMs)) finish(undefined);
      });
      void run.ended.then((error) => finish(error.message));
    });
  }

  /** Joins the segments into one MP4 at `into`, without re-encoding. */
  private async cut(run: RecorderRun, segments: Segment[], into: string): Promise<void> {
    this.cuts += 1;
    const list = join(run.folder, `clip-${this.cuts}.ffconcat`);
    await writeFile(list, `ffconcat version 1.0\n${segments.map((segment) => `file '${segment.file}'`).join('\n')}\n`);
    try {
      await runFfmpeg({
        ffmpeg: this.options.ffmpeg ?? 'ffmpeg',
        args: ['-nostdin', '-hide_banner', '-loglevel', 'error', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', '-movflags', '+faststart', '-f', 'mp4', '-y', into],
        timeoutMs: this.options.timeoutMs,
        maxBytes: 0,
        expectOutput: false,
        doing: 'cut a clip of',
        running: this.running,
        ...this.speaker,
      });
    } finally {
      await unlink(list).catch(() => undefined);
    }
  }
}

function prefixed(counters: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counters).map(([key, value]) => [`clip_recorder_${key}`, value]));
}
