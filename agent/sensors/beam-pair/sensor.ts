import { v1, type outpost } from '../../../wire/index.js';
import type { Logger } from '../../../kernel/logger.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../../kernel/component.js';
import type { RecordSink, TimeSource } from '../../runtime/records.js';
import type { Edge, GpioChip, InputLine } from '../../../drivers/gpio/types.js';
import type { BeamPairConfig } from './config.js';
import { BeamPairLogic, type BeamName, type BeamOutcome } from './logic.js';

export interface BeamPairSensorOptions {
  name: string;
  config: BeamPairConfig;
  chip: GpioChip;
  sink: RecordSink;
  time: TimeSource;
  log: Logger;
  /** Monotonic ms; injectable for tests. */
  monotonic?: () => number;
  /** How often timeouts are checked, ms; 0 leaves it to `tick()` (tests). */
  checkEveryMs?: number;
}

/** Confidence of a passage through both beams, of one with an implausible speed, and of a single beam (OR logic). */
const CONFIDENCE = { both: 0.9, oddSpeed: 0.7, single: 0.45 } as const;
/** Faster than this between beams a metre or two apart is two things, not one passing. */
const MAX_PLAUSIBLE_MPS = 40;

/**
 * The `beam-pair` sensor: two IR beam receivers on GPIO lines → BEAM_BREAK detections with
 * direction, speed and BeamFeatures (BeamPairLogic decides; this wires lines, clocks and records).
 * With `logic: and` only passages through both beams are detections and a lone beam is counted
 * (`single_beam`); with `logic: or` a lone beam is a detection with lower confidence.
 */
