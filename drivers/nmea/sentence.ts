import { LineSplitter } from '../../kernel/line-splitter.js';

/**
 * NMEA 0183 sentences: framing from a byte stream and the checksum.
 *
 * Receivers in the field send damaged data: sentences cut short by a reboot, two sentences
 * glued together without a line break, NUL padding, noise bytes at cold start. None of that
 * may stop the reader: every fragment is classified (accepted, or why not) and counted.
 */

/** Why a fragment of the stream was not accepted as a sentence. */
export type Rejection = 'checksum' | 'partial' | 'non_ascii' | 'too_long';

export interface Sentence {
  /** `GP`, `GN`, `GL`, `GA`, `BD`, `GB`, `QZ`...; `P` for proprietary sentences. */
  talker: string;
  /** `GGA`, `RMC`...; for proprietary sentences the rest of the address, e.g. `GRME`. */
  type: string;
  /** Comma-separated data fields after the address, without the checksum. */
  fields: string[];
  /** The sentence as received, without line ending. */
  raw: string;
}

export type FramedSentence = { ok: true; sentence: Sentence } | { ok: false; reason: Rejection; raw: string };

/** NMEA's limit is 82 characters; u-blox and others exceed it a little, so allow some room. */
export const MAX_SENTENCE_LENGTH = 160;

/** XOR of the characters between `$` and `*`, as two upper-case hex digits. */
export function nmeaChecksum(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum ^= body.charCodeAt(i);
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

/** `$GPGGA,...` → `$GPGGA,...*hh` (for simulators and tests). */
export function withChecksum(sentence: string): string {
  const body = sentence.startsWith('$') ? sentence.slice(1) : sentence;
  return `$${body}*${nmeaChecksum(body)}`;
}

/**
 * Checks one fragment that starts with `$` (or `!`, used by AIS). A sentence without a
 * checksum is rejected as partial: a time source must not trust a line it cannot verify,
 * and every receiver we know of sends checksums on the sentences we read.
 */
export function parseSentence(raw: string): FramedSentence {
  if (raw.length > MAX_SENTENCE_LENGTH) return { ok: false, reason: 'too_long', raw };
  if (!/^[\x20-\x7e]*$/.test(raw)) return { ok: false, reason: 'non_ascii', raw };
  const star = raw.lastIndexOf('*');
  if (star < 0 || star !== raw.length - 3 || raw.length < 7) return { ok: false, reason: 'partial', raw };
  const body = raw.slice(1, star);
  if (raw.slice(star + 1).toUpperCase() !== nmeaChecksum(body)) return { ok: false, reason: 'checksum', raw };
  const parts = body.split(',');
  const address = parts[0] ?? '';
  if (!/^[A-Z0-9]{3,}$/.test(address)) return { ok: false, reason: 'partial', raw };
  const proprietary = address.startsWith('P');
  return {
    ok: true,
    sentence: {
      talker: proprietary ? 'P' : address.slice(0, 2),
      type: proprietary ? address.slice(1) : address.slice(2),
      fields: parts.slice(1),
      raw,
    },
  };
}

/**
 * Cuts a byte stream into sentence candidates, with the kernel's line splitter. A line break
 * ends a fragment, and so does a new `$` or `!`: a receiver that reboots mid-sentence starts
 * the next one on the same line, and the one after it must not be lost with the broken one.
 * Fragments that never end are cut at the length limit (given with `overflowed` and their
 * first bytes), so noise cannot grow the buffer.
 */
export class SentenceSplitter {
  private readonly lines: LineSplitter;

  /** `onFragment` gets each complete fragment: a sentence candidate starting with `$` or `!`, or noise. */
  constructor(onFragment: FragmentListener) {
    this.lines = new LineSplitter({
      maxLength: MAX_SENTENCE_LENGTH + 1,
      starts: [0x24, 0x21],
      // latin1 keeps one character per byte, so non-ASCII bytes stay visible to the check.
      onLine: (line) => {
        const fragment = line.toString('latin1');
        if (fragment.trim().length > 0) onFragment(fragment, false);
      },
      onOverlong: (fault) => onFragment(fault.head.toString('latin1'), true),
    });
  }

  push(chunk: Uint8Array): void {
    this.lines.push(chunk);
  }

  /** Ends the stream: whatever is pending is a fragment too (a capture's last line without newline). */
  finish(): void {
    this.lines.end();
  }

  /** Drops what is pending (the link was lost). */
  reset(): void {
    this.lines.reset();
  }
}

export type FragmentListener = (fragment: string, overflowed: boolean) => void;

/** Classifies a fragment from the splitter: a checked sentence, or why it was rejected. */
export function classifyFragment(fragment: string, overflowed: boolean): FramedSentence {
  if (overflowed) return { ok: false, reason: 'too_long', raw: fragment };
  if (fragment.startsWith('$') || fragment.startsWith('!')) return parseSentence(fragment);
  return { ok: false, reason: /^[\x20-\x7e]*$/.test(fragment) ? 'partial' : 'non_ascii', raw: fragment };
}
