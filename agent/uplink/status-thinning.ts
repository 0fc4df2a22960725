import { toNumber, v1, type outpost } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import { DropTally, dropEvent } from '../outbox/drops.js';
import type { BatchLimits, Lease, LeasedRecord, Outbox } from '../outbox/types.js';
import { toSeqRanges } from './centre-ack.js';

/** A report of what was thinned goes upstream at most this often (one RECORDS_DROPPED event per episode and minute, not per envelope). */
const REPORT_EVERY_MS = 60_000;
/** A thinning lease takes at most this many times the envelope's record bytes: as many as the last thinning kept a share of. */
const MAX_LEASE_GROWTH = 8;

export interface ThinningConfig {
  enabled: boolean;
  /** Thin once the status waiting needs longer than this (ms) at the measured delivery rate. */
  backlogMs: number;
  /** Of each sensor's readings in an envelope, the newest per span this long (ms, of reading time) is kept. */
  keepEveryMs: number;
}

/**
 * Status thinning on a link that cannot carry the status load (agent/uplink/README.md, "Status
 * thinning"): while the status records waiting would take longer than `backlog` to send at the
 * measured rate, each lease's readings are thinned before the envelope is built. Of the readings
 * of one sensor in the lease, only the newest in each `keep_every` span of reading time stays;
 * the others are deleted from the outbox and counted (`thinned`), and the centre gets one
 * RECORDS_DROPPED event (reason COMPACTED, source `uplink`) per minute of thinning. The newest
 * reading of every sensor is always sent (it is the newest of its span). Detections, incidents,
 * health, events and snapshots are never thinned.
 */
export class StatusThinning {
  private readonly tally = new DropTally();
  private lastReport = 0;
  private records = 0;
  private bytes = 0;
  /** Share of a lease's bytes the last thinning kept. */
  private keptShare = 1;

  constructor(
    private readonly config: ThinningConfig,
    private readonly outbox: Outbox,
    private readonly clock: () => number,
    private readonly log: Logger,
  ) {}

  /** Records thinned and their bytes since start. */
  get counters(): { thinned_records: number; thinned_bytes: number } {
    return { thinned_records: this.records, thinned_bytes: this.bytes };
  }

  /** Whether to thin now; `linkTimeMs(bytes)`: how long those record bytes take at the measured rate (undefined: not measured yet). */
  active(linkTimeMs: (recordBytes: number) => number | undefined): boolean {
    if (!this.config.enabled) return false;
    let waiting = 0;
    try {
      waiting = this.outbox.stats().classes.find((entry) => entry.priority === v1.Priority.PRIORITY_STATUS)?.bytes ?? 0;
    } catch {
      return false;
    }
    const needed = linkTimeMs(waiting);
    return needed !== undefined && needed > this.config.backlogMs;
  }

  /**
   * Limits for a lease that is about to be thinned: the envelope's record bytes over the share
   * the last thinning kept (at most eight times), so that the envelope, once thinned, is about
   * its planned size and a sensor's readings in it span more than one `keep_every`. With many
   * sensors little is thinned and the lease stays the envelope's size.
   */
  leaseLimits(limits: BatchLimits): BatchLimits {
    const growth = Math.min(MAX_LEASE_GROWTH, 1 / this.keptShare);
    return { maxBytes: Math.round(limits.maxBytes * growth), maxRecords: limits.maxRecords };
  }

  /** The lease with its readings thinned (the same lease when nothing was); the thinned records are gone from the outbox. */
  thin(lease: Lease): Lease {
    const newest = new Map<string, { record: LeasedRecord; time: number }>();
    const readings = new Map<LeasedRecord, string>();
    for (const record of lease.records) {
      if (record.priority !== v1.Priority.PRIORITY_STATUS) continue;
      const decoded = v1.Record.decode(record.bytes);
      if (decoded.reading === null || decoded.reading === undefined) continue;
      const time = toNumber(decoded.timeUnixMs);
      const key = `${decoded.reading.sensor}\u0000${Math.floor(time / this.config.keepEveryMs)}`;
      readings.set(record, key);
      const known = newest.get(key);
      if (known === undefined || time > known.time || (time === known.time && record.seq > known.record.seq)) newest.set(key, { record, time });
    }
    const thinned = [...readings].filter(([record, key]) => newest.get(key)?.record !== record).map(([record]) => record);
    const thinnedBytes = thinned.reduce((sum, record) => sum + record.bytes.length, 0);
    this.keptShare = lease.bytes > 0 ? Math.max(1 / MAX_LEASE_GROWTH, (lease.bytes - thinnedBytes) / lease.bytes) : 1;
    if (thinned.length === 0) return lease;
    const now = this.clock();
    this.outbox.ack(toSeqRanges(thinned.map((record) => record.seq).sort((a, b) => a - b)));
    for (const record of thinned) {
      this.tally.add(v1.DropReason.DROP_REASON_COMPACTED, v1.Priority.PRIORITY_STATUS, record.seq, record.bytes.length, now);
      this.records += 1;
      this.bytes += record.bytes.length;
    }
    const gone = new Set(thinned);
    const kept = lease.records.filter((record) => !gone.has(record));
    if (now - this.lastReport >= REPORT_EVERY_MS) this.report();
    return { id: lease.id, records: kept, bytes: lease.bytes - thinnedBytes };
  }

  /** Sends what was thinned since the last report upstream, if anything was (also at stop). */
  report(): void {
    if (this.tally.empty) return;
    const now = this.clock();
    const events = this.tally.list().map((sum) => {
      const event = dropEvent(sum, now);
      return { ...event, event: { ...event.event, source: 'uplink', message: `${sum.count} status readings thinned on a slow link (seq ${sum.firstSeq}..${sum.lastSeq}): the newest of each sensor per span was sent` } } satisfies outpost.v1.IRecord;
    });
    this.tally.clear();
    this.lastReport = now;
    this.log.info({ thinned_records: this.records }, 'status readings thinned: the link cannot carry the status load');
    this.outbox.enqueue(events).catch((error: unknown) => this.log.warn({ err: describeError(error) }, 'could not enqueue the report of thinned readings'));
  }
}