export class BeamPairSensor implements Component {
  readonly name: string;
  private readonly logic: BeamPairLogic;
  private readonly health_: HealthState;
  private readonly monotonic: () => number;
  private readonly log: Logger;
  private readonly lines: Record<BeamName, InputLine>;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly counters = { passages: 0, single_beam: 0, rejected_short: 0, rejected_long: 0, blocked: 0 };
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly options: BeamPairSensorOptions) {
    const { config } = options;
    this.name = `sensor:${options.name}`;
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.health_ = new HealthState();
    this.log = options.log.child({ module: 'beam-pair', device: options.name });
    this.logic = new BeamPairLogic({ minMs: config.min_interruption, maxMs: config.max_interruption, pairWindowMs: config.pair_window, blockedMs: config.blocked_limit });
    const line = (which: BeamName) => options.chip.input({ line: config.beams[which], edges: 'both', activeLow: config.active_low, debounceMs: config.debounce });
    this.lines = { a: line('a'), b: line('b') };
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    for (const beam of ['a', 'b'] as const) {
      const line = this.lines[beam];
      this.unsubscribe.push(line.onEdge((edge) => this.onEdge(beam, edge)));
      await line.start();
    }
    const every = this.options.checkEveryMs ?? 100;
    if (every > 0) this.timer = setInterval(() => this.tick(), every);
    this.updateHealth();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
    await Promise.allSettled([this.lines.a.stop(), this.lines.b.stop()]);
    this.health_.set('stopped');
  }

  health(): ComponentHealthReport {
    if (this.running) this.updateHealth();
    return this.health_.snapshot(this.counters);
  }

  tick(): void {
    if (!this.running) return;
    this.handle(this.logic.tick(this.monotonic()));
  }

  private onEdge(beam: BeamName, edge: Edge): void {
    if (!this.running) return;
    this.handle(this.logic.edge(beam, edge.level, edge.timeMs, this.monotonic(), this.options.time.now().unixMs));
  }

  private describeBeam(beam: BeamName): string {
    return `beam ${beam} (line ${String(this.options.config.beams[beam])})`;
  }

  private handle(outcomes: BeamOutcome[]): void {
    for (const outcome of outcomes) {
      switch (outcome.type) {
        case 'passage':
          this.counters.passages++;
          this.emitPassage(outcome);
          break;
        case 'single':
          this.counters.single_beam++;
          if (this.options.config.logic === 'or') this.emitSingle(outcome);
          else this.log.info({ beam: outcome.beam, interruption_ms: outcome.interruptionMs }, 'one beam broken alone; logic "and" needs both');
          break;
        case 'rejected':
          if (outcome.reason === 'short') this.counters.rejected_short++;
          else this.counters.rejected_long++;
          this.log.debug({ beam: outcome.beam, reason: outcome.reason, interruption_ms: outcome.interruptionMs }, 'interruption rejected');
          break;
        case 'blocked': {
          this.counters.blocked++;
          const message = `${this.options.name}: ${this.describeBeam(outcome.beam)} blocked for over ${this.options.config.blocked_limit / 1000} s: fog, snow, a misaligned or covered beam, or something left in it`;
          this.log.warn({ beam: outcome.beam }, message);
          this.emitEvent(v1.EventKind.EVENT_KIND_ENVIRONMENT, v1.Severity.SEVERITY_WARNING, message, { beam: outcome.beam, condition: 'blocked' });
          break;
        }
        case 'cleared':
          this.emitEvent(v1.EventKind.EVENT_KIND_RECOVERED, v1.Severity.SEVERITY_INFO, `${this.options.name}: ${this.describeBeam(outcome.beam)} clear again after ${(outcome.afterMs / 1000).toFixed(1)} s`, { beam: outcome.beam, condition: 'cleared' });
          break;
      }
    }
    this.updateHealth();
  }

  private emitPassage(outcome: Extract<BeamOutcome, { type: 'passage' }>): void {
    const { config } = this.options;
    const speed = outcome.delayMs > 0 ? config.distance_m / (outcome.delayMs / 1000) : undefined;
    const plausible = speed !== undefined && speed <= MAX_PLAUSIBLE_MPS;
    const towardsB = outcome.first === 'a';
    const inward = towardsB === (config.a_to_b === 'in');
    const detection: outpost.v1.IDetection = {
      id: `${this.options.name}:${Math.round(outcome.wallMs)}`,
      sensor: this.options.name,
      kind: v1.DetectionKind.DETECTION_KIND_BEAM_BREAK,
      confidence: plausible ? CONFIDENCE.both : CONFIDENCE.oddSpeed,
      onsetUnixMs: Math.round(outcome.wallMs),
      durationMs: Math.round(outcome.durationMs),
      direction: inward ? v1.Direction.DIRECTION_IN : v1.Direction.DIRECTION_OUT,
      beam: { firstBeam: outcome.first, delayMs: Math.round(outcome.delayMs), interruptionMs: Math.round(outcome.interruptionMs), bothBeams: true },
    };
    if (plausible) detection.speedMps = speed;
    if (config.bearing_deg !== undefined) detection.bearingDeg = towardsB ? config.bearing_deg : (config.bearing_deg + 180) % 360;
    this.log.info({ first: outcome.first, delay_ms: outcome.delayMs, speed_mps: speed }, 'beam pair passage');
    this.options.sink.emit({ detection });
  }

  private emitSingle(outcome: Extract<BeamOutcome, { type: 'single' }>): void {
    this.options.sink.emit({
      detection: {
        id: `${this.options.name}:${Math.round(outcome.wallMs)}`,
        sensor: this.options.name,
        kind: v1.DetectionKind.DETECTION_KIND_BEAM_BREAK,
        confidence: CONFIDENCE.single,
        onsetUnixMs: Math.round(outcome.wallMs),
        durationMs: Math.round(outcome.interruptionMs),
        direction: v1.Direction.DIRECTION_UNSPECIFIED,
        beam: { firstBeam: outcome.beam, delayMs: 0, interruptionMs: Math.round(outcome.interruptionMs), bothBeams: false },
      },
    });
  }

  private emitEvent(kind: outpost.v1.EventKind, severity: outpost.v1.Severity, message: string, attributes: Record<string, string>): void {
    this.options.sink.emit({ event: { kind, severity, source: this.name, message, attributes } });
  }

  private updateHealth(): void {
    if (!this.running) return;
    const blocked = (['a', 'b'] as const).filter((beam) => this.logic.isBlocked(beam));
    if (blocked.length > 0) {
      this.health_.set('fault', `${blocked.map((beam) => this.describeBeam(beam)).join(' and ')} blocked longer than ${this.options.config.blocked_limit / 1000} s; clean the lenses, check alignment, look for something in the beam`);
      return;
    }
    for (const beam of ['a', 'b'] as const) {
      const line = this.lines[beam].health();
      if (line.status === 'fault' || line.status === 'degraded') {
        this.health_.set(line.status, `${this.describeBeam(beam)}: ${line.message ?? 'line not working'}`);
        return;
      }
    }
    this.health_.set('ok');
  }
}
