import { bodyKinds, classify, v1, type outpost } from '../../wire/index.js';
import { OutpostError, describeError } from '../../kernel/errors.js';
import { encodeReadingRecord } from './reading-encoder.js';

/** A record accepted for storing: its class, compaction key and encoded bytes, still without a seq. */
export interface Admitted {
  priority: outpost.v1.Priority;
  /** Records with the same key supersede each other when status compaction is on; null for those never compacted. */
  key: string | null;
  /** The encoded outpost.v1.Record with seq left out (it is field 1, put in front when the seq is known). */
  body: Uint8Array;
  /** A Reading: may commit with `readings_sync` instead of the full sync. */
  reading: boolean;
}

/**
 * Checks and encodes records before any is queued, so one bad record refuses its own enqueue
 * call and never poisons a shared transaction. The class always follows the body (the centre
 * rejects a mismatch), and the record's own seq is ignored.
 */
export function admit(records: readonly outpost.v1.IRecord[]): Admitted[] {
  return records.map((record, index) => {
    const recordClass = classify(record);
    if (recordClass === undefined) {
      throw new OutpostError(`record ${index} of ${records.length} has no body; expected one of ${bodyKinds.join(', ')}`, {
        code: 'outbox.invalid_record',
        subject: 'outbox',
        hint: 'a bug in the component that built the record',
      });
    }
    const { kind, priority } = recordClass;
    let body: Uint8Array;
    try {
      // A reading (every poll's record) by hand, seq left out and its class set, without protobufjs's
      // Writer or a copy of the record (issue 13); anything else, or a reading it is unsure of, by protobufjs.
      const fast = kind === 'reading' ? encodeReadingRecord(record, priority) : undefined;
      // Records from the pipeline already carry seq 0 and their class: encode them as they are, without a copy.
      const asIs = (record.seq === undefined || record.seq === null || record.seq === 0) && record.priority === priority;
      body = fast ?? v1.Record.encode(asIs ? record : { ...record, seq: 0, priority }).finish();
    } catch (error) {
      throw new OutpostError(`record ${index} of ${records.length} (${kind}) cannot be encoded: ${describeError(error)}`, {
        code: 'outbox.invalid_record',
        subject: 'outbox',
        hint: 'a bug in the component that built the record',
        cause: error,
      });
    }
    return { priority, key: compactionKey(record), body, reading: kind === 'reading' };
  });
}

/**
 * Marks drop reports: never compacted, and when one is evicted or expires its counts go back
 * into the drop sums rather than being lost (record-store.ts).
 */
export const DROP_REPORT_KEY = 'dropped';

/** Status records that only matter as the latest value: readings per sensor, and the post's health. */
function compactionKey(record: outpost.v1.IRecord): string | null {
  if (record.reading) return `reading:${record.reading.sensor ?? ''}`;
  if (record.health) return 'health';
  if (record.event?.kind === v1.EventKind.EVENT_KIND_RECORDS_DROPPED && record.event.dropped) return DROP_REPORT_KEY;
  return null;
}
