import type { Gauge as GaugeMetric, Registry } from 'prom-client';
import { classify, v1, type outpost } from '../../wire/index.js';
import type { ComponentStatus } from '../../kernel/component.js';
import type { StatusSource } from './status-report.js';

/** Sampling period of the event-loop lag histogram (prom-client's default collectors). */
const LAG_PRECISION_MS = 20;
const STATUSES: readonly ComponentStatus[] = ['ok', 'degraded', 'fault', 'stopped'];
/** Device counters that are failures of a poll; `timeouts` is also its own series. */
const POLL_ERROR_COUNTERS = ['timeouts', 'crc_errors', 'exceptions', 'disconnected', 'bad_lines', 'faulted_values', 'out_of_range'];

const classOf: Record<number, string> = { [v1.Priority.PRIORITY_ALARM]: 'alarm', [v1.Priority.PRIORITY_STATUS]: 'status', [v1.Priority.PRIORITY_BULK]: 'bulk' };

/**
 * The agent's figures in Prometheus text format (prom-client), served as `/metrics` on the
 * diagnostics API and the status socket. Counts of records and detections are kept here as they
 * pass; everything else is read from the agent at scrape time, so a scrape costs nothing between
 * scrapes. Node's own (event-loop lag, RSS, heap) come from prom-client's default collectors.
 * prom-client is loaded, and its collectors started, at the first scrape: a post nobody scrapes
 * pays neither its memory nor its event-loop sampling timer (issue 13).
 */
export class AgentMetrics {
  private registry: Promise<Registry> | undefined;
  private readonly records = new Map<string, number>();
  private readonly detections = new Map<string, { sensor: string; kind: string; count: number }>();
  private loadedContentType: string | undefined;

  constructor(private readonly source: StatusSource) {}

  private load(): Promise<Registry> {
    this.registry ??= import('prom-client').then(async (prom) => {
      const registry = new prom.Registry();
      this.register(prom, registry);
      this.loadedContentType = registry.contentType;
      // The event-loop lag histogram has no sample until its sampling timer has run: wait a few
      // of its periods so the first scrape reads figures, not NaN.
      await new Promise((resolve) => setTimeout(resolve, 3 * LAG_PRECISION_MS));
      return registry;
    });
    return this.registry;
  }

