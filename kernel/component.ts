/**
 * The lifecycle every bus, sensor and agent part shares (STYLE.md: validate once with no
 * I/O, start, stop waits for work in flight).
 *
 * - Construction validates and does no I/O.
 * - `start()` resolves once the component is running *or* has reported why it cannot run
 *   yet: a missing device is a fault in `health()` and a retry with backoff, never a
 *   rejected start. Only a programming or configuration error rejects.
 * - `stop()` stops timers and polling, waits for requests in flight, releases every handle
 *   (ports, sockets, child processes). It is safe to call twice and before `start()`.
 * - `health()` is cheap and synchronous; the health reporter calls it every interval.
 * - `healthStatus()`, where a component has it, is `health()`'s status, message and since without
 *   the counters, and allocates nothing while they have not changed: the health reporter's watch
 *   (every 5 s, for faults and recoveries) reads it instead of building every component's counters
 *   (issue 13: that was a fifth of an idle post's CPU).
 */
export interface Component {
  /** Stable name used in logs and health, e.g. `bus:rs485-a`, `sensor:power`, `outbox`. */
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  health(): ComponentHealthReport;
  /** `health()` without its counters, allocation-free while nothing changed; the watch uses it where a component has it. */
  healthStatus?(): HealthStatus;
}

/** A component's status, message and since: what the health watch compares. Never mutated; a change is a new object. */
export type HealthStatus = Readonly<Omit<ComponentHealthReport, 'counters'>>;

/** What the health watch compares: `healthStatus()` where the component has it (no counters built), else `health()`. */
export function healthStatusOf(component: Pick<Component, 'health' | 'healthStatus'>): HealthStatus {
  return component.healthStatus?.() ?? component.health();
}

export type ComponentStatus = 'ok' | 'degraded' | 'fault' | 'stopped';

export interface ComponentHealthReport {
  status: ComponentStatus;
  /** For people: what is wrong and what to do; empty when ok. */
  message?: string;
  /** Wall-clock ms since when the component has been in this status. */
  since: number;
  /** Counters and figures: requests, timeouts, crc_errors, reconnects, ... */
  counters?: Record<string, number>;
}

/**
 * Tracks a component's status and only moves `since` when the status changes,
 * so that "fault since 03:12" stays true while retries repeat the same fault.
 */
export class HealthState {
  private report: ComponentHealthReport;

  constructor(private readonly now: () => number = Date.now) {
    this.report = { status: 'stopped', since: now() };
  }

  set(status: ComponentStatus, message?: string): void {
    // The same status and message again (a poll, a retry, a look by the watch): nothing to make.
    if (status === this.report.status && message === this.report.message) return;
    const since = status === this.report.status ? this.report.since : this.now();
    this.report = message === undefined ? { status, since } : { status, message, since };
  }

  get status(): ComponentStatus {
    return this.report.status;
  }

  /** The status as it is, not a copy (allocation-free): what `healthStatus()` returns. */
  get current(): HealthStatus {
    return this.report;
  }

  snapshot(counters?: Record<string, number>): ComponentHealthReport {
    return counters === undefined ? { ...this.report } : { ...this.report, counters: { ...counters } };
  }
}
