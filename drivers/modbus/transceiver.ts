import { OutpostError, describeError } from '../../kernel/errors.js';
import type { ByteLink } from '../serial/types.js';
import type { AduCodec, ResponseMatcher } from './adu.js';
import { silentHint } from './errors.js';

interface InFlight {
  matcher: ResponseMatcher;
  resolve(pdu: Buffer): void;
  reject(error: OutpostError): void;
  subject: string;
  /** The most CRC errors one scan of the receive buffer found (garbled answers, not silence). */
  crcErrors: number;
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
  private received: Buffer = Buffer.alloc(0);
  private lastExchangeEnd = 0;
  private detach: (() => void) | undefined;
  /**
   * The answer timeout: one timer for the transceiver's life, re-armed (`refresh()`) as each
   * request goes out instead of a new timer made and cleared per exchange (issue 13: 10 a second
   * on a post polling ten devices). An answer leaves it armed: while requests keep going out it
   * never fires, and when it does with nothing in flight it does nothing. Its deadline is always
   * that of the exchange in flight, since every exchange starts by re-arming it.
   */
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: TransceiverOptions) {}

  attach(): void {
    if (this.detach !== undefined) return;
    const offData = this.options.link.onData((chunk) => this.onData(chunk));
    // A request in flight when the link drops fails now, not after its timeout.
    const offState = this.options.link.onState((state, error) => {
      // The error is made only when a request waits for it: a line retrying a refused connect
      // goes through `opening` and `lost` every try with nothing in flight (issue 13).
      if (state !== 'open' && this.inFlight !== undefined) this.fail(new OutpostError(`line ${this.options.link.description} lost${error ? `: ${error.message}` : ''}`, { code: 'modbus.disconnected', cause: error, retryable: true, disconnect: true }));
    });
    this.detach = () => {
      offData();
      offState();
    };
  }

  release(): void {
    this.detach?.();
    this.detach = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Sends a request PDU to `unit` and resolves with the answer PDU (which may be an exception). */
  exchange(unit: number, pdu: Buffer, subject: string): Promise<Buffer> {
    // Without a quiet time (Modbus TCP) there is nothing to wait for or to note.
    if (!(this.options.turnaroundMs! > 0)) return this.send(unit, pdu, subject);
    return this.exchangeAfterQuiet(unit, pdu, subject);
  }

  private async exchangeAfterQuiet(unit: number, pdu: Buffer, subject: string): Promise<Buffer> {
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
    // Whatever is still in the buffer belongs to an earlier exchange: a late answer must not be read as this one's.
    this.received = EMPTY;
    // One exchange per poll of every device: no closure per exchange but the promise's own (issue 13).
    return new Promise<Buffer>((resolve, reject) => {
      this.inFlight = { matcher, resolve, reject, subject, crcErrors: 0 };
      // Unref'd: the armed timer left behind by the last answer must not hold a process open (the link's own handle does while a request waits).
      if (this.timer === undefined) this.timer = setTimeout(this.timedOut, this.options.timeoutMs).unref();
      else this.timer.refresh();
      // `send` where the link has it: no promise, copy or callback per request; a failed send
      // loses the link, and the state listener above fails this exchange (issue 13).
      const { link } = this.options;
      if (link.send === undefined) link.write(frame).catch(this.writeFailed);
      else {
        try {
          link.send(frame);
        } catch (error) {
          this.writeFailed(error);
        }
      }
    });
  }

  private readonly timedOut = (): void => {
    const pending = this.inFlight;
    if (pending === undefined) return;
    const { timeoutMs } = this.options;
    const garbled = pending.crcErrors > 0;
    this.fail(
      new OutpostError(garbled ? `only garbled answers (CRC errors) within ${timeoutMs} ms` : `no answer within ${timeoutMs} ms`, {
        code: garbled ? 'modbus.crc' : 'modbus.timeout',
        subject: pending.subject,
        hint: garbled ? 'check baud rate, parity, cable shielding and termination; two devices with the same unit id also garble answers' : silentHint,
        retryable: true,
      }),
    );
  };

  private readonly writeFailed = (error: unknown): void => {
    const subject = this.inFlight?.subject;
    this.fail(new OutpostError(`cannot send: ${describeError(error)}`, { code: 'modbus.disconnected', subject, cause: error, retryable: true, disconnect: true }));
  };

  private fail(error: OutpostError): void {
    const pending = this.inFlight;
    this.inFlight = undefined;
    if (pending === undefined) return;
    pending.reject(error);
  }

  private onData(chunk: Buffer): void {
    const pending = this.inFlight;
    if (pending === undefined) return;
    // A chunk is the link's to give away (a socket or port allocates each one): kept without a copy.
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    const result = pending.matcher.scan(this.received);
    if (result.crcErrors > pending.crcErrors) pending.crcErrors = result.crcErrors;
    if (result.status === 'frame') {
      this.inFlight = undefined;
      this.received = EMPTY;
      pending.resolve(result.pdu);
    }
  }
}

const EMPTY: Buffer = Buffer.alloc(0);

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
