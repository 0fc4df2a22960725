import { v1, type outpost } from '../../../wire/index.js';
import type { OutpostError } from '../../../kernel/errors.js';
import { describeError } from '../../../kernel/errors.js';
import type { Logger } from '../../../kernel/logger.js';
import { detectionKindOf } from '../../detection/classifier.js';
import { SeismicChain, type SeismicTrigger } from '../../detection/seismic-chain.js';
import { HealthState, type Component, type ComponentHealthReport } from '../../../kernel/component.js';
import type { RecordSink, TimeSource } from '../../runtime/records.js';
import type { ByteLink, LinkState } from '../../../drivers/serial/types.js';
import type { SeismicConfig } from './config.js';
import { SampleDecoder } from './decoder.js';

/** Time constant with which sample times follow the drift between digitizer and board clocks. */
const DRIFT_FOLLOW_MS = 60_000;

export interface SeismicSensorOptions {
  name: string;
  config: SeismicConfig;
  link: ByteLink;
  sink: RecordSink;
  time: TimeSource;
  log: Logger;
  /** Monotonic ms, for gap detection; injectable for tests. */
  monotonic?: () => number;
  /** How often the silence check runs, ms; 0 leaves it to the caller of `tick()` (tests). */
  checkEveryMs?: number;
}

/**
 * The `seismic` sensor: samples from a digitizer on a ByteLink → SeismicChain → Detection records.
 *
 * Sample times: the first sample after a (re)start is stamped by the wall clock at arrival
 * (minus the chunk's own length), later ones by counting at `sample_rate`. The clock also
 * polices the stream: fewer samples than the elapsed time calls for, by more than
 * `gap_tolerance`, is a gap; so is silence longer than that. A gap, a lost link, or a counter
 * that jumps or restarts is reported as an Event, the open trigger is closed with what was seen,
 * and the chain is re-primed (filter and averages restart; the first LTA window is muted), so
 * no trigger ever spans missing data and no onset is stamped at a wrong time.
 */
export class SeismicSensor implements Component {
  readonly name: string;
  private readonly health_: HealthState;
  private readonly decoder: SampleDecoder;
  private readonly chain: SeismicChain;
  private readonly monotonic: () => number;
  private readonly log: Logger;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly counters = { samples: 0, triggers: 0, person: 0, vehicle: 0, unknown: 0, gaps: 0, restarts: 0, bad_lines: 0, clock_resyncs: 0 };
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  /** Wall and monotonic time of sample 0 of the current run; undefined until samples flow. */
  private anchor: { wallMs: number; monoMs: number } | undefined;
  private lastDataMono = 0;
  private lastFeedMono = 0;
  private silent = false;
  private linkState: LinkState = 'closed';
  private linkError: OutpostError | undefined;

  constructor(private readonly options: SeismicSensorOptions) {
    const { config } = options;
    this.name = `sensor:${options.name}`;
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.health_ = new HealthState();
    this.log = options.log.child({ module: 'seismic', device: options.name });
    this.decoder = new SampleDecoder({ format: config.format, columns: config.ascii_columns, channel: config.channel, counter: config.counter });
    this.chain = new SeismicChain(
      {
        rate: config.sample_rate,
        bandpass: config.bandpass,
        order: config.order,
        staS: config.sta / 1000,
        ltaS: config.lta / 1000,
        on: config.on,
        off: config.off,
        maxLengthS: config.max_length / 1000,
        classifier: config.classifier,
      },
      (trigger) => this.report(trigger),
    );
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const { link } = this.options;
    this.linkState = link.state;
    this.lastDataMono = this.monotonic();
    this.unsubscribe.push(
      link.onData((chunk) => this.onData(chunk)),
      link.onState((state, error) => this.onLinkState(state, error)),
    );
    const every = this.options.checkEveryMs ?? Math.min(1000, Math.max(100, this.options.config.gap_tolerance / 2));
    if (every > 0) this.timer = setInterval(() => this.tick(), every);
    this.updateHealth();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    for (const unsubscribe of this.unsubscribe.splice(0)) unsubscribe();
    // What the geophone saw up to now is still worth reporting.
    this.chain.flush();
    this.anchor = undefined;
    this.health_.set('stopped');
  }

