import { OutpostError, describeError } from '../../kernel/errors.js';
import type { ByteLink } from '../serial/types.js';
import type { AduCodec, ResponseMatcher } from './adu.js';
import { silentHint } from './errors.js';

interface InFlight {
  matcher: ResponseMatcher;
  resolve(pdu: Buffer): void;
  reject(error: OutpostError): void;
}

export interface TransceiverOptions {
  link: ByteLink;
  codec: AduCodec;
  timeoutMs: number;
  /** Quiet time between the end of one exchange and the next request. */
  turnaroundMs?: number;
}

/**
 * One request out and its answer back, on a link: framing, the receive buffer, the answer
 * timeout, CRC-error accounting, and the quiet time RTU slaves need between exchanges. The caller
 * (ModbusLine) guarantees that only one exchange runs at a time.
 */
export class Transceiver {
  private inFlight: InFlight | undefined;
  private received = Buffer.alloc(0);
  private lastExchangeEnd = 0;
  private detach: (() => void) | undefined;

  constructor(private readonly options: TransceiverOptions) {}

  attach(): void {
    if (this.detach !== undefined) return;
    const offData = this.options.link.onData((chunk) => this.onData(chunk));
    // A request in flight when the link drops fails now, not after its timeout.
    const offState = this.options.link.onState((state, error) => {
      if (state !== 'open') this.fail(new OutpostError(`line ${this.options.link.description} lost${error ? `: ${error.message}` : ''}`, { code: 'modbus.disconnected', cause: error, retryable: true, disconnect: true }));
    });
    this.detach = () => {
      offData();
      offState();
    };
  }

  release(): void {
    this.detach?.();
    this.detach = undefined;
  }

  /** Sends a request PDU to `unit` and resolves with the answer PDU (which may be an exception). */
  async exchange(unit: number, pdu: Buffer, subject: string): Promise<Buffer> {
    const quiet = this.lastExchangeEnd + (this.options.turnaroundMs ?? 0) - Date.now();
    if (quiet > 0) await delay(quiet);
    try {
      return await this.send(unit, pdu, subject);
    } finally {
      this.lastExchangeEnd = Date.now();
    }
  }

  private send(unit: number, pdu: Buffer, subject: string): Promise<Buffer> {
    const { frame, matcher } = this.options.codec.encode(unit, pdu);
    const { timeoutMs } = this.options;
    // Whatever is still in the buffer belongs to an earlier exchange: a late answer must not be read as this one's.
    this.received = Buffer.alloc(0);
    return new Promise<Buffer>((resolve, reject) => {
      let crcErrors = 0;
      const timer = setTimeout(() => {
        const garbled = crcErrors > 0;
        this.fail(
          new OutpostError(garbled ? `only garbled answers (CRC errors) within ${timeoutMs} ms` : `no answer within ${timeoutMs} ms`, {
            code: garbled ? 'modbus.crc' : 'modbus.timeout',
            subject,
            hint: garbled ? 'check baud rate, parity, cable shielding and termination; two devices with the same unit id also garble answers' : silentHint,
            retryable: true,
          }),
        );
      }, timeoutMs);
      this.inFlight = {
        matcher: {
          scan: (bytes) => {
            const result = matcher.scan(bytes);
            crcErrors = Math.max(crcErrors, result.crcErrors);
            return result;
          },
        },
        resolve: (response) => {
          clearTimeout(timer);
          resolve(response);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.options.link.write(frame).catch((error: unknown) => {
        this.fail(new OutpostError(`cannot send: ${describeError(error)}`, { code: 'modbus.disconnected', subject, cause: error, retryable: true, disconnect: true }));
      });
    });
  }

  private fail(error: OutpostError): void {
    const pending = this.inFlight;
    this.inFlight = undefined;
    pending?.reject(error);
  }

  private onData(chunk: Buffer): void {
    const pending = this.inFlight;
    if (pending === undefined) return;
    this.received = this.received.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.received, chunk]);
    const result = pending.matcher.scan(this.received);
    if (result.status === 'frame') {
      this.inFlight = undefined;
      this.received = Buffer.alloc(0);
      pending.resolve(result.pdu);
    }
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
