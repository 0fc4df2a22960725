import { v1, type outpost } from '../../wire/index.js';
import { OutpostError, describeError } from '../../kernel/errors.js';
import type { StoreReset } from './store-file.js';

/** The STORE_RESET alarm the outbox raises whenever records it held are gone: `message` says how, `attributes` what. */
export function storeResetRecord(wallMs: number, message: string, attributes: Record<string, string>): outpost.v1.IRecord {
  return {
    timeUnixMs: wallMs,
    timeQuality: v1.TimeQuality.TIME_QUALITY_UNSPECIFIED,
    event: { kind: v1.EventKind.EVENT_KIND_STORE_RESET, severity: v1.Severity.SEVERITY_ALARM, source: 'outbox', message, attributes },
  };
}

/** The first record of a store that replaced an unreadable one: the centre learns what it will never get. */
export function storeResetEvent(reset: StoreReset, wallMs: number, lost?: { records: number; bytes: number }): outpost.v1.IRecord {
  const counts = lost === undefined ? 'records waiting in it were not sent' : `${lost.records} records (${lost.bytes} bytes) waiting in it were not sent`;
  const lostAttributes: Record<string, string> = lost === undefined ? {} : { lost_records: String(lost.records), lost_bytes: String(lost.bytes) };
  return storeResetRecord(
    wallMs,
    `the outbox file could not be read (${reset.reason}); it was moved aside as ${reset.movedTo} and a fresh store started: ${counts}`,
    { reason: reset.reason, moved_to: reset.movedTo, ...lostAttributes },
  );
}

/** Why records wait in memory, for health and logs. */
export function writeFailureMessage(path: string, error: unknown, held: number, limit: number): string {
  return (
    `cannot write the store ${path}: ${describeError(error)}; ${held} records held in memory (at most ${limit}), retrying. ` +
    'Free space on that filesystem or check the storage device'
  );
}

export function rejectedError(records: number, limit: number, cause: unknown): OutpostError {
  return new OutpostError(`the store cannot be written and the memory queue is full (memory_queue = ${limit}): ${records} records refused`, {
    code: 'outbox.rejected',
    subject: 'outbox',
    hint: 'free space on the outbox filesystem; the refusal is reported to the centre as dropped records',
    cause,
    retryable: true,
  });
}

/**
 * Refuses enqueues still pending when the outbox closes. A store found damaged is closed to be
 * replaced: its refusals are retryable (the pipeline offers the records to the new file).
 */
export function closedError(records: number, damaged: boolean): OutpostError {
  if (damaged) {
    return new OutpostError(`the outbox file was found damaged before ${records} records could be written`, {
      code: 'outbox.closed',
      subject: 'outbox',
      hint: 'the file is moved aside and a fresh one opened; the records are offered to it again (see the outbox damage warning)',
      retryable: true,
    });
  }
  return new OutpostError(`the outbox closed before ${records} records could be written`, {
    code: 'outbox.closed',
    subject: 'outbox',
    hint: 'the disk was failing at shutdown; see the earlier outbox errors',
  });
}