  health(): ComponentHealthReport {
    return this.health_.snapshot({ ...this.counters, bad_lines: this.decoder.badLines });
  }

  /** The silence check; runs on a timer, and tests call it with a scripted clock. */
  tick(): void {
    if (!this.running || this.silent || this.anchor === undefined) return;
    const quietMs = this.monotonic() - this.lastDataMono;
    if (quietMs > this.options.config.gap_tolerance) {
      this.silent = true;
      this.interrupt('gap', `no samples for ${(quietMs / 1000).toFixed(1)} s (gap_tolerance ${this.options.config.gap_tolerance / 1000} s)`, { silent_s: (quietMs / 1000).toFixed(1) });
      this.updateHealth();
    }
  }

  private onData(chunk: Buffer): void {
    if (!this.running) return;
    const now = this.monotonic();
    if (this.silent) {
      this.silent = false;
      this.emitEvent(v1.EventKind.EVENT_KIND_RECOVERED, v1.Severity.SEVERITY_INFO, `samples flow again after ${((now - this.lastDataMono) / 1000).toFixed(1)} s`, { reason: 'gap_end' });
    }
    this.lastDataMono = now;
    for (const part of this.decoder.decode(chunk)) {
      if ('counterBreak' in part) {
        const { expected, found } = part.counterBreak;
        const restarted = found < expected;
        this.interrupt(restarted ? 'restart' : 'gap', restarted ? `sample counter restarted at ${found} (expected ${expected}): the digitizer was reset` : `sample counter jumped from ${expected} to ${found}: ${found - expected} lines lost`, {
          expected_counter: String(expected),
          found_counter: String(found),
        });
        continue;
      }
      this.feed(part.samples, now);
    }
    this.updateHealth();
  }

  private feed(samples: number[], now: number): void {
    if (samples.length === 0) return;
    const rate = this.options.config.sample_rate;
    const fresh = (before: number): { wallMs: number; monoMs: number } => {
      const spanMs = ((before + samples.length) / rate) * 1000;
      return { wallMs: this.options.time.now().unixMs - spanMs, monoMs: now - spanMs };
    };
    if (this.anchor === undefined) {
      this.anchor = fresh(0);
    } else {
      // Samples the clock says should have arrived by now, against what did.
      const elapsedMs = now - this.anchor.monoMs;
      const expected = (elapsedMs / 1000) * rate;
      const have = this.chain.position + samples.length;
      const tolerance = (this.options.config.gap_tolerance / 1000) * rate;
      if (expected - have > tolerance) {
        this.interrupt('gap', `${Math.round(expected - have)} samples fewer than ${rate}/s over ${(elapsedMs / 1000).toFixed(1)} s: data was lost`, { missing_samples: String(Math.round(expected - have)) });
        this.anchor = fresh(0);
      } else if (have - expected > tolerance) {
        // More samples than the clock allows: the digitizer's rate differs from sample_rate, or
        // it sent a backlog. Re-anchor so onsets stay near the truth, and say so.
        this.counters.clock_resyncs++;
        this.log.warn({ expected: Math.round(expected), received: have }, `digitizer sends faster than sample_rate ${rate}/s; check the configured rate`);
        this.anchor = fresh(this.chain.position);
      } else {
        // The digitizer's crystal and this board's clock drift apart without bound (100 ppm is
        // 2 s in 6 h): follow the difference slowly, so that only a sudden shortfall is a gap.
        const lateMs = elapsedMs - (have / rate) * 1000;
        const share = Math.min(1, (now - this.lastFeedMono) / DRIFT_FOLLOW_MS);
        this.anchor.monoMs += lateMs * share;
        this.anchor.wallMs += lateMs * share;
      }
    }
    this.lastFeedMono = now;
    this.counters.samples += samples.length;
    this.chain.push(samples);
  }

