import type { Bus } from '../../kernel/bus.js';
import type { OutpostError } from '../../kernel/errors.js';

/**
 * A byte stream to a device: a serial port (by path or /dev/serial/by-id name) or raw serial
 * over TCP (`tcp://host:port`, as ser2net and serial device servers offer). drivers/serial
 * implements it; the NMEA, AT, SLCAN and digitizer code consume it.
 *
 * - `start()` opens; a port that is missing or busy is reported through state and health,
 *   and retried with backoff until `stop()`. It does not reject for that.
 * - When the port vanishes (USB unplugged, cable cut, server gone) the state goes to `lost`,
 *   and reopening is retried with backoff; data flows again when it returns.
 * - `write` rejects with an OutpostError (`disconnect: true`) when the link is not open.
 */
export type LinkState = 'closed' | 'opening' | 'open' | 'lost';

export interface ByteLink extends Bus<'ByteLink'> {
  readonly state: LinkState;
  /** Human description for messages, e.g. `/dev/ttyUSB0 at 9600 8N1` or `tcp://10.0.0.7:4001`. */
  readonly description: string;
  write(data: Uint8Array | string): Promise<void>;
  /**
   * Writes without waiting for the bytes to leave and without a promise: a failure shows as the
   * link's loss (its state goes to `lost` with the error), not as a rejection. Throws when the
   * link is not open. For a caller that already follows the link's state and sends small frames
   * many times a second (the Modbus transceiver: one request per exchange, issue 13).
   */
  send?(data: Buffer): void;
  /** Subscribes to received bytes; returns the unsubscribe function. */
  onData(listener: (chunk: Buffer) => void): () => void;
  /** Subscribes to state changes; `error` says why the link was lost or could not open. */
  onState(listener: (state: LinkState, error?: OutpostError) => void): () => void;
}
