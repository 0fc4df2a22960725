/**
 * Errors a person will read. Code branches on `code` and the flags, never on the text.
 *
 * The text says what was expected, what was found and what to do, and names the
 * device or key it concerns (`subject`), e.g.
 *   `serial port /dev/ttyUSB0: busy (held by another process); stop the other program or pick another port`.
 */
export interface OutpostErrorOptions {
  /** Stable machine-readable code, e.g. `config.invalid`, `serial.busy`, `codec.truncated`. */
  code: string;
  /** The device, key or component concerned, e.g. `bus:rs485-a`, `outbox`. */
  subject?: string | undefined;
  /** What to do about it, for a technician. */
  hint?: string | undefined;
  cause?: unknown;
  /** Trying again later may succeed (a timeout, a busy port). */
  retryable?: boolean | undefined;
  /** The underlying connection or device is gone and must be reopened. */
  disconnect?: boolean | undefined;
}

export class OutpostError extends Error {
  readonly code: string;
  readonly subject: string | undefined;
  readonly hint: string | undefined;
  readonly retryable: boolean;
  readonly disconnect: boolean;

  constructor(message: string, options: OutpostErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OutpostError';
    this.code = options.code;
    this.subject = options.subject;
    this.hint = options.hint;
    this.retryable = options.retryable ?? false;
    this.disconnect = options.disconnect ?? false;
  }

  /** One line for a technician: subject, message and hint. */
  describe(): string {
    const head = this.subject === undefined ? this.message : `${this.subject}: ${this.message}`;
    return this.hint === undefined ? head : `${head}; ${this.hint}`;
  }
}

/**
 * Makes an error without capturing a stack trace: for routine faults a post meets over and over
 * (a refused connect, retried every half minute for as long as a device is off), whose stack
 * would only show the socket callback that made them and is never logged (fault text and health
 * are the message). Capturing it was a measurable part of an idle post's CPU (issue 13).
 */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** The text of any thrown value, for logs and messages; OutpostErrors get their full description. */
export function describeError(error: unknown): string {
  if (error instanceof OutpostError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Node's system error code (`ENOENT`, `EBUSY`...), if the value carries one. */
export function systemCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
