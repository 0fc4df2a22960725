import { OutpostError } from '../../kernel/errors.js';
import { silentLogger, type Logger } from '../../kernel/logger.js';
import type { ByteLink } from '../serial/types.js';
import type { LineSplitter } from '../../kernel/line-splitter.js';
import { finalResult, isUnsolicited, modemLines, responsePrefix, type FinalResult } from './lines.js';

/** Quiet time on the line after a timeout before the next command goes out. */
const SETTLE_MS = 150;

export interface AtResponse {
  command: string;
  /** The information lines of the answer, without echo, URCs or the final result code. */
  lines: string[];
  final: FinalResult;
}

/** The modem answered with a final result code other than OK (or CONNECT). */
export class AtCommandError extends OutpostError {
  constructor(
    readonly command: string,
    readonly final: FinalResult,
    subject: string,
  ) {
    const reason = final.reason === undefined ? '' : ` (${final.reason})`;
    super(`${command} answered ${final.text}${reason}`, { code: `at.${final.kind}`, subject, hint: hintFor(final) });
    this.name = 'AtCommandError';
  }
}

function hintFor(final: FinalResult): string | undefined {
  if (final.kind === 'cme_error' && final.code !== undefined && final.code >= 10 && final.code <= 17) return 'check the SIM card: inserted, contacts clean, PIN disabled or entered';
  if (final.kind === 'error') return 'the device does not know this command or its parameters; check its AT manual';
  return undefined;
}

export interface AtEngineOptions {
  link: ByteLink;
  /** How long one command may take to reach its final result code. */
  timeoutMs: number;
  log?: Logger;
}

interface InFlight {
  command: string;
  prefix: string | undefined;
  lines: string[];
  echoPossible: boolean;
  resolve(response: AtResponse): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * AT commands over a byte link, one at a time: commands wait in a queue, each is written with
 * CR and completes at its final result code (OK, ERROR, +CME ERROR..., NO CARRIER) or after
 * the timeout. The echo (ATE1) is recognised and dropped. Unsolicited result codes (RING,
 * +CREG: 1, +CMTI...) go to `onUrc` listeners, even when they arrive in the middle of an
 * answer; any line while no command is in flight is unsolicited too.
 */
export class AtEngine {
  readonly counters = { commands: 0, timeouts: 0, errors: 0, urcs: 0, late_lines: 0 };
  private readonly splitter: LineSplitter;
  private readonly urcListeners = new Set<(line: string) => void>();
  private readonly unsubscribe: (() => void)[];
  private readonly log: Logger;
  private current: InFlight | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** After a timeout: the late answer may still come, and must not be taken for the next one's. */
  private settling = false;
  private lastDataAt = 0;

  constructor(private readonly options: AtEngineOptions) {
    this.log = (options.log ?? silentLogger()).child({ module: 'at', device: options.link.description });
    this.splitter = modemLines(
      (line) => this.onLine(line),
      (fault) => this.log.debug({ code: fault.code, length: fault.length }, fault.message),
    );
    this.unsubscribe = [
      options.link.onData((chunk) => {
        this.lastDataAt = performance.now();
        this.splitter.push(chunk);
      }),
      options.link.onState((state, error) => {
        if (state === 'open') return;
        this.splitter.reset();
        this.current?.reject(error ?? new OutpostError(`link ${state} during ${this.current.command}`, { code: 'at.link_lost', subject: this.subject, retryable: true, disconnect: true }));
      }),
    ];
  }

  private get subject(): string {
    return this.options.link.description;
  }

  /** Sends one command (e.g. `AT+CSQ`) once the ones before it have finished. */
  command(command: string, options: { timeoutMs?: number } = {}): Promise<AtResponse> {
    if (this.closed) return Promise.reject(new OutpostError(`${command} not sent: the AT engine is closed`, { code: 'at.closed', subject: this.subject }));
    const run = this.tail.then(() => this.run(command, options.timeoutMs ?? this.options.timeoutMs));
    this.tail = run.catch(() => undefined);
    return run;
  }

  onUrc(listener: (line: string) => void): () => void {
    this.urcListeners.add(listener);
    return () => this.urcListeners.delete(listener);
  }

  /** Rejects the command in flight and those queued; stops listening to the link. */
  close(): void {
    this.closed = true;
    for (const unsubscribe of this.unsubscribe) unsubscribe();
    this.current?.reject(new OutpostError(`${this.current.command} abandoned: the AT engine was closed`, { code: 'at.closed', subject: this.subject }));
  }

  private async run(command: string, timeoutMs: number): Promise<AtResponse> {
    if (this.settling) await this.settle(timeoutMs);
    if (this.closed) throw new OutpostError(`${command} not sent: the AT engine is closed`, { code: 'at.closed', subject: this.subject });
    this.counters.commands += 1;
    return new Promise<AtResponse>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(flight.timer);
        if (this.current === flight) this.current = undefined;
      };
      const flight: InFlight = {
        command,
        prefix: responsePrefix(command),
        lines: [],
        echoPossible: true,
        resolve: (response) => {
          finish();
          resolve(response);
        },
        reject: (error) => {
          finish();
          reject(error);
        },
        timer: setTimeout(() => {
          this.counters.timeouts += 1;
          this.settling = true;
          const seen = flight.lines.length === 0 ? 'nothing' : flight.lines.map((l) => JSON.stringify(l)).join(', ');
          flight.reject(
            new OutpostError(`no final result code to ${command} within ${timeoutMs} ms (received ${seen})`, {
              code: 'at.timeout',
              subject: this.subject,
              retryable: true,
              hint: 'check that the device is powered and answers AT at this baud rate, and is in command mode (not in a data call)',
            }),
          );
        }, timeoutMs),
      };
      this.current = flight;
      this.options.link.write(`${command}\r`).catch((error: unknown) => flight.reject(error instanceof Error ? error : new Error(String(error))));
    });
  }

  /**
   * Waits until the line has been quiet for SETTLE_MS (at most `limitMs`): what a timed-out
   * command's answer still brings arrives now, and is dropped as late rather than read as the
   * next command's answer.
   */
  private async settle(limitMs: number): Promise<void> {
    const deadline = performance.now() + limitMs;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    while (!this.closed && performance.now() < deadline && performance.now() - this.lastDataAt < SETTLE_MS) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS / 2));
    }
    this.settling = false;
  }

  private onLine(line: string): void {
    const flight = this.current;
    if (flight === undefined) {
      if (this.settling && !isUnsolicited(line, undefined)) {
        this.counters.late_lines += 1;
        this.log.debug({ line }, 'late answer to a command that timed out; dropped');
        return;
      }
      this.unsolicited(line);
      return;
    }
    if (flight.echoPossible && line.toUpperCase() === flight.command.toUpperCase()) {
      flight.echoPossible = false;
      return;
    }
    const final = finalResult(line);
    if (final !== undefined) {
      if (final.kind === 'ok' || final.kind === 'connect') flight.resolve({ command: flight.command, lines: flight.lines, final });
      else {
        this.counters.errors += 1;
        flight.reject(new AtCommandError(flight.command, final, this.subject));
      }
      return;
    }
    if (isUnsolicited(line, flight.prefix)) {
      this.unsolicited(line);
      return;
    }
    flight.echoPossible = false;
    flight.lines.push(line);
  }

  private unsolicited(line: string): void {
    this.counters.urcs += 1;
    this.log.debug({ urc: line }, 'unsolicited result code');
    for (const listener of this.urcListeners) listener(line);
  }
}
