import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OutpostError } from '../../../kernel/errors.js';
import { LineSplitter } from '../../../kernel/line-splitter.js';
import { ffmpegError, lastWords, spawnFailure, type Speaker } from './ffmpeg-run.js';
import { SegmentLedger } from './segments.js';

export interface RecorderRunOptions extends Speaker {
  ffmpeg: string;
  /** ffmpeg's input arguments (the stream, its transport and timeouts). */
  input: string[];
  /** Where the run's own folder of segments is made. */
  base: string;
  /** Segments kept before their names come round again. */
  wrap: number;
  /** Bytes the segments may take together; past this the run is stopped as a fault. */
  maxBytes: number;
  /** How long the first segment may take to start, and the longest the stream may stand still. */
  timeoutMs: number;
  now: () => number;
}

/** How much of ffmpeg's stderr is kept for the fault: its last lines carry the reason. */
const STDERR_KEPT = 8192;
const SEGMENT_SECONDS = 1;

/**
 * One ffmpeg child filling the rolling buffer: the stream's video copied as it is (`-c copy`:
 * no decoding, a few % of one core) into Matroska segments of about a second (cut at keyframes),
 * named round a wrap, in a folder of its own. It ends as a fault when ffmpeg exits, when the
 * stream stands still for `timeoutMs` (ffmpeg's progress stops advancing) or when the segments
 * pass `maxBytes`; `ended` resolves with why, and never rejects. The folder is deleted when the
 * run is closed and no clip is still being cut from it.
 */
export class RecorderRun {
  readonly ledger: SegmentLedger;
  readonly folder: string;
  readonly ended: Promise<OutpostError>;
  private readonly child: ChildProcess;
  private failure: OutpostError | undefined;
  private users = 0;
  private closed = false;
  private exited = false;

  constructor(private readonly options: RecorderRunOptions) {
    this.ledger = new SegmentLedger(options.now);
    try {
      this.folder = mkdtempSync(join(options.base, 'outpost-clips-'));
    } catch (error) {
      throw new OutpostError(`cannot make the clip buffer of ${options.label} in ${options.base}: ${error instanceof Error ? error.message : String(error)}`, { code: 'camera.clip_buffer', cause: error, retryable: true, hint: 'check clip.folder exists and is writable (a tmpfs such as /run/outpost)' });
    }
    const args = [
      '-nostdin', '-hide_banner', '-nostats', '-loglevel', 'verbose', '-progress', 'pipe:1', '-stats_period', '1',
      ...options.input,
      '-map', '0:v:0', '-c', 'copy', '-f', 'segment', '-segment_time', String(SEGMENT_SECONDS), '-segment_wrap', String(options.wrap), '-reset_timestamps', '1', '-segment_format', 'matroska',
      join(this.folder, 's%03d.mkv'),
    ];
    this.child = spawn(options.ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.ended = this.watch();
  }

  /** Resolves once the first segment has started; rejects with the fault if the run ends first or `timeoutMs` passes. */
  opened(): Promise<void> {
    if (this.ledger.flowing) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new OutpostError(`${this.options.label} sent no video to record within ${this.options.timeoutMs} ms`, { code: 'camera.timeout', retryable: true, hint: 'check the camera is streaming; a stream that never sends a keyframe ends here; raise timeout for a slow link' })), this.options.timeoutMs);
      const stop = this.ledger.onSegment(() => {
        clearTimeout(timer);
        stop();
        resolve();
      });
      void this.ended.then((error) => {
        clearTimeout(timer);
        stop();
        reject(error);
      });
    });
  }

  /** A clip is being cut from the folder: it stays until `release()`. */
  use(): void {
    this.users += 1;
  }

  release(): void {
    this.users -= 1;
    this.removeIfDone();
  }

  /** Stops ffmpeg (if it still runs), waits for it to exit, and deletes the folder once no clip uses it. */
  async close(): Promise<void> {
    this.closed = true;
    this.fail(new OutpostError(`the clip recorder of ${this.options.label} was stopped`, { code: 'camera.stopped' }));
    await this.ended;
    this.removeIfDone();
  }

  private fail(error: OutpostError): void {
    this.failure ??= error;
    if (!this.exited) this.child.kill('SIGKILL');
  }

  private removeIfDone(): void {
    if (this.closed && this.exited && this.users <= 0) rmSync(this.folder, { recursive: true, force: true });
  }

  private watch(): Promise<OutpostError> {
    const { child, options } = this;
    let stderr = '';
    let progressAt = options.now();
    let lastOutTime = '';
    const lines = new LineSplitter({
      maxLength: 4096,
      onLine: (line) => {
        const text = line.toString('utf8');
        stderr = `${stderr}${text}\n`.slice(-STDERR_KEPT);
        if (this.ledger.take(text) && / ended$/.test(text)) this.checkSize();
      },
      onOverlong: () => undefined,
    });
    child.stderr?.on('data', (chunk: Buffer) => lines.push(chunk));
    child.stdout?.on('data', (chunk: Buffer) => {
      const outTime = /out_time_us=(\d+)/.exec(chunk.toString('latin1'))?.[1];
      if (outTime !== undefined && outTime !== lastOutTime) {
        lastOutTime = outTime;
        progressAt = options.now();
      }
    });
    const stall = setInterval(() => {
      if (this.ledger.flowing && options.now() - progressAt > options.timeoutMs) {
        this.fail(new OutpostError(`${options.label} stopped sending video for ${Math.round(options.timeoutMs / 1000)} s while recording clips`, { code: 'camera.timeout', retryable: true, hint: 'check the camera is powered and streaming, and the network' }));
      }
    }, Math.max(250, Math.min(1000, options.timeoutMs / 4)));
    return new Promise((resolve) => {
      let startError: OutpostError | undefined;
      child.on('error', (error) => {
        startError = spawnFailure(error, options.ffmpeg, options.label, 'record clips from');
      });
      child.on('close', (code) => {
        clearInterval(stall);
        this.exited = true;
        lines.end();
        const error = startError ?? this.failure ?? (code === 0
          ? new OutpostError(`${options.label} ended its stream while recording clips${lastWords(stderr, options, ' (ffmpeg: ', ')')}`, { code: 'camera.rtsp', retryable: true, hint: 'check the camera is streaming; it may limit how many clients watch at once' })
          : ffmpegError(options, stderr, code ?? -1, 'record clips from'));
        this.removeIfDone();
        resolve(error);
      });
    });
  }

  /** The segments' bytes against the budget: a stream too heavy for it would fill the disk. */
  private checkSize(): void {
    let bytes = 0;
    try {
      for (const name of readdirSync(this.folder)) bytes += statSync(join(this.folder, name), { throwIfNoEntry: false })?.size ?? 0;
    } catch (error) {
      this.fail(new OutpostError(`the clip buffer of ${this.options.label} cannot be read (${error instanceof Error ? error.message : String(error)})`, { code: 'camera.clip_buffer', cause: error, retryable: true, hint: 'check clip.folder exists and is writable' }));
      return;
    }
    if (bytes > this.options.maxBytes) {
      this.fail(new OutpostError(`the clip buffer of ${this.options.label} passed clip.buffer_size (${bytes} > ${this.options.maxBytes} bytes)`, { code: 'camera.clip_buffer', retryable: true, hint: 'raise clip.buffer_size, shorten clip.pre and clip.post, or pick a lower-bitrate stream' }));
    }
  }
}
