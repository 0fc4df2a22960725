import type { Bus } from '../../kernel/bus.js';

/** A CAN frame (drivers/can: SocketCAN and SLCAN backends share this). */
export interface CanFrame {
  id: number;
  /** 29-bit id. */
  extended: boolean;
  /** Remote transmission request: no data, `length` says how many bytes are asked for. */
  remote: boolean;
  /** An error frame reported by the backend; `data` holds its details where known. */
  error: boolean;
  data: Buffer;
  /** Data length code (0..8). */
  length: number;
  /** When it was received, ms since the Unix epoch. */
  timeMs: number;
}

export interface CanFilter {
  id: number;
  mask: number;
  extended?: boolean;
}

export interface CanBus extends Bus<'CanBus'> {
  send(frame: Pick<CanFrame, 'id' | 'extended' | 'remote' | 'data'> & { length?: number }): Promise<void>;
  /** Frames that pass any of the filters (all frames when none given); returns unsubscribe. */
  onFrame(listener: (frame: CanFrame) => void, filters?: readonly CanFilter[]): () => void;
}
