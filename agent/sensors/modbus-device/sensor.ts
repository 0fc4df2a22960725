import { OutpostError, describeError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import { v1 } from '../../../wire/index.js';
import { HealthState, type Component, type ComponentHealthReport, type HealthStatus } from '../../../kernel/component.js';
import type { RecordSink, TimeSource } from '../../runtime/records.js';
import type { ModbusLine } from '../../../drivers/modbus/line.js';
import { ModbusException } from '../../../drivers/modbus/errors.js';
import { planReads, splitRead, type PlannedRead } from '../../../drivers/modbus/plan.js';
import { ReadingBatch } from './batch.js';
import { everyOnGrid } from '../../../kernel/grid-timer.js';
import type { ModbusDeviceConfig } from './config.js';
import { pointValue, wordDecoding, wordValue, type PolledPoint, type WordDecoding } from './points.js';

export interface ModbusDeviceContext {
  name: string;
  log: Logger;
  sink: RecordSink;
  time: TimeSource;
  line: ModbusLine;
}

/** Longest a silent device on a line that is down waits between looks at the line (the line's own reconnect backs off to 60 s). */
const SILENT_STRIDE_MAX_MS = 30_000;

interface ScheduledRead {
  read: PlannedRead<PolledPoint>;
  dueMs: number;
}

/**
 * A Modbus device (one unit id on a line) whose register map becomes Reading records.
 * Every tick (the shortest point interval) it queues the reads that are due on the line, all at
 * once: the line serialises them. A point that fails keeps its channel, as NaN and listed in
 * `faulted`; the device's health says which points fail and why, and the line moves on.
 */
export class ModbusDeviceSensor implements Component {
  readonly name: string;
  private readonly points: PolledPoint[];
  private schedule: ScheduledRead[];
  private readonly values: number[];
  private readonly errors: (OutpostError | undefined)[];
  private readonly strings = new Map<string, string>();
  private readonly batch: ReadingBatch;
  private readonly tickMs: number;
  private readonly log: Logger;
  private readonly state = new HealthState();
  private readonly counters = { polls: 0, samples: 0, records: 0, overruns: 0, split_reads: 0 };
  private running = false;
  /** The first poll, at once after start. */
  private timer: NodeJS.Timeout | undefined;
  private stopTicks: (() => void) | undefined;
  private polling: Promise<void> | undefined;
  /** The poll in flight was started by a grid tick (not the first poll after start, nor a test's). */
  private pollingOnTick = false;
  /** Grid ticks before this instant do not poll (the silent stride). */
  private nextPollMs = 0;
  /** The last poll read no point at all: its all-faulted sample is already added. */
  private silent = false;
  /** Ticks of the grid to the next poll: 1, more while the device is silent and its line down. */
  private stride = 1;

  constructor(
    private readonly config: ModbusDeviceConfig,
    private readonly context: ModbusDeviceContext,
  ) {
    this.name = `sensor:${context.name}`;
    let channel = 0;
    this.points = config.points.map((point) => ({ ...point, interval: point.interval ?? config.interval, channel: point.type === 'string' ? -1 : channel++, word: wordDecoding(point) }));
    const channels = this.points.filter((p) => p.channel >= 0).map((p) => ({ name: p.name, unit: p.unit }));
    this.values = channels.map(() => Number.NaN);
    this.errors = channels.map(() => undefined);
    this.batch = new ReadingBatch(context.name, channels, config.batch);
    this.tickMs = Math.max(1, Math.min(...this.points.map((p) => p.interval)));
    this.schedule = planReads(this.points, config.max_span).map((read) => ({ read, dueMs: 0 }));
    this.log = context.log.child({ module: 'modbus-device', device: `unit ${config.unit} on ${context.line.name}` });
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.nextPollMs = 0;
    this.state.set('ok');
    // The first poll runs at once, off the grid, standing for the grid slot it falls in.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.running) void this.pollOnce(Date.now() - (Date.now() % this.tickMs));
    }, 0);
    // Then on the ticks of a grid of whole intervals of the wall clock, not of this start time:
    // every sensor with the same interval polls at the same instant, so their readings share one
    // outbox transaction and one envelope, and all of them share one timer (issue 13).
    this.stopTicks = everyOnGrid(this.tickMs, (slotMs) => this.onTick(slotMs));
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.stopTicks?.();
    this.stopTicks = undefined;
    await this.polling;
    const rest = this.batch.flush();
    if (rest) this.emit(rest);
    this.state.set('stopped');
  }

  healthStatus(): HealthStatus {
    return this.state.current;
  }

  health(): ComponentHealthReport {
    const faulted = this.errors.filter((e) => e !== undefined).length;
    return this.state.snapshot({ ...this.context.line.unitCounters(this.config.unit), ...this.counters, faulted_points: faulted });
  }

  /**
   * One poll now (the tick timer calls it; so can tests): reads what is due and adds a sample.
   * `slotMs` is the grid instant the poll stands for; what is due is judged by it, not by when the
   * timer fired, so a late tick followed by a punctual one still reads the fastest points on both.
   */
  async pollOnce(slotMs = Date.now()): Promise<void> {
    if (this.polling) return this.polling;
    this.polling = this.poll(slotMs).finally(() => {
      this.polling = undefined;
      this.pollingOnTick = false;
    });
    return this.polling;
  }

  /** A tick of the grid: polls unless the last poll is still running (an overrun: the tick is skipped, not queued) or the device is resting. */
  private onTick(slotMs: number): void {
    if (!this.running) return;
    if (this.polling !== undefined) {
      // The first poll after start runs off the grid: a grid tick during it is no overrun.
      if (this.pollingOnTick) this.counters.overruns += 1;
      return;
    }
    if (slotMs < this.nextPollMs) return;
    this.pollingOnTick = true;
    void this.pollOnce(slotMs);
  }

  /**
   * Off the grid until the tick at `untilMs`: a resting device wakes nothing meanwhile, and a post
   * whose devices all rest has no grid timer at all (an idle post stays idle).
   */
  private rest(untilMs: number): void {
    if (!this.running || this.stopTicks === undefined) return;
    this.stopTicks();
    this.stopTicks = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.running) return;
      this.stopTicks = everyOnGrid(this.tickMs, (slot) => this.onTick(slot));
      this.onTick(untilMs);
    }, Math.max(0, untilMs - Date.now()));
  }

  private async poll(slotMs: number): Promise<void> {
    // A dead device on a line that is down would only fail again: the line's reconnect (with its
    // backoff) says when reading is worth trying, and an idle post stays idle meanwhile.
    if (this.silent && !this.context.line.linkOpen) {
      // Looked at on ever fewer ticks of the grid (1, 2, 4... up to SILENT_STRIDE_MAX_MS apart).
      this.stride = Math.min(this.stride * 2, Math.max(1, Math.floor(SILENT_STRIDE_MAX_MS / this.tickMs)));
      // Half a tick early: the grid tick `stride` ticks on polls, whatever its timer's jitter.
      this.nextPollMs = slotMs + this.stride * this.tickMs - this.tickMs / 2;
      this.rest(slotMs + this.stride * this.tickMs);
      return;
    }
    this.stride = 1;
    this.nextPollMs = 0;
    const due = this.schedule.filter((s) => s.dueMs <= slotMs);
    for (const scheduled of due) scheduled.dueMs = slotMs + scheduled.read.interval - this.tickMs / 2;
    const time = this.context.time.now();
    // Most devices are one read a tick: awaited alone, without an array of promises (issue 13).
    if (due.length === 1) await this.readInto(due[0] as ScheduledRead);
    else if (due.length > 1) await Promise.all(due.map((scheduled) => this.readInto(scheduled)));
    this.counters.polls += 1;
    const faulted: number[] = [];
    for (let index = 0; index < this.errors.length; index++) if (this.errors[index] !== undefined) faulted.push(index);
    // Every point read, as before: health stays ok without looking at each point.
    if (faulted.length > 0 || this.state.status !== 'ok') this.updateHealth();
    // A dead device (nothing answers) marks the gap with one all-faulted sample, then adds none until
    // a point answers again: a post whose devices are all down writes nothing per tick (issue 13).
    const silent = faulted.length === this.values.length && this.values.length > 0;
    const wasSilent = this.silent;
    this.silent = silent;
    if (silent && wasSilent) return;
    this.counters.samples += 1;
    const record = this.batch.add({ unixMs: time.unixMs, quality: time.quality, values: [...this.values], faulted });
    if (record) this.emit(record);
  }

  private async readInto(scheduled: ScheduledRead): Promise<void> {
    const { read } = scheduled;
    try {
      const values = await this.context.line.read(this.config.unit, read.table, read.address, read.count);
      const words = 'words' in values ? values.words : undefined;
      const { points, address } = read;
      // An indexed loop: the for-of iterator costs bytecodes per point in code that runs unoptimised (issue 13).
      for (let index = 0; index < points.length; index++) {
        const point = points[index] as PolledPoint;
        // A one-register number, the common case, straight into its channel (issue 13).
        const word = point.word !== undefined && point.channel >= 0 && words !== undefined ? words[point.address - address] : undefined;
        if (word !== undefined) {
          this.values[point.channel] = wordValue(point, point.word as WordDecoding, word);
          this.errors[point.channel] = undefined;
          continue;
        }
        try {
          this.store(point, pointValue(point, read, values), undefined);
        } catch (error) {
          this.store(point, Number.NaN, error instanceof OutpostError ? error : new OutpostError(describeError(error), { code: 'modbus.bad_response' }));
        }
      }
    } catch (error) {
      if (error instanceof ModbusException && error.exception === 2 && read.points.length > 1) {
        // The device refuses the grouped read (it does not map the gap): read these points one by one from now on.
        this.counters.split_reads += 1;
        this.log.info({ table: read.table, address: read.address, count: read.count }, `${describeError(error)}; reading its ${read.points.length} points one by one`);
        const singles = splitRead(read).map((single) => ({ read: single, dueMs: scheduled.dueMs }));
        this.schedule = this.schedule.flatMap((s) => (s === scheduled ? singles : [s]));
        await Promise.all(singles.map((single) => this.readInto(single)));
        return;
      }
      const reason = error instanceof OutpostError ? error : new OutpostError(describeError(error), { code: 'modbus.bad_response' });
      for (const point of read.points) this.store(point, Number.NaN, reason);
      // A failed read is tried again on the next tick, not after its (possibly long) interval.
      scheduled.dueMs = 0;
    }
  }

  private store(point: PolledPoint, value: number | string, error: OutpostError | undefined): void {
    if (point.channel < 0) {
      if (typeof value === 'string' && this.strings.get(point.name) !== value) {
        this.strings.set(point.name, value);
        this.emit({
          event: {
            kind: v1.EventKind.EVENT_KIND_DEVICE_INFO,
            severity: v1.Severity.SEVERITY_INFO,
            source: this.name,
            message: `${point.name} = ${value}`,
            attributes: { [point.name]: value, unit_id: String(this.config.unit) },
          },
        });
      }
      return;
    }
    this.values[point.channel] = typeof value === 'number' ? value : Number.NaN;
    this.errors[point.channel] = error;
  }

  private updateHealth(): void {
    const failing = this.points.filter((p) => p.channel >= 0 && this.errors[p.channel] !== undefined);
    const channels = this.values.length;
    if (failing.length === 0) {
      if (this.state.status !== 'ok') this.log.info('all points read again');
      this.state.set('ok');
      return;
    }
    const first = this.errors[(failing[0] as PolledPoint).channel] as OutpostError;
    const names = failing.map((p) => p.name).join(', ');
    const status = failing.length === channels ? 'fault' : 'degraded';
    const message = status === 'fault' ? first.describe() : `${failing.length} of ${channels} points failing (${names}): ${first.describe()}`;
    if (this.state.status !== status) this.log.warn({ code: first.code, points: names }, message);
    this.state.set(status, message);
  }

  private emit(draft: Parameters<RecordSink['emit']>[0]): void {
    if ('reading' in draft) this.counters.records += 1;
    this.context.sink.emit(draft);
  }
}
