/**
 * Framing of a byte stream into messages. Each framer is fed chunks as they arrive (chunk
 * boundaries mean nothing on a serial line) and calls `onFrame` per complete message.
 * `reset()` drops a partial message, e.g. after the link was lost.
 */
export interface Framer {
  push(chunk: Buffer): void;
  reset(): void;
}

export interface DelimiterOptions {
  /** e.g. '\r\n' for NMEA and AT, '\n' for most ASCII instruments. */
  delimiter: string | Buffer;
  /** Keep the delimiter at the end of each frame. Default false. */
  includeDelimiter?: boolean;
  /** A frame longer than this is noise (wrong baud, binary data): it is dropped and counted. Default 4096. */
  maxLength?: number;
  onFrame(frame: Buffer): void;
  /** Called with the size of each dropped over-long frame. */
  onOverflow?(dropped: number): void;
}

/** Lines and other delimiter-terminated messages. */
export class DelimiterFramer implements Framer {
  private readonly delimiter: Buffer;
  private readonly maxLength: number;
  private pending = Buffer.alloc(0);
  private discarding = false;

  constructor(private readonly options: DelimiterOptions) {
    this.delimiter = Buffer.from(options.delimiter);
    if (this.delimiter.length === 0) throw new RangeError('delimiter framer needs a non-empty delimiter');
    this.maxLength = options.maxLength ?? 4096;
  }

  push(chunk: Buffer): void {
    let buffer = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      const at = buffer.indexOf(this.delimiter);
      if (at < 0) break;
      const end = at + this.delimiter.length;
      if (this.discarding) this.discarding = false;
      else this.options.onFrame(Buffer.from(buffer.subarray(0, this.options.includeDelimiter ? end : at)));
      buffer = buffer.subarray(end);
    }
    if (buffer.length > this.maxLength) {
      // Keep dropping until the next delimiter so that the tail of the noise is not taken as a frame.
      this.options.onOverflow?.(buffer.length);
      this.discarding = true;
      buffer = buffer.subarray(buffer.length - (this.delimiter.length - 1));
    }
    this.pending = Buffer.from(buffer);
  }

  reset(): void {
    this.pending = Buffer.alloc(0);
    this.discarding = false;
  }
}

/** Fixed-size binary records. */
export class FixedLengthFramer implements Framer {
  private pending = Buffer.alloc(0);

  constructor(
    private readonly length: number,
    private readonly onFrame: (frame: Buffer) => void,
  ) {
    if (!Number.isInteger(length) || length < 1) throw new RangeError(`fixed-length framer needs a whole length >= 1, got ${length}`);
  }

  push(chunk: Buffer): void {
    let buffer = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (buffer.length >= this.length) {
      this.onFrame(Buffer.from(buffer.subarray(0, this.length)));
      buffer = buffer.subarray(this.length);
    }
    this.pending = Buffer.from(buffer);
  }

  reset(): void {
    this.pending = Buffer.alloc(0);
  }
}

export interface GapTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: GapTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Messages separated by silence (Modbus RTU's 3.5 characters, binary devices without a
 * delimiter): a frame ends when no byte arrived for `gapMs`. Also ends a frame at `maxLength`.
 */
export class GapFramer implements Framer {
  private parts: Buffer[] = [];
  private size = 0;
  private timer: unknown;

  constructor(
    private readonly gapMs: number,
    private readonly onFrame: (frame: Buffer) => void,
    private readonly maxLength = 4096,
    private readonly timers: GapTimers = realTimers,
  ) {
    if (!(gapMs > 0)) throw new RangeError(`gap framer needs a gap > 0 ms, got ${gapMs}`);
  }

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.parts.push(chunk);
    this.size += chunk.length;
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    if (this.size >= this.maxLength) this.flush();
    else this.timer = this.timers.set(() => this.flush(), this.gapMs);
  }

  /** Ends the current frame now (the gap timer calls it). */
  flush(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    if (this.size === 0) return;
    const frame = Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    this.onFrame(frame);
  }

  reset(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
    this.parts = [];
    this.size = 0;
  }
}

/** The gap that ends a frame at a baud rate: 3.5 characters of 11 bits, at least 2 ms (USB adapters batch bytes). */
export function characterGapMs(baud: number, characters = 3.5): number {
  return Math.max(2, (characters * 11 * 1000) / baud);
}

/** Feeds a link's bytes through a framer and drops partial frames when the link is lost; returns the unsubscribe. */
export function frameLink(link: { onData(listener: (chunk: Buffer) => void): () => void; onState(listener: (state: string) => void): () => void }, framer: Framer): () => void {
  const offData = link.onData((chunk) => framer.push(chunk));
  const offState = link.onState((state) => {
    if (state !== 'open') framer.reset();
  });
  return () => {
    offData();
    offState();
    framer.reset();
  };
}
