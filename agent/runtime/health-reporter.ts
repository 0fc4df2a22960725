import { v1, type outpost } from '../../wire/index.js';
import { everyOnGrid } from '../../kernel/grid-timer.js';
import type { Logger } from '../../kernel/logger.js';
import type { OutboxStats } from '../outbox/types.js';
import { healthStatusOf, type Component, type ComponentHealthReport, type ComponentStatus, type HealthStatus } from '../../kernel/component.js';
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
  /**
   * After start, components may be `degraded` for a while (a link opening, a filter settling)
   * without it being news; only a fault is reported at once. Default 30 s.
   */
  startGraceMs?: number;
  /** A clock that never jumps, for the grace period. Default performance.now. */
  monotonic?: () => number;
  outboxPath: string;
  outboxStats?: () => OutboxStats | undefined;
  link?: () => outpost.v1.ILinkVitals | undefined;
  position?: () => outpost.v1.IPosition | undefined;
  supplyVoltage?: () => number | undefined;
  vitalsSources?: VitalsSources;
}

/** What the watch compares (healthStatusOf); a component whose check throws is at fault. */
function statusOf(component: Component): HealthStatus {
  try {
    return healthStatusOf(component);
  } catch (error) {
    return { status: 'fault', since: Date.now(), message: `health check failed: ${String(error)}` };
  }
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
  private stopWatching: (() => void) | undefined;
  /** What the centre was last told of each component: news is a change from this. */
  private readonly told = new Map<string, ComponentStatus>();
  private readonly monotonic: () => number;
  private readonly startedAt: number;

  constructor(private readonly options: HealthReporterOptions) {
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.startedAt = this.monotonic();
  }

  start(): void {
    this.watch();
    this.reportTimer = setInterval(() => this.report(), this.options.intervalMs);
    // On whole multiples of the watch interval, like the sensors' polls (kernel/grid-timer.ts): the
    // watch then wakes the agent together with them instead of on its own (issue 13).
    this.stopWatching = everyOnGrid(this.options.watchMs ?? Math.min(5000, this.options.intervalMs), () => this.watch());
    this.reportTimer.unref();
  }

  stop(): void {
    clearInterval(this.reportTimer);
    this.stopWatching?.();
    this.reportTimer = undefined;
    this.stopWatching = undefined;
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

  /**
   * Emits an Event for every component whose state differs from what the centre was last told:
   * a fault at once (a device missing at start included), a degradation once the start-up
   * grace is over, and a recovery only of trouble that was reported. Starting and stopping are
   * not news.
   */
  watch(): void {
    const inGrace = this.monotonic() - this.startedAt < (this.options.startGraceMs ?? 30_000);
    for (const component of this.options.components()) {
      const report = statusOf(component);
      const told = this.told.get(component.name) ?? 'ok';
      if (report.status === 'stopped' || report.status === told) continue;
      if (report.status === 'degraded' && inGrace) continue;
      this.told.set(component.name, report.status);
      const recovered = report.status === 'ok';
      const kind = recovered ? v1.EventKind.EVENT_KIND_RECOVERED : v1.EventKind.EVENT_KIND_FAULT;
      const severity = recovered ? v1.Severity.SEVERITY_INFO : report.status === 'fault' ? v1.Severity.SEVERITY_ALARM : v1.Severity.SEVERITY_WARNING;
      const message = recovered ? `${component.name} recovered (was ${told})` : `${component.name} ${report.status}: ${report.message ?? 'no detail'}`;
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
