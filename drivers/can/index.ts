export type { CanBus, CanFilter, CanFrame } from './types.js';
export { SlcanBus } from './slcan/bus.js';
export { SocketcanBus } from './socketcan/bus.js';
export { formatFrame, matchesFilter } from './frame.js';
export { describeErrorFrame } from './error-frame.js';
export { parseDbc, channelName, type DbcFile, type DbcMessage } from './signals/dbc.js';
export { SignalSet, type DecodedSignal } from './signals/signal-set.js';
export { decodeSignal, encodeSignal } from './signals/decode.js';
export type { SignalDefinition } from './signals/types.js';
