import { OutpostError } from './errors.js';

const CR = 0x0d;
const LF = 0x0a;
const PLAIN = 0;
const END = 1;
const START = 2;
const IGNORED = 3;

export interface LineSplitterOptions {
  /** The longest line in bytes, without its end; a longer one is a fault (`onOverlong`) and is dropped up to the next line end. Default 4096. */
  maxLength?: number;
  /** The bytes that end a line; default CR and LF. While both are among them, CR LF is one end, even split between chunks. */
  ends?: readonly number[];
  /** Bytes that begin a line and so end a non-empty one before them (NMEA's `$`: a receiver that reboots mid-sentence starts the next one on the same line). */
  starts?: readonly number[];
  /** Bytes dropped wherever they stand (the LF some SLCAN adapters send after the CR that ends a reply). */
  ignored?: readonly number[];
  /** A whole line: its own copy of the bytes, without the end (may be empty), and the byte that ended it (undefined when a start byte or `end()` did). */
  onLine(line: Buffer, end: number | undefined): void;
  /** A line passed `maxLength` (noise, a wrong baud rate, binary data): said once per such line, which is then dropped up to its end. */
  onOverlong(fault: LineTooLong): void;
}

/** A line longer than the splitter takes; `head` is its first `maxLength` bytes, `length` what had come of it when it was cut. */
export class LineTooLong extends OutpostError {
  constructor(
    readonly head: Buffer,
    readonly length: number,
    readonly maxLength: number,
  ) {
    super(`a line longer than ${maxLength} bytes (${length} bytes and no line end yet); dropped up to the next line end`, {
      code: 'line.too-long',
      hint: 'check the baud rate and that the device sends text lines',
    });
    this.name = 'LineTooLong';
  }
}

/**
 * The one splitter of byte streams into lines (serial devices, modems, GPS receivers, SLCAN
 * adapters, child processes). Chunk boundaries mean nothing: a partial line is kept until its
 * end arrives, and a CR LF split between two chunks ends one line, not two. Lines are bytes;
 * the caller decodes them (latin1 for instruments, utf8 for tools). It fits `Framer`, so
 * `frameLink` feeds it from a link and resets it when the link is lost.
 */
export class LineSplitter {
  private readonly kinds = new Uint8Array(256);
  private readonly maxLength: number;
  private readonly crLfPair: boolean;
  private parts: Buffer[] = [];
  private size = 0;
  private discarding = false;
  /** The last byte seen ended a line with CR: an LF right after it belongs to the same end. */
  private afterCr = false;

  constructor(private readonly options: LineSplitterOptions) {
    this.maxLength = options.maxLength ?? 4096;
    if (!Number.isInteger(this.maxLength) || this.maxLength < 1) throw new RangeError(`a line splitter needs a whole maxLength >= 1, got ${this.maxLength}`);
    const ends = options.ends ?? [CR, LF];
    if (ends.length === 0) throw new RangeError('a line splitter needs at least one line-end byte');
    for (const byte of ends) this.kinds[byte] = END;
    for (const byte of options.starts ?? []) this.kinds[byte] = START;
    for (const byte of options.ignored ?? []) this.kinds[byte] = IGNORED;
    this.crLfPair = this.kinds[CR] === END && this.kinds[LF] === END;
  }

  push(chunk: Uint8Array): void {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let at = 0; at < bytes.length; at += 1) {
      const byte = bytes[at] as number;
      const kind = this.kinds[byte];
      if (kind === PLAIN) continue;
      const secondHalfOfCrLf = byte === LF && this.afterCr && at === from;
      this.afterCr = false;
      this.take(bytes, from, at);
      from = at + 1;
      if (kind === IGNORED || secondHalfOfCrLf) continue;
      if (kind === START) {
        // The start byte begins the next line; it ends only a line that has something in it.
        if (this.size > 0 || this.discarding) this.finish(undefined);
        from = at;
        continue;
      }
      this.finish(byte);
      this.afterCr = byte === CR && this.crLfPair;
    }
    if (from < bytes.length) this.afterCr = false;
    this.take(bytes, from, bytes.length);
    // What waits for its end must not hold on to (or change with) the caller's buffer.
    if (this.parts.length > 0) this.parts = [Buffer.concat(this.parts, this.size)];
  }

  /** The stream ended (a capture's last line without its end, a quiet receiver): the partial line, if any, is a line. */
  end(): void {
    if (this.size > 0 && !this.discarding) this.finish(undefined);
    this.reset();
  }

  /** Drops the partial line (the link was lost: what follows is a new stream). */
  reset(): void {
    this.parts = [];
    this.size = 0;
    this.discarding = false;
    this.afterCr = false;
  }

  private take(bytes: Buffer, from: number, to: number): void {
    if (to <= from || this.discarding) return;
    const length = this.size + (to - from);
    if (length <= this.maxLength) {
      this.parts.push(bytes.subarray(from, to));
      this.size = length;
      return;
    }
    const head = Buffer.concat([...this.parts, bytes.subarray(from, from + this.maxLength - this.size)], this.maxLength);
    this.parts = [];
    this.size = 0;
    this.discarding = true;
    this.options.onOverlong(new LineTooLong(head, length, this.maxLength));
  }

  private finish(end: number | undefined): void {
    if (this.discarding) {
      this.discarding = false;
      return;
    }
    const line = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    this.options.onLine(line, end);
  }
}
