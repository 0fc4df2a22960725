import type { outpost } from '../../wire/index.js';
import { describeError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { Component, ComponentHealthReport } from '../../kernel/component.js';
import type { PostConfig } from '../config/schema.js';
import { assembleDevices, type Devices } from '../runtime/assembly.js';
import { stampDraft } from '../runtime/pipeline.js';
import type { RecordDraft, TimeSource } from '../runtime/records.js';
import { SystemClock } from '../time/system-clock.js';

/** How one sensor fared: it read (records below), it failed (why), or it stayed silent (an event sensor with no event). */
export interface SensorOutcome {
  sensor: string;
  outcome: 'read' | 'failed' | 'silent';
  message?: string;
  records: number;
}

export interface OnceResult {
  records: { sensor: string; record: outpost.v1.IRecord }[];
  sensors: SensorOutcome[];
  /** Each bus's health when the sensors were done (`outpost diag` reports the port itself). */
  buses: { bus: string; report: ComponentHealthReport }[];
}

/** Counters that a sensor moves once it has taken a sample (modbus-device, can-device, seismic), a GPS a fix or a camera a frame. */
const SAMPLE_COUNTERS = ['samples', 'polls', 'fixes', 'frames'] as const;

/**
 * `outpost run --once`: builds the post's buses and sensors as `outpost run` does, starts them,
 * waits until every sensor has taken a sample, emitted a record or failed (at most `waitMs`),
 * then stops them, which flushes the readings a sensor batches. Nothing goes near the outbox or
 * the uplink: the records are returned, stamped as they would be sent.
 */
export async function pollOnce(
  post: PostConfig,
  log: Logger,
  waitMs: number,
  time: TimeSource = new SystemClock(),
  onDevices?: (devices: Devices) => void,
  /** Runs once the sensors are done, while the buses are still open (`outpost diag` grabs a frame from each camera). */
  beforeStop?: () => Promise<void>,
): Promise<OnceResult> {
  if (time instanceof SystemClock) await time.refresh();
  const collected: { sensor: string; draft: RecordDraft }[] = [];
  const devices = await assembleDevices({
    post,
    log,
    time,
    sink: { emit: () => undefined },
    sinkFor: (sensor) => ({ emit: (draft) => void collected.push({ sensor, draft }) }),
  });
  onDevices?.(devices);
  const sensors = [...devices.sensors.entries()];
  const buses = [...devices.buses.values()];
  const last = new Map<string, ComponentHealthReport>();
  let busReports: OnceResult['buses'] = [];
  try {
    await Promise.all(buses.map((bus) => startQuietly(bus, log)));
    await Promise.all(sensors.map(([, sensor]) => startQuietly(sensor, log)));
    const deadline = Date.now() + waitMs;
    for (;;) {
      let waiting = 0;
      for (const [name, sensor] of sensors) {
        const report = healthOf(sensor);
        last.set(name, report);
        const done = report.status === 'fault' || collected.some((entry) => entry.sensor === name) || SAMPLE_COUNTERS.some((key) => (report.counters?.[key] ?? 0) > 0);
        if (!done) waiting++;
      }
      busReports = [...devices.buses.entries()].map(([bus, component]) => ({ bus, report: healthOf(component) }));
      if (waiting === 0 || Date.now() >= deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await beforeStop?.();
  } finally {
    await Promise.allSettled(sensors.map(([, sensor]) => sensor.stop()));
    await Promise.allSettled(buses.map((bus) => bus.stop()));
  }
  const records = collected.flatMap(({ sensor, draft }) => {
    const record = stampDraft(draft, time);
    return record === undefined ? [] : [{ sensor, record }];
  });
  const outcomes = sensors.map(([name]): SensorOutcome => {
    const report = last.get(name);
    const count = records.filter((entry) => entry.sensor === name).length;
    if (report !== undefined && (report.status === 'fault' || report.status === 'degraded')) {
      return { sensor: name, outcome: 'failed', message: report.message ?? report.status, records: count };
    }
    if (count > 0) return { sensor: name, outcome: 'read', records: count };
    if (SAMPLE_COUNTERS.some((key) => (report?.counters?.[key] ?? 0) > 0)) return { sensor: name, outcome: 'read', message: 'it answered; its record comes at its reporting interval', records: 0 };
    return { sensor: name, outcome: 'silent', message: `no record within ${waitMs} ms (an event sensor reports only when something happens)`, records: 0 };
  });
  return { records, sensors: outcomes, buses: busReports };
}

async function startQuietly(component: Component, log: Logger): Promise<void> {
  await component.start().catch((error: unknown) => log.error({ component: component.name, err: describeError(error) }, 'component failed to start'));
}

function healthOf(component: Component): ComponentHealthReport {
  try {
    return component.health();
  } catch (error) {
    return { status: 'fault', since: Date.now(), message: `health check failed: ${describeError(error)}` };
  }
}
