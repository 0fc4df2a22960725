/**
 * Framing of a byte stream into messages. Each framer is fed chunks as they arrive (chunk
 * boundaries mean nothing on a serial line) and calls `onFrame` per complete message.
 * `reset()` drops a partial message, e.g. after the link was lost. Lines are the kernel's
 * LineSplitter (kernel/line-splitter.ts), which is a Framer too: one splitter for every driver.
 */
export interface Framer {
  push(chunk: Buffer): void;
  reset(): void;
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
