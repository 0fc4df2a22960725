import type { CanFilter, CanFrame } from '../types.js';
import { decodeSignal, inRange, rawBits } from './decode.js';
import type { SignalDefinition } from './types.js';

export interface DecodedSignal {
  signal: SignalDefinition;
  value: number;
  /** Outside the signal's physical range: a sensor fault or "not available". */
  outOfRange: boolean;
}

function key(id: number, extended: boolean): string {
  return `${extended ? 'x' : 's'}${id}`;
}

/** The signals of many frames, grouped by frame so that decoding a frame touches only its own. */
export class SignalSet {
  private readonly byFrame = new Map<string, SignalDefinition[]>();

  constructor(readonly signals: readonly SignalDefinition[]) {
    for (const signal of signals) {
      const group = this.byFrame.get(key(signal.id, signal.extended)) ?? [];
      group.push(signal);
      this.byFrame.set(key(signal.id, signal.extended), group);
    }
  }

  /** Exact-id filters for the frames that carry these signals, to hand to `CanBus.onFrame`. */
  filters(): CanFilter[] {
    const seen = new Map<string, CanFilter>();
    for (const signal of this.signals) {
      seen.set(key(signal.id, signal.extended), { id: signal.id, mask: signal.extended ? 0x1fffffff : 0x7ff, extended: signal.extended });
    }
    return [...seen.values()];
  }

  /**
   * Decodes the signals a frame carries. Multiplexed signals count only when the multiplexor
   * has their value; a signal the frame is too short for is left out (a DLC mismatch, not a zero).
   */
  decode(frame: CanFrame): DecodedSignal[] {
    if (frame.remote || frame.error) return [];
    const group = this.byFrame.get(key(frame.id, frame.extended));
    if (group === undefined) return [];
    const multiplexor = group.find((signal) => signal.multiplexor === true);
    const selector = multiplexor === undefined ? undefined : rawBits(frame.data, multiplexor);
    const decoded: DecodedSignal[] = [];
    for (const signal of group) {
      if (signal.multiplexValue !== undefined && (selector === undefined || BigInt(signal.multiplexValue) !== selector)) continue;
      const value = decodeSignal(frame.data, signal);
      if (value === undefined) continue;
      decoded.push({ signal, value, outOfRange: !inRange(signal, value) });
    }
    return decoded;
  }
}