  private register({ collectDefaultMetrics, Counter, Gauge }: typeof import('prom-client'), registry: Registry): void {
    collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: LAG_PRECISION_MS });
    const counts = this.records;
    const detections = this.detections;
    new Counter({
      name: 'outpost_records_total',
      help: 'Records emitted by the agent, by class (alarm, status, bulk)',
      labelNames: ['class'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [recordClass, count] of counts) this.inc({ class: recordClass }, count);
      },
    });
    new Counter({
      name: 'outpost_detections_total',
      help: 'Detections, by sensor and kind',
      labelNames: ['sensor', 'kind'],
      registers: [registry],
      collect() {
        this.reset();
        for (const { sensor, kind, count } of detections.values()) this.inc({ sensor, kind }, count);
      },
    });
    const read = () => this.source;
    new Gauge({
      name: 'outpost_outbox_records',
      help: 'Records waiting in the outbox, by class',
      labelNames: ['class'],
      registers: [registry],
      collect() {
        this.reset();
        for (const entry of read().outboxStats()?.classes ?? []) this.set({ class: classOf[entry.priority] ?? String(entry.priority) }, entry.records);
      },
    });
    new Gauge({
      name: 'outpost_outbox_bytes',
      help: 'Record bytes waiting in the outbox, by class',
      labelNames: ['class'],
      registers: [registry],
      collect() {
        this.reset();
        for (const entry of read().outboxStats()?.classes ?? []) this.set({ class: classOf[entry.priority] ?? String(entry.priority) }, entry.bytes);
      },
    });
    new Gauge({
      name: 'outpost_outbox_oldest_age_seconds',
      help: 'Age of the oldest waiting record, by class',
      labelNames: ['class'],
      registers: [registry],
      collect() {
        this.reset();
        for (const entry of read().outboxStats()?.classes ?? []) this.set({ class: classOf[entry.priority] ?? String(entry.priority) }, entry.oldestAgeS);
      },
    });
    new Counter({
      name: 'outpost_outbox_dropped_total',
      help: 'Records the centre will never get, since the outbox was opened, by reason',
      labelNames: ['reason'],
      registers: [registry],
      collect() {
        this.reset();
        const stats = read().outboxStats();
        if (stats === undefined) return;
        this.inc({ reason: 'evicted' }, stats.evicted);
        this.inc({ reason: 'expired' }, stats.expired);
        this.inc({ reason: 'compacted' }, stats.compacted);
      },
    });
    const link = (pick: (vitals: outpost.v1.ILinkVitals) => number) =>
      function (this: GaugeMetric) {
        this.reset();
        const vitals = read().link();
        if (vitals !== undefined) this.set(pick(vitals));
      };
    new Gauge({ name: 'outpost_link_connected', help: '1 while the uplink is connected to the broker', registers: [registry], collect: link((vitals) => (vitals.connected === true ? 1 : 0)) });
    new Gauge({ name: 'outpost_link_rtt_seconds', help: 'Round trip from publish to the centre\'s ack', registers: [registry], collect: link((vitals) => (vitals.ackRttMs ?? 0) / 1000) });
    new Gauge({ name: 'outpost_link_backlog_drain_seconds', help: 'At the recent drain rate, time until the backlog is sent', registers: [registry], collect: link((vitals) => Number(vitals.backlogDrainS ?? 0)) });
    new Gauge({ name: 'outpost_link_reconnects', help: 'Reconnections of the uplink since it started', registers: [registry], collect: link((vitals) => vitals.reconnects ?? 0) });
    new Gauge({
      name: 'outpost_component_status',
      help: '1 for the state each bus, sensor and agent part is in',
      labelNames: ['component', 'status'],
      registers: [registry],
      collect() {
        this.reset();
        for (const component of read().components()) {
          const status = component.health().status;
          for (const candidate of STATUSES) this.set({ component: component.name, status: candidate }, candidate === status ? 1 : 0);
        }
      },
    });
    new Gauge({
      name: 'outpost_device_poll_errors',
      help: 'Failed polls of a device (timeouts, CRC errors, exceptions, disconnections, bad lines), since its component started',
      labelNames: ['component'],
      registers: [registry],
      collect() {
        this.reset();
        for (const component of read().components()) {
          const counters = component.health().counters;
          if (counters === undefined || !POLL_ERROR_COUNTERS.some((key) => key in counters)) continue;
          this.set({ component: component.name }, POLL_ERROR_COUNTERS.reduce((sum, key) => sum + (counters[key] ?? 0), 0));
        }
      },
    });
    new Gauge({
      name: 'outpost_device_poll_timeouts',
      help: 'Polls of a device that got no answer in time, since its component started',
      labelNames: ['component'],
      registers: [registry],
      collect() {
        this.reset();
        for (const component of read().components()) {
          const timeouts = component.health().counters?.['timeouts'];
          if (timeouts !== undefined) this.set({ component: component.name }, timeouts);
        }
      },
    });
  }

  /** Sees every record the pipeline stamps (the agent wires it to Pipeline.observe): plain counts, no prom-client at steady state. */
  observeRecord(record: outpost.v1.IRecord): void {
    // The pipeline stamped the priority: no second classify per record (issue 13).
    const priority = record.priority || classify(record)?.priority; // 0 is PRIORITY_UNSPECIFIED: not stamped
    if (priority !== undefined && priority !== null) {
      const name = classOf[priority] ?? String(priority);
      this.records.set(name, (this.records.get(name) ?? 0) + 1);
    }
    const detection = record.detection;
    if (detection) {
      const sensor = detection.sensor ?? '';
      const kind = (v1.DetectionKind[detection.kind ?? 0] ?? String(detection.kind)).replace(/^DETECTION_KIND_/, '').toLowerCase();
      const key = `${sensor}\u0000${kind}`;
      const entry = this.detections.get(key);
      if (entry === undefined) this.detections.set(key, { sensor, kind, count: 1 });
      else entry.count += 1;
    }
  }

  /** The text a Prometheus server scrapes. */
  async text(): Promise<string> {
    return (await this.load()).metrics();
  }

  /** prom-client's content type once loaded (text() loads it); Prometheus text format 0.0.4 before. */
  get contentType(): string {
    return this.loadedContentType ?? 'text/plain; version=0.0.4; charset=utf-8';
  }
}
