import { LineSplitter } from '../../../kernel/line-splitter.js';

/**
 * Turns the digitizer's byte stream into samples. Chunks arrive cut anywhere (mid-line,
 * mid-sample): what is left over waits for the next chunk.
 *
 * - ascii: lines of integers separated by spaces, tabs or commas, ended by LF, CR or CRLF. With
 *   `columns: 'samples'` every number is the next sample; with `columns: 'channels'` each line
 *   is one instant and `channel` picks the column. With `counter`, the first number of each
 *   line is the digitizer's running sample (line) counter.
 * - int16/int32, little or big endian: one channel of two's-complement samples, back to back.
 */
export type SampleFormat = 'ascii' | 'int16le' | 'int16be' | 'int32le' | 'int32be';

export interface DecoderOptions {
  format: SampleFormat;
  columns: 'samples' | 'channels';
  channel: number;
  counter: boolean;
}

/** What one chunk held, in order: runs of samples, and breaks where the counter says data was lost or restarted. */
export type DecodedPart = { samples: number[] } | { counterBreak: { expected: number; found: number } };

/** Lines longer than this are not the digitizer talking (wrong baud rate, binary data). */
const MAX_LINE = 4096;

export class SampleDecoder {
  private pending: Buffer = Buffer.alloc(0);
  /** Whole ascii lines of the chunk being decoded, as the splitter hands them over. */
  private lines: string[] = [];
  private readonly splitter = new LineSplitter({
    maxLength: MAX_LINE,
    onLine: (line) => this.lines.push(line.toString('latin1')),
    onOverlong: () => (this.badLines += 1),
  });
  private nextCounter: number | undefined;
  /** Lines that were not integers, or lacked the configured column (or were too long to be either). */
  badLines = 0;

  constructor(private readonly options: DecoderOptions) {}

  decode(chunk: Buffer): DecodedPart[] {
    return this.options.format === 'ascii' ? this.decodeAscii(chunk) : [{ samples: this.decodeBinary(chunk) }];
  }

  /** Forgets partial input and the counter (the link dropped: what follows is a new stream). */
  reset(): void {
    this.pending = Buffer.alloc(0);
    this.splitter.reset();
    this.nextCounter = undefined;
  }

  private decodeBinary(chunk: Buffer): number[] {
    const format = this.options.format;
    const width = format.startsWith('int16') ? 2 : 4;
    const bytes = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const whole = bytes.length - (bytes.length % width);
    const samples = new Array<number>(whole / width);
    for (let at = 0, k = 0; at < whole; at += width, k++) {
      samples[k] =
        format === 'int16le' ? bytes.readInt16LE(at) : format === 'int16be' ? bytes.readInt16BE(at) : format === 'int32le' ? bytes.readInt32LE(at) : bytes.readInt32BE(at);
    }
    this.pending = Buffer.from(bytes.subarray(whole));
    return samples;
  }

  private decodeAscii(chunk: Buffer): DecodedPart[] {
    this.splitter.push(chunk);
    const lines = this.lines;
    this.lines = [];
    const parts: DecodedPart[] = [];
    let run: number[] = [];
    for (const text of lines) {
      const line = text.trim();
      if (line === '') continue;
      const values = this.parseLine(line);
      if (values === undefined) {
        this.badLines++;
        continue;
      }
      if (this.options.counter) {
        const counter = values.shift() as number;
        if (this.nextCounter !== undefined && counter !== this.nextCounter) {
          if (run.length > 0) parts.push({ samples: run });
          run = [];
          parts.push({ counterBreak: { expected: this.nextCounter, found: counter } });
        }
        this.nextCounter = counter + 1;
      }
      if (this.options.columns === 'channels') {
        const value = values[this.options.channel];
        if (value === undefined) {
          this.badLines++;
          continue;
        }
        run.push(value);
      } else {
        for (const value of values) run.push(value);
      }
    }
    if (run.length > 0) parts.push({ samples: run });
    return parts;
  }

  private parseLine(line: string): number[] | undefined {
    const fields = line.split(/[\s,;]+/);
    const values: number[] = [];
    for (const field of fields) {
      if (!/^[+-]?\d+$/.test(field)) return undefined;
      values.push(Number(field));
    }
    const needed = (this.options.counter ? 1 : 0) + (this.options.columns === 'channels' ? this.options.channel + 1 : 1);
    return values.length >= needed ? values : undefined;
  }
}
