import type { Fix } from './fix.js';
import { FixTracker } from './fix-tracker.js';
import { MalformedSentence } from './fields.js';
import { decodeMessage, type NmeaMessage } from './messages.js';
import { classifyFragment, SentenceSplitter, type Rejection, type Sentence } from './sentence.js';

/** What the decoder has seen; bad input is counted here, never thrown. */
export interface NmeaCounters {
  /** Sentences of a supported type, checked and decoded. */
  sentences: number;
  /** Checked sentences of types the fix does not use (GLL, GST, proprietary...). */
  ignored: number;
  checksum_errors: number;
  /** Cut short, no checksum, or noise between sentences. */
  partial: number;
  non_ascii: number;
  too_long: number;
  /** Checksum good but the fields make no sense. */
  malformed: number;
  fixes: number;
}

export interface NmeaDecoderOptions {
  rolloverPivotMs: number;
  onFix: (fix: Fix) => void;
  /** Every checked sentence (for `probe nmea --raw` and tests). */
  onSentence?: (sentence: Sentence, message: NmeaMessage | undefined) => void;
  /** Every rejected fragment or malformed sentence, with why. */
  onReject?: (reason: Rejection | 'malformed', raw: string, detail?: string) => void;
}

/** Bytes in, fixes out: splitter, checksum, sentence decoding and the epoch tracker in one. */
export class NmeaDecoder {
  readonly counters: NmeaCounters = { sentences: 0, ignored: 0, checksum_errors: 0, partial: 0, non_ascii: 0, too_long: 0, malformed: 0, fixes: 0 };
  private readonly splitter = new SentenceSplitter((fragment, overflowed) => this.fragment(fragment, overflowed));
  private readonly tracker: FixTracker;

  constructor(private readonly options: NmeaDecoderOptions) {
    this.tracker = new FixTracker({
      rolloverPivotMs: options.rolloverPivotMs,
      onFix: (fix) => {
        this.counters.fixes += 1;
        options.onFix(fix);
      },
    });
  }

  push(chunk: Uint8Array | string): void {
    this.splitter.push(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk);
  }

  /** The input ended or went quiet: finish the pending fragment and epoch. */
  flush(): void {
    this.splitter.finish();
    this.tracker.flush();
  }

  /** The link was lost: what is half-received belongs to nothing. */
  reset(): void {
    this.splitter.reset();
    this.tracker.reset();
  }

  private fragment(fragment: string, overflowed: boolean): void {
    const framed = classifyFragment(fragment, overflowed);
    if (!framed.ok) {
      this.counters[framed.reason === 'checksum' ? 'checksum_errors' : framed.reason] += 1;
      this.options.onReject?.(framed.reason, framed.raw);
      return;
    }
    let message: NmeaMessage | undefined;
    try {
      message = decodeMessage(framed.sentence);
    } catch (error) {
      if (!(error instanceof MalformedSentence)) throw error;
      this.counters.malformed += 1;
      this.options.onReject?.('malformed', framed.sentence.raw, error.detail);
      return;
    }
    this.options.onSentence?.(framed.sentence, message);
    if (message === undefined) {
      this.counters.ignored += 1;
      return;
    }
    this.counters.sentences += 1;
    this.tracker.push(message);
  }
}
