import { v1, type outpost } from '../codec/index.js';
import type { Logger } from '../log/logger.js';
import type { OutboxStats } from '../outbox/types.js';
import type { Component, ComponentHealthReport, ComponentStatus } from './component.js';
import type { RecordSink, TimeSource } from './records.js';
import { readBoardVitals, type VitalsSources } from './vitals.js';

export interface HealthReporterOptions {
  /** The components to report on; a function because a config reload replaces them. */
  components: () => readonly Component[];
  sink: RecordSink;
  time: TimeSource;
  log: Logger;
  /** How often a Health record is emitted. */
  intervalMs: number;
  /** How often component states are checked for faults and recoveries (each change is an Event). */
  watchMs?: number;
  outboxPath: string;
  outboxStats?: () => OutboxStats | undefined;
  link?: () => outpost.v1.ILinkVitals | undefined;
  position?: () => outpost.v1.IPosition | undefined;
  supplyVoltage?: () => number | undefined;
  vitalsSources?: VitalsSources;
}

const stateOf: Record<ComponentStatus, outpost.v1.ComponentState> = {
  ok: v1.ComponentState.COMPONENT_STATE_OK,
  degraded: v1.ComponentState.COMPONENT_STATE_DEGRADED,
  fault: v1.ComponentState.COMPONENT_STATE_FAULT,
  stopped: v1.ComponentState.COMPONENT_STATE_STOPPED,
};

/**
 * Emits the post's Health record every interval (each component's state, the board's vitals,
 * outbox depth per class, link figures, clock source, position) and, between reports, turns
 * each component's fault or recovery into an Event, so the centre learns of a dead sensor
 * within seconds, not at the next health interval.
 */
export class HealthReporter {
  private reportTimer: NodeJS.Timeout | undefined;
  private watchTimer: NodeJS.Timeout | undefined;
  private readonly lastStatus = new Map<string, ComponentStatus>();

  constructor(private readonly options: HealthReporterOptions) {}

  start(): void {
    this.watch();
    this.reportTimer = setInterval(() => this.report(), this.options.intervalMs);
    this.watchTimer = setInterval(() => this.watch(), this.options.watchMs ?? Math.min(5000, this.options.intervalMs));
    this.reportTimer.unref();
    this.watchTimer.unref();
  }

  stop(): void {
    clearInterval(this.reportTimer);
    clearInterval(this.watchTimer);
    this.reportTimer = undefined;
    this.watchTimer = undefined;
  }

  private reportsNow(): [Component, ComponentHealthReport][] {
    return this.options.components().map((component) => {
      try {
        return [component, component.health()];
      } catch (error) {
        return [component, { status: 'fault', since: Date.now(), message: `health check failed: ${String(error)}` }];
      }
    });
  }

  /** Emits an Event for every component whose status changed since the last check. */
  watch(): void {
    for (const [component, report] of this.reportsNow()) {
      const before = this.lastStatus.get(component.name);
      this.lastStatus.set(component.name, report.status);
      // Starting (stopped → ok) is not a recovery, and stopping is not a fault.
      if (before === undefined || before === report.status || report.status === 'stopped' || (before === 'stopped' && report.status === 'ok')) continue;
      const recovered = report.status === 'ok';
      const kind = recovered ? v1.EventKind.EVENT_KIND_RECOVERED : v1.EventKind.EVENT_KIND_FAULT;
      const severity = recovered ? v1.Severity.SEVERITY_INFO : report.status === 'fault' ? v1.Severity.SEVERITY_ALARM : v1.Severity.SEVERITY_WARNING;
      const message = recovered ? `${component.name} recovered (was ${before})` : `${component.name} ${report.status}: ${report.message ?? 'no detail'}`;
      this.options.log[recovered ? 'info' : 'warn']({ module: 'health', component: component.name, status: report.status }, message);
      this.options.sink.emit({ event: { kind, severity, source: component.name, message } });
    }
  }

  /** Builds the Health body now (also served by diagnostics). */
  snapshot(): outpost.v1.IHealth {
    const components = this.reportsNow().map(([component, report]): outpost.v1.IComponentHealth => ({
      name: component.name,
      state: stateOf[report.status],
      message: report.message ?? '',
      sinceUnixMs: report.since,
      counters: report.counters ?? {},
    }));
    return { components, vitals: this.vitals() };
  }

  report(): void {
    this.options.sink.emit({ health: this.snapshot() });
  }

  private vitals(): outpost.v1.IVitals {
    const board = readBoardVitals(this.options.outboxPath, this.options.vitalsSources);
    const stats = this.options.outboxStats?.();
    const vitals: outpost.v1.IVitals = {
      memoryUsedBytes: board.memoryUsedBytes,
      memoryTotalBytes: board.memoryTotalBytes,
      diskFreeBytes: board.diskFreeBytes ?? 0,
      diskTotalBytes: board.diskTotalBytes ?? 0,
      uptimeS: board.uptimeS,
      loadAverage_1m: board.loadAverage1m,
      agentRssBytes: board.agentRssBytes,
      clockSource: this.options.time.now().quality,
      outbox: (stats?.classes ?? []).map((entry) => ({ priority: entry.priority, records: entry.records, bytes: entry.bytes, oldestAgeS: entry.oldestAgeS })),
    };
    if (board.cpuTemperatureC !== undefined) vitals.cpuTemperatureC = board.cpuTemperatureC;
    const link = this.options.link?.();
    if (link !== undefined) vitals.link = link;
    const position = this.options.position?.();
    if (position !== undefined) vitals.position = position;
    const supply = this.options.supplyVoltage?.();
    if (supply !== undefined) vitals.supplyVoltageV = supply;
    return vitals;
  }
}
