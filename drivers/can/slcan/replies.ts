import { OutpostError } from '../../../kernel/errors.js';

interface Pending {
  command: string;
  resolve: (reply: string) => void;
  reject: (error: OutpostError) => void;
  timer: NodeJS.Timeout;
}

/**
 * The adapter answers commands in the order it got them, one reply each (CR, `z`/`Z` after a
 * transmit, `Fxx`, `Vxxxx`, or BELL for an error). Commands are pipelined up to `window`
 * outstanding, so a burst of frames does not wait a USB round trip per frame, and the window
 * keeps us from overrunning the adapter's small transmit buffer.
 */
export class ReplyQueue {
  private readonly pending: Pending[] = [];
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly subject: string,
    private readonly window: number,
    private readonly timeoutMs: number,
  ) {}

  /** Waits for a slot, then calls `write` and resolves with the adapter's reply to it. */
  async request(command: string, write: () => Promise<void>): Promise<string> {
    while (this.pending.length >= this.window) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const reply = new Promise<string>((resolve, reject) => {
      const entry: Pending = {
        command,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(entry), this.timeoutMs),
      };
      this.pending.push(entry);
    });
    // A BELL or a timeout can settle the reply while `write` is still awaited below; observe it
    // now so that rejection is not unhandled (which ends the process). The caller still gets it.
    reply.catch(() => undefined);
    try {
      await write();
    } catch (error) {
      this.failAll(error instanceof OutpostError ? error : new OutpostError(`cannot write to the adapter`, { code: 'can.disconnected', subject: this.subject, cause: error, disconnect: true }));
    }
    return reply;
  }

  /** A reply line arrived (without CR); `error` when it was BELL. Returns false if nobody was waiting. */
  settle(reply: string, error: boolean): boolean {
    const entry = this.pending.shift();
    if (entry === undefined) return false;
    clearTimeout(entry.timer);
    this.release();
    if (error) {
      entry.reject(new OutpostError(`the adapter answered "${printable(entry.command)}" with an error (BELL)`, { code: 'can.refused', subject: this.subject, retryable: true }));
    } else {
      entry.resolve(reply);
    }
    return true;
  }

  failAll(error: OutpostError): void {
    for (const entry of this.pending.splice(0)) {
      clearTimeout(entry.timer);
      entry.reject(error);
    }
    this.release();
  }

  get outstanding(): number {
    return this.pending.length;
  }

  private expire(entry: Pending): void {
    const index = this.pending.indexOf(entry);
    if (index < 0) return;
    this.pending.splice(index, 1);
    this.release();
    entry.reject(
      new OutpostError(`no answer to "${printable(entry.command)}" within ${this.timeoutMs} ms`, {
        code: 'can.timeout',
        subject: this.subject,
        hint: 'check that the device is an SLCAN adapter (CANable with slcan firmware, USBtin, CANUSB) and that the serial baud matches',
        retryable: true,
      }),
    );
  }

  private release(): void {
    while (this.waiting.length > 0 && this.pending.length < this.window) this.waiting.shift()?.();
  }
}

function printable(command: string): string {
  return command.length > 24 ? `${command.slice(0, 24)}...` : command;
}
