import type { OutpostError } from '../../kernel/errors.js';

/**
 * One open connection under a SerialLink: a serial port or a TCP socket. The link owns
 * reconnecting; a transport is opened once and, once lost or closed, thrown away.
 */
export interface Transport {
  /** The device actually opened, e.g. /dev/ttyUSB0 behind a /dev/serial/by-id name. */
  readonly resolved: string;
  write(data: Buffer): Promise<void>;
  /** write() without waiting: a failure arrives through `lost`. Transports without it are sent to through `write`. */
  send?(data: Buffer): void;
  /** Releases the handle; safe to call after a loss. */
  close(): Promise<void>;
}

export interface TransportEvents {
  data(chunk: Buffer): void;
  /** The connection went away by itself (unplugged, peer closed, read error). Called at most once. */
  lost(error: OutpostError): void;
}

export interface SerialSettings {
  path: string;
  baud: number;
  data_bits: 5 | 6 | 7 | 8;
  parity: 'none' | 'even' | 'odd' | 'mark' | 'space';
  stop_bits: 1 | 1.5 | 2;
  rtscts?: boolean;
}

/** Opens a transport; rejects with an OutpostError saying why (missing, busy, refused...). */
export type OpenTransport = (settings: SerialSettings, events: TransportEvents) => Promise<Transport>;
