/**
 * A signal inside a CAN frame, as a DBC file or the post config defines it.
 * Bit numbering follows DBC: bit n is bit n % 8 of byte n / 8 (bit 0 the least significant);
 * for `little` (Intel) `startBit` is the signal's least significant bit, for `big` (Motorola)
 * its most significant bit.
 */
export interface SignalDefinition {
  name: string;
  /** The frame carrying it. */
  id: number;
  extended: boolean;
  startBit: number;
  length: number;
  byteOrder: 'little' | 'big';
  signed: boolean;
  /** IEEE floats (DBC `SIG_VALTYPE_` 1 and 2) instead of integers. */
  valueType: 'integer' | 'float32' | 'float64';
  scale: number;
  offset: number;
  unit: string;
  /** Physical range; a value outside it is reported as faulted (J1939's 0xFF.. "not available" lands there). */
  min?: number;
  max?: number;
  /** Decoded only when the frame's multiplexor signal has this value. */
  multiplexValue?: number;
  /** This signal selects which multiplexed signals the frame carries. */
  multiplexor?: boolean;
}
