import { OutpostError } from '../kernel/errors.js';

/** A problem on the SAPIENT side: a peer's bad frame, a refused registration, a bad config. */
export class SapientError extends OutpostError {
  constructor(message: string, options: { code: string; subject?: string; hint?: string; cause?: unknown; disconnect?: boolean }) {
    super(message, { ...options, subject: options.subject ?? 'sapient' });
    this.name = 'SapientError';
  }
}
