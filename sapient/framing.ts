import { SapientError } from './errors.js';
import { sapient, type DecodedSapientMessage } from './messages.js';

/** The length prefix: a 4-byte little-endian unsigned integer before each message. */
const PREFIX_BYTES = 4;

/** Large enough for any registration or report we know of; configurable per link. */
export const DEFAULT_MAX_FRAME_BYTES = 1024 * 1024;

export function encodeFrame(message: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(PREFIX_BYTES + message.length);
  frame.writeUInt32LE(message.length, 0);
  frame.set(message, PREFIX_BYTES);
  return frame;
}

/** One message off the wire: its bytes as sent, and decoded. */
export interface Frame {
  body: Buffer;
  message: DecodedSapientMessage;
}

/**
 * Splits a TCP byte stream into SAPIENT messages. A length over the limit or a body that is
 * not a SapientMessage throws a SapientError naming the peer: the stream cannot be trusted
 * after that (the next length would be read from the middle of something), so the caller
 * drops the connection.
 */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);

  constructor(
    private readonly peer: string,
    private readonly maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES,
  ) {}

  /** Messages completed by this chunk, in order. */
  push(chunk: Buffer): Frame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: Frame[] = [];
    while (this.pending.length >= PREFIX_BYTES) {
      const length = this.pending.readUInt32LE(0);
      if (length > this.maxFrameBytes) {
        throw new SapientError(`${this.peer} announced a ${length}-byte message, over the ${this.maxFrameBytes}-byte limit (the first bytes were ${this.pending.subarray(0, 8).toString('hex')})`, {
          code: 'sapient.frame_too_large',
          hint: 'the peer is not speaking SAPIENT (4-byte little-endian length, then a SapientMessage), or raise sapient.max_frame',
          disconnect: true,
        });
      }
      if (this.pending.length < PREFIX_BYTES + length) break;
      const body = this.pending.subarray(PREFIX_BYTES, PREFIX_BYTES + length);
      this.pending = this.pending.subarray(PREFIX_BYTES + length);
      frames.push({ body, message: this.decode(body) });
    }
    return frames;
  }

  /** Bytes of a message not yet complete. */
  get buffered(): number {
    return this.pending.length;
  }

  private decode(body: Buffer): DecodedSapientMessage {
    try {
      return sapient.SapientMessage.decode(body);
    } catch (error) {
      throw new SapientError(`${this.peer} sent ${body.length} bytes that are not a SapientMessage (${error instanceof Error ? error.message : String(error)})`, {
        code: 'sapient.malformed',
        hint: 'check that the peer speaks BSI Flex 335 v2.0 with 4-byte little-endian length prefixes',
        cause: error,
        disconnect: true,
      });
    }
  }
}
