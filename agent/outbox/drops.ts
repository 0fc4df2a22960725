import { v1, type outpost } from '../../wire/index.js';

const { DropReason, Priority } = v1;

/** Records dropped for one reason from one class, summed. */
export interface DropSum {
  reason: outpost.v1.DropReason;
  priority: outpost.v1.Priority;
  count: number;
  bytes: number;
  firstSeq: number;
  lastSeq: number;
  /** Wall-clock ms of the oldest and newest dropped record's arrival. */
  oldestMs: number;
  newestMs: number;
}

/** Dropped records summed per (reason, class), so a storm of evictions becomes one line per pair. */
export class DropTally {
  private readonly sums = new Map<number, DropSum>();

  add(reason: outpost.v1.DropReason, priority: outpost.v1.Priority, seq: number, bytes: number, wallMs: number): void {
    this.merge({ reason, priority, count: 1, bytes, firstSeq: seq, lastSeq: seq, oldestMs: wallMs, newestMs: wallMs });
  }

  merge(sum: DropSum): void {
    const id = sum.reason * 16 + sum.priority;
    const known = this.sums.get(id);
    if (known === undefined) {
      this.sums.set(id, { ...sum });
      return;
    }
    known.count += sum.count;
    known.bytes += sum.bytes;
    known.firstSeq = minSeq(known.firstSeq, sum.firstSeq);
    known.lastSeq = Math.max(known.lastSeq, sum.lastSeq);
    known.oldestMs = Math.min(known.oldestMs, sum.oldestMs);
    known.newestMs = Math.max(known.newestMs, sum.newestMs);
  }

  list(): DropSum[] {
    return [...this.sums.values()];
  }

  count(reason: outpost.v1.DropReason): number {
    let total = 0;
    for (const sum of this.sums.values()) if (sum.reason === reason) total += sum.count;
    return total;
  }

  get empty(): boolean {
    return this.sums.size === 0;
  }

  clear(): void {
    this.sums.clear();
  }
}

/** Rejected records never got a seq (0); a real seq wins as the first of a range. */
function minSeq(a: number, b: number): number {
  if (a === 0) return b;
  if (b === 0) return a;
  return Math.min(a, b);
}

const reasonWords: Record<number, string> = {
  [DropReason.DROP_REASON_EVICTED]: 'evicted because the outbox was full',
  [DropReason.DROP_REASON_EXPIRED]: 'expired (waited longer than their TTL)',
  [DropReason.DROP_REASON_COMPACTED]: 'compacted (superseded by a newer value of the same sensor)',
  [DropReason.DROP_REASON_REJECTED]: 'lost: the store could not take them and no memory was left to hold them',
};

const classWords: Record<number, string> = {
  [Priority.PRIORITY_ALARM]: 'alarm',
  [Priority.PRIORITY_STATUS]: 'status',
  [Priority.PRIORITY_BULK]: 'bulk',
};

/** The Event the centre gets for a sum: it will never receive these records. Losing alarms is itself an alarm. */
export function dropEvent(sum: DropSum, wallMs: number): outpost.v1.IRecord {
  const routine = sum.reason === DropReason.DROP_REASON_COMPACTED || sum.reason === DropReason.DROP_REASON_EXPIRED;
  const severity =
    sum.priority === Priority.PRIORITY_ALARM ? v1.Severity.SEVERITY_ALARM : routine ? v1.Severity.SEVERITY_INFO : v1.Severity.SEVERITY_WARNING;
  const seqs = sum.firstSeq === 0 ? '' : ` (seq ${sum.firstSeq}..${sum.lastSeq})`;
  return {
    timeUnixMs: wallMs,
    timeQuality: v1.TimeQuality.TIME_QUALITY_UNSPECIFIED,
    event: {
      kind: v1.EventKind.EVENT_KIND_RECORDS_DROPPED,
      severity,
      source: 'outbox',
      message: `${sum.count} ${classWords[sum.priority] ?? 'unknown-class'} records ${reasonWords[sum.reason] ?? 'dropped'}${seqs}`,
      dropped: {
        reason: sum.reason,
        priority: sum.priority,
        count: sum.count,
        bytes: sum.bytes,
        firstSeq: sum.firstSeq,
        lastSeq: sum.lastSeq,
        oldestUnixMs: sum.oldestMs,
        newestUnixMs: sum.newestMs,
      },
    },
  };
}