  /** A break in the data: report it, close the open trigger with what was seen, re-prime. */
  private interrupt(reason: 'gap' | 'restart' | 'link_lost', message: string, attributes: Record<string, string>): void {
    if (reason === 'restart') this.counters.restarts++;
    else this.counters.gaps++;
    this.log.warn({ reason }, message);
    this.emitEvent(v1.EventKind.EVENT_KIND_FAULT, v1.Severity.SEVERITY_WARNING, message, { reason, ...attributes });
    this.chain.flush();
    this.anchor = undefined;
  }

  private onLinkState(state: LinkState, error?: OutpostError): void {
    const before = this.linkState;
    this.linkState = state;
    // Keep the last reason through the retries (lost → opening → lost...) until it opens.
    if (error !== undefined || state === 'open') this.linkError = error;
    if (!this.running) return;
    if (state === 'lost' && before === 'open') {
      this.decoder.reset();
      this.interrupt('link_lost', `digitizer link ${this.options.link.description} lost${error === undefined ? '' : `: ${describeError(error)}`}`, {});
    }
    if (state === 'open' && before !== 'open') {
      if (before === 'lost') this.counters.restarts++;
      this.decoder.reset();
      this.lastDataMono = this.monotonic();
      this.silent = false;
    }
    this.updateHealth();
  }

  private report(trigger: SeismicTrigger): void {
    const anchor = this.anchor;
    if (anchor === undefined) return;
    const rate = this.options.config.sample_rate;
    const onsetMs = Math.round(anchor.wallMs + (trigger.onIndex / rate) * 1000);
    const { features, classification } = trigger;
    this.counters.triggers++;
    const kind = classification.class;
    if (kind === 'PERSON') this.counters.person++;
    else if (kind === 'VEHICLE') this.counters.vehicle++;
    else this.counters.unknown++;
    const detection: outpost.v1.IDetection = {
      id: `${this.options.name}:${onsetMs}`,
      sensor: this.options.name,
      kind: detectionKindOf[kind],
      confidence: classification.confidence,
      onsetUnixMs: onsetMs,
      durationMs: Math.round(trigger.durationS * 1000),
      direction: v1.Direction.DIRECTION_UNSPECIFIED,
      peak: features.peak,
      seismic: {
        energy: features.energy,
        dominantFrequencyHz: features.dominantFrequencyHz,
        kurtosis: features.kurtosis,
        peakStaLta: trigger.peakStaLta,
        impulseCount: features.impulseCount,
        cadenceHz: features.cadenceHz,
      },
    };
    this.log.info({ class: kind, confidence: classification.confidence, duration_s: trigger.durationS, peak: features.peak }, 'seismic detection');
    this.options.sink.emit({ detection });
  }

  private emitEvent(kind: outpost.v1.EventKind, severity: outpost.v1.Severity, message: string, attributes: Record<string, string>): void {
    this.options.sink.emit({ event: { kind, severity, source: this.name, message: `${this.options.name}: ${message}`, attributes } });
  }

  private updateHealth(): void {
    if (!this.running) return;
    if (this.linkState !== 'open' && this.linkError !== undefined) {
      this.health_.set('fault', `digitizer link ${this.options.link.description} is down: ${describeError(this.linkError)}; check the cable and the digitizer's power`);
    } else if (this.linkState !== 'open') {
      this.health_.set('degraded', `waiting for the digitizer link ${this.options.link.description} to open`);
    } else if (this.silent) {
      this.health_.set('degraded', `no samples from the digitizer for more than ${this.options.config.gap_tolerance / 1000} s; check that it is streaming at ${this.options.config.sample_rate}/s in ${this.options.config.format}`);
    } else if (this.anchor === undefined) {
      this.health_.set('degraded', 'link open, waiting for samples');
    } else {
      this.health_.set('ok');
    }
  }
}
