import { basename } from 'node:path';

/** One finished segment of the rolling buffer: its file and the span it holds by the post's clock (ms). */
export interface Segment {
  file: string;
  startMs: number;
  endMs: number;
}

interface Started {
  file: string;
  /** The stream's timestamp of its first packet, ms. */
  ptsMs: number;
  ended: boolean;
}

const STARTS = /segment:'([^']*)' starts with packet stream:\d+ pts:-?\d+ pts_time:(-?[\d.]+)/;
const ENDED = /segment:'([^']*)' count:\d+ ended/;

/**
 * What the rolling buffer holds, learnt from ffmpeg's segment muxer as it speaks (`-loglevel
 * verbose`: "segment:'s003.mkv' starts with packet … pts_time:3", "segment:'s003.mkv' count:3
 * ended"). A segment's span is its stream timestamps placed on the post's clock by the smallest
 * (clock − timestamp) seen so far: a live stream runs in real time, and the smallest difference
 * is the packet that arrived with the least delay (ffmpeg reads a burst at the start, later than
 * it was filmed). A segment is finished when it ended and the next one started, which gives its
 * end; file names come round again with the wrap, and a reused name replaces the older segment.
 */
export class SegmentLedger {
  private readonly started: Started[] = [];
  private offsetMs = Number.POSITIVE_INFINITY;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number) {}

  /** Takes one line of ffmpeg's stderr; true when it was about a segment. */
  take(line: string): boolean {
    const start = STARTS.exec(line);
    if (start !== null) {
      const ptsMs = Number(start[2]) * 1000;
      this.offsetMs = Math.min(this.offsetMs, this.now() - ptsMs);
      const file = basename(start[1] as string);
      const reused = this.started.findIndex((segment) => segment.file === file);
      if (reused >= 0) this.started.splice(reused, 1);
      this.started.push({ file, ptsMs, ended: false });
      for (const listener of [...this.listeners]) listener();
      return true;
    }
    const ended = ENDED.exec(line);
    if (ended === null) return false;
    const file = basename(ended[1] as string);
    const segment = this.started.find((item) => item.file === file);
    if (segment !== undefined) segment.ended = true;
    return true;
  }

  /** Whether a segment has started: the stream is flowing into the buffer. */
  get flowing(): boolean {
    return this.started.length > 0;
  }

  /** Finished segments, oldest first. */
  finished(): Segment[] {
    const segments: Segment[] = [];
    for (let index = 0; index + 1 < this.started.length; index++) {
      const segment = this.started[index] as Started;
      const next = this.started[index + 1] as Started;
      if (segment.ended && next.ptsMs > segment.ptsMs) segments.push({ file: segment.file, startMs: segment.ptsMs + this.offsetMs, endMs: next.ptsMs + this.offsetMs });
    }
    return segments;
  }

  /** Finished segments that overlap [fromMs, toMs], oldest first. */
  covering(fromMs: number, toMs: number): Segment[] {
    return this.finished().filter((segment) => segment.endMs > fromMs && segment.startMs < toMs);
  }

  /** Whether what is finished reaches `ms`. */
  reaches(ms: number): boolean {
    return (this.finished().at(-1)?.endMs ?? Number.NEGATIVE_INFINITY) >= ms;
  }

  /** Calls `listener` each time a segment starts (so one has finished); returns the way to stop. */
  onSegment(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
