import type { Logger } from '../../../kernel/logger.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../../kernel/component.js';
import type { RecordSink, TimeSource } from '../../runtime/records.js';
import { SignalSet } from '../../../drivers/can/signals/signal-set.js';
import type { CanBus, CanFrame } from '../../../drivers/can/types.js';
import type { CanDeviceConfig } from './config.js';
import { loadDefinitions } from './definitions.js';
import { everyOnGrid } from '../../../kernel/grid-timer.js';

export interface CanDeviceContext {
  name: string;
  log: Logger;
  sink: RecordSink;
  time: TimeSource;
  bus: CanBus;
  readFile?: (path: string) => Promise<string>;
}

interface Latest {
  value: number;
  outOfRange: boolean;
  /** Monotonic-enough local time of the frame (ms), for staleness. */
  atMs: number;
}

interface Sample {
  unixMs: number;
  values: number[];
  faulted: number[];
}

/**
 * Equipment that broadcasts on a CAN bus. Frames arrive far faster than we report, so the
 * sensor keeps the latest value of each signal and samples them every `interval`; `batch`
 * samples make one Reading record. A signal that has not arrived within `stale_after`, or is
 * outside its range, is NaN and listed in `faulted`, so the centre never sees an old value as new.
 */
export class CanDeviceSensor implements Component {
  readonly name: string;
  private readonly state: HealthState;
  private readonly counters = { frames: 0, samples: 0, records: 0, out_of_range: 0, faulted_values: 0 };
  private signals: SignalSet | undefined;
  private readonly latest = new Map<string, Latest>();
  private samples: Sample[] = [];
  /** Stops the sampling ticks (on the wall-clock grid shared with other sensors); set while started. */
  private stopTicks: (() => void) | undefined;
  private unsubscribe: (() => void) | undefined;
  private lastFrameMs: number | undefined;
  private startedMs = 0;

  constructor(
    private readonly config: CanDeviceConfig,
    private readonly context: CanDeviceContext,
  ) {
    this.name = `sensor:${context.name}`;
    this.state = new HealthState(() => context.time.now().unixMs);
  }

  async start(): Promise<void> {
    if (this.stopTicks !== undefined) return;
    const definitions = await loadDefinitions(this.config, this.name, this.context.readFile);
    for (const note of definitions.notes) this.context.log.warn(`${this.config.dbc}: ${note}`);
    const signals = new SignalSet(definitions.signals);
    this.signals = signals;
    this.unsubscribe = this.context.bus.onFrame((frame) => this.receive(frame), signals.filters());
    this.startedMs = Date.now();
    this.state.set('degraded', `no frames yet from ${this.idsText()}`);
    this.stopTicks = everyOnGrid(this.config.interval, () => this.sample());
  }

  async stop(): Promise<void> {
    this.stopTicks?.();
    this.stopTicks = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.flush();
    this.state.set('stopped');
  }

  health(): ComponentHealthReport {
    return this.state.snapshot(this.counters);
  }

  /** Takes one sample now (the timer calls it every interval; tests and `probe` may call it directly). */
  sample(): void {
    const signals = this.signals;
    if (signals === undefined) return;
    const now = Date.now();
    const staleAfter = this.config.stale_after ?? this.config.interval * 3;
    const values: number[] = [];
    const faulted: number[] = [];
    signals.signals.forEach((signal, index) => {
      const latest = this.latest.get(signal.name);
      if (latest === undefined || now - latest.atMs > staleAfter || latest.outOfRange) {
        values.push(Number.NaN);
        faulted.push(index);
      } else {
        values.push(latest.value);
      }
    });
    this.counters.samples += 1;
    this.counters.faulted_values += faulted.length;
    this.samples.push({ unixMs: this.context.time.now().unixMs, values, faulted });
    if (this.samples.length >= this.config.batch) this.flush();
    this.updateHealth(now, staleAfter, faulted.length);
  }

  private receive(frame: CanFrame): void {
    const signals = this.signals;
    if (signals === undefined) return;
    this.counters.frames += 1;
    const atMs = Date.now();
    this.lastFrameMs = atMs;
    for (const decoded of signals.decode(frame)) {
      if (decoded.outOfRange) this.counters.out_of_range += 1;
      this.latest.set(decoded.signal.name, { value: decoded.value, outOfRange: decoded.outOfRange, atMs });
    }
  }

  private flush(): void {
    const signals = this.signals;
    if (signals === undefined || this.samples.length === 0) return;
    const samples = this.samples;
    this.samples = [];
    const newest = samples[samples.length - 1] as Sample;
    this.counters.records += 1;
    this.context.sink.emit({
      timeUnixMs: newest.unixMs,
      reading: {
        sensor: this.context.name,
        channels: signals.signals.map((signal) => ({ name: signal.name, unit: signal.unit })),
        samples: samples.map((sample) => ({ offsetMs: sample.unixMs - newest.unixMs, values: sample.values, faulted: sample.faulted })),
      },
    });
  }

  private updateHealth(now: number, staleAfter: number, faulted: number): void {
    const since = this.lastFrameMs ?? this.startedMs;
    if (now - since > staleAfter) {
      this.state.set('fault', `no frames from ${this.idsText()} for ${Math.round((now - since) / 1000)} s; check the device's power, the bus wiring and bitrate`);
    } else if (this.lastFrameMs === undefined) {
      this.state.set('degraded', `no frames yet from ${this.idsText()}`);
    } else if (faulted > 0) {
      this.state.set('degraded', `${faulted} of ${this.signals?.signals.length ?? 0} signals missing or out of range`);
    } else {
      this.state.set('ok');
    }
  }

  private idsText(): string {
    const ids = (this.signals?.filters() ?? []).map((filter) => `0x${filter.id.toString(16)}`);
    return ids.length > 4 ? `${ids.slice(0, 4).join(', ')} and ${ids.length - 4} more` : ids.join(', ');
  }
}
