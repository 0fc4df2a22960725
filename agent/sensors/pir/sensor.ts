import { v1 } from '../../../wire/index.js';
import type { Logger } from '../../../kernel/logger.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../../kernel/component.js';
import type { RecordSink, TimeSource } from '../../runtime/records.js';
import type { Edge, GpioChip, InputLine } from '../../../drivers/gpio/types.js';
import type { PirConfig } from './config.js';
import { PirLogic } from './logic.js';

export interface PirSensorOptions {
  name: string;
  config: PirConfig;
  chip: GpioChip;
  sink: RecordSink;
  time: TimeSource;
  log: Logger;
}

/**
 * The `pir` sensor: a passive infrared detector's output on a GPIO line → MOTION detections
 * (PirLogic decides: pulse count in a window, hold, lockout). Confidence grows with the pulses
 * an alarm needs (one pulse is weak evidence): a PIR says that something warm moved, never what.
 */
export class PirSensor implements Component {
  readonly name: string;
  private readonly logic: PirLogic;
  private readonly health_: HealthState;
  private readonly line: InputLine;
  private readonly log: Logger;
  private readonly counters = { pulses: 0, alarms: 0, held: 0, locked_out: 0 };
  private unsubscribe: (() => void) | undefined;
  private running = false;

  constructor(private readonly options: PirSensorOptions) {
    const { config } = options;
    this.name = `sensor:${options.name}`;
    this.health_ = new HealthState();
    this.log = options.log.child({ module: 'pir', device: options.name });
    this.logic = new PirLogic({ pulses: config.pulses, windowMs: config.window, holdMs: config.hold, lockoutMs: config.lockout });
    this.line = options.chip.input({ line: config.line, edges: 'both', activeLow: config.active_low, debounceMs: config.debounce });
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.line.onEdge((edge) => this.onEdge(edge));
    await this.line.start();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    await this.line.stop();
    this.health_.set('stopped');
  }

  health(): ComponentHealthReport {
    if (this.running) {
      const line = this.line.health();
      if (line.status === 'fault' || line.status === 'degraded') this.health_.set(line.status, `line ${String(this.options.config.line)}: ${line.message ?? 'not working'}`);
      else this.health_.set('ok');
    }
    return this.health_.snapshot(this.counters);
  }

  private onEdge(edge: Edge): void {
    if (!this.running || edge.level !== 1) return;
    this.counters.pulses++;
    const outcome = this.logic.pulse(edge.timeMs);
    if (outcome.type === 'held') this.counters.held++;
    if (outcome.type === 'locked_out') this.counters.locked_out++;
    if (outcome.type !== 'alarm') return;
    this.counters.alarms++;
    const { config } = this.options;
    const wallMs = this.options.time.now().unixMs;
    const onsetMs = Math.round(wallMs - (outcome.atMs - outcome.firstPulseMs));
    this.log.info({ pulses: outcome.pulseCount }, 'PIR alarm');
    this.options.sink.emit({
      detection: {
        id: `${this.options.name}:${onsetMs}`,
        sensor: this.options.name,
        kind: v1.DetectionKind.DETECTION_KIND_MOTION,
        confidence: Math.round(Math.min(0.8, 0.3 + 0.15 * outcome.pulseCount) * 100) / 100,
        onsetUnixMs: onsetMs,
        durationMs: Math.round(outcome.atMs - outcome.firstPulseMs + config.hold),
        direction: v1.Direction.DIRECTION_UNSPECIFIED,
        pir: { pulseCount: outcome.pulseCount, windowMs: config.window },
      },
    });
  }
}
