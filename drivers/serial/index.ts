export type { ByteLink, LinkState } from './types.js';
export { SerialLink, framingText, type SerialLinkOptions } from './link.js';
export { FixedLengthFramer, GapFramer, characterGapMs, frameLink, type Framer } from './framing.js';
export { parseTcpTarget } from './tcp-transport.js';
export { serialOpenError, listByIdNames, BY_ID_DIR } from './open-error.js';
export type { SerialSettings } from './transport.js';
export { listSerialPorts, type PortListing } from './ports.js';
export { openLinkOnce } from './open-once.js';
